import { invalidArgument, PreviewError } from "./errors";
import type { SheetModel } from "./model";
import { ClientObject, type ProxyContext } from "./proxy";
import type { Session } from "./session";

/** worksheet.protection */
export class WorksheetProtectionProxy extends ClientObject {
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

  /** Protects the sheet; protecting a protected sheet is an InvalidOperation, as in Excel. */
  protect(options?: Record<string, boolean>, password?: string): void {
    this.queue((session) => {
      const sheet = this.sheet(session);
      if (!sheet) return;
      if (sheet.protection.protected) throw new PreviewError("InvalidOperation", "The worksheet is already protected.");
      sheet.protection = { protected: true, options: { ...options }, ...(password === undefined ? {} : { password }) };
      session.recordChange("display");
    });
  }

  /** Removes protection; a wrong password is refused with InvalidArgument. */
  unprotect(password?: string): void {
    this.queue((session) => {
      const sheet = this.sheet(session);
      if (!sheet) return;
      if (sheet.protection.password !== undefined && sheet.protection.password !== password)
        throw invalidArgument("password");
      sheet.protection = { protected: false, options: {} };
      session.recordChange("display");
    });
  }
}
