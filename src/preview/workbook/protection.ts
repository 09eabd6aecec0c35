import { invalidArgument, PreviewError } from "./errors";
import type { SheetModel } from "./model";
import { ClientObject, type ProxyContext } from "./proxy";
import type { Session } from "./session";

/** worksheet.protection */
export class WorksheetProtectionProxy extends ClientObject {
  /** Excel.WorksheetProtection: ExcelApi 1.2. */
  protected readonly since = 2;
  protected readonly scalarProps = ["protected", "options"];
  private readonly sheet: (session: Session) => SheetModel | undefined;

  constructor(context: ProxyContext, sheet: (session: Session) => SheetModel | undefined) {
    super(context);
    this.sheet = sheet;
  }

  protected readScalar(name: string, session: Session): unknown {
    const protection = this.sheet(session)?.protection;
    if (!protection) return null;
    return name === "protected" ? protection.protected : { ...protection.options };
  }

  get protected(): boolean {
    return this.loaded("protected");
  }
  get options(): Record<string, boolean> {
    return this.loaded("options");
  }

  /**
   * Protects the sheet, with a password when one is given. Protecting a protected sheet is an InvalidOperation. Both
   * protect and unprotect have no undo and clear the user's undo stack ("Undo capabilities of Excel add-ins").
   */
  protect(options?: Record<string, boolean>, password?: string): void {
    this.queue((session) => {
      const sheet = this.sheet(session);
      if (!sheet) return;
      session.undoUnsupported("WorksheetProtection.protect");
      if (sheet.protection.protected) throw new PreviewError("InvalidOperation", "The worksheet is already protected.");
      const locked = password === undefined || password === "" ? {} : { password };
      sheet.protection = { protected: true, options: { ...options }, ...locked };
      session.recordChange("display");
    });
  }

  /**
   * Removes protection. A sheet protected with a password stays protected unless the same password is given: Excel
   * refuses a missing or wrong one with InvalidArgument, the answer office-js reports for a bad unprotect password
   * (github.com/microsoftgraph/microsoft-graph-docs/issues/10151, same calculation service). A password given for a
   * sheet protected without one is accepted (office-js issue #762).
   */
  unprotect(password?: string): void {
    this.queue((session) => {
      const sheet = this.sheet(session);
      if (!sheet) return;
      session.undoUnsupported("WorksheetProtection.unprotect");
      if (sheet.protection.password !== undefined && sheet.protection.password !== password)
        throw invalidArgument("password");
      sheet.protection = { protected: false, options: {} };
      session.recordChange("display");
    });
  }
}
