import { ClientObject } from "./proxy";
import type { Session } from "./session";

/** context.runtime: `enableEvents` switches this add-in's event handlers off and on (shared by all its contexts). */
export class RuntimeProxy extends ClientObject {
  /** Excel.Runtime.enableEvents: ExcelApi 1.8. */
  protected readonly since = 8;
  protected readonly scalarProps = ["enableEvents"];

  protected readScalar(_name: string, session: Session): unknown {
    return session.model.enableEvents;
  }

  get enableEvents(): boolean {
    return this.loaded("enableEvents");
  }
  set enableEvents(value: boolean) {
    this.queue((session) => {
      session.model.enableEvents = value;
    });
  }
}
