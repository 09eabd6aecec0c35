import { invalidArgument, itemNotFound } from "./errors";
import { ClientCollection, ClientObject, type ProxyContext } from "./proxy";
import type { Session } from "./session";

/** One workbook setting (workbook.settings.getItem(key)). */
export class SettingProxy extends ClientObject {
  /** Excel.Setting: ExcelApi 1.4. */
  protected readonly since = 4;
  protected readonly scalarProps = ["key", "value"];
  private readonly key: string;
  private readonly orNull: boolean;

  constructor(context: ProxyContext, key: string, orNull = false) {
    super(context);
    this.key = key;
    this.orNull = orNull;
  }

  private exists(session: Session): boolean {
    const found = session.model.settings.has(this.key);
    if (!found && !this.orNull) throw itemNotFound(`setting ${this.key}`);
    return found;
  }

  protected isNull(session: Session): boolean {
    return !this.exists(session);
  }

  protected readScalar(name: string, session: Session): unknown {
    return name === "key" ? this.key : structuredClone(session.model.settings.get(this.key));
  }

  get value(): unknown {
    return this.loaded("value");
  }
  set value(value: unknown) {
    this.queue((session) => {
      if (this.exists(session)) session.model.settings.set(this.key, structuredClone(value));
    });
  }

  /** Removes the setting (no-op on a null object). */
  delete(): void {
    this.queue((session) => {
      if (this.exists(session)) session.model.settings.delete(this.key);
    });
  }
}

/** workbook.settings: key/value pairs stored in the workbook. */
export class SettingCollectionProxy extends ClientCollection<SettingProxy> {
  /** Excel.SettingCollection: ExcelApi 1.4. */
  protected readonly since = 4;
  protected listItems(session: Session): SettingProxy[] {
    return [...session.model.settings.keys()].map((key) => new SettingProxy(this.context, key));
  }

  /** Sets (adds or replaces) a setting; the value must be JSON-serialisable. */
  add(key: string, value: unknown): SettingProxy {
    this.queue((session) => {
      if (key === "") throw invalidArgument("setting key");
      session.model.settings.set(key, structuredClone(value));
    });
    return new SettingProxy(this.context, key);
  }

  /** A setting; ItemNotFound at sync when missing. */
  getItem(key: string): SettingProxy {
    return new SettingProxy(this.context, key);
  }

  /** A setting or a null object. */
  getItemOrNullObject(key: string): SettingProxy {
    return new SettingProxy(this.context, key, true);
  }
}
