import { requireApi } from "./api-level";
import { invalidArgument, propertyNotLoaded } from "./errors";
import type { EventRegistry } from "./event-registry";
import { loadAll, parseLoadSpec, type LoadSpec } from "./load-spec";
import type { Operation, Session } from "./session";

/**
 * What a proxy needs of its request context: a queue for its operations, the sync that applies them, and the
 * workbook's event registry. The request context (context.ts) provides it; proxies depend on this shape only, so the
 * context can build the proxies without a loop between them.
 */
export type ProxyContext = {
  enqueue(kind: Operation["kind"], apply: (session: Session) => void): void;
  sync<T>(passThroughValue?: T): Promise<T | undefined>;
  readonly events: EventRegistry;
};

/**
 * Base of every proxy object: scalar properties become readable only after load + sync, and writes are queued on
 * the context and applied in order at sync, as in Office.js.
 */
export abstract class ClientObject {
  readonly context: ProxyContext;
  private readonly loadedValues = new Map<string, unknown>();

  constructor(context: ProxyContext) {
    this.context = context;
  }

  /**
   * The requirement set of this object type as ExcelApi 1.since (each class names its reference page's set); on an
   * older host its loads and writes fail at sync with ApiNotFound.
   */
  protected readonly since: number = 1;

  /** Fails with ApiNotFound when the host is older than this object's requirement set. */
  protected requireSet(session: Session): void {
    requireApi(session, this.since, this.constructor.name.replace(/Proxy$/, ""));
  }

  /** The loadable scalar properties of this object type. */
  protected abstract readonly scalarProps: readonly string[];

  /** Reads one scalar from the model while a sync applies a load. */
  protected abstract readScalar(name: string, session: Session): unknown;

  /** Whether this proxy (from a ...OrNullObject call) points at nothing; checked at sync. */
  protected isNull(_session: Session): boolean {
    return false;
  }

  /** A navigation property reachable in a load path ("format/fill/color"). */
  protected navigation(_name: string): ClientObject | undefined {
    return undefined;
  }

  /** Queues a load of the named properties; they become readable after the next context.sync(). */
  load(option?: string | string[] | Record<string, unknown>): this {
    const spec = parseLoadSpec(option);
    this.context.enqueue("load", (session) => this.applyLoad(spec, session));
    return this;
  }

  /** Applies a load inside a sync (also used for items of collections and nested paths). */
  applyLoad(spec: LoadSpec, session: Session): void {
    this.requireSet(session);
    const isNull = this.isNull(session);
    this.loadedValues.set("isNullObject", isNull);
    const names = spec.all ? this.scalarProps : [...spec.scalars];
    for (const name of names) {
      const child = this.scalarProps.includes(name) ? undefined : this.navigation(name);
      if (child) {
        child.applyLoad(loadAll(), session);
      } else if (this.scalarProps.includes(name)) {
        this.loadedValues.set(name, isNull ? null : this.readScalar(name, session));
      } else if (name !== "isNullObject") {
        throw invalidArgument(`unknown property '${name}'`);
      }
    }
    for (const [name, childSpec] of spec.nav) {
      const child = this.navigation(name);
      if (!child) throw invalidArgument(`unknown navigation property '${name}'`);
      child.applyLoad(childSpec, session);
    }
  }

  /** Stores a value that a sync produced (collections store their items this way). */
  protected storeLoaded(name: string, value: unknown): void {
    this.loadedValues.set(name, value);
  }

  /** Reads a loaded value, throwing PropertyNotLoaded like Excel when load + sync has not happened. */
  protected loaded<T>(name: string): T {
    if (!this.loadedValues.has(name)) throw propertyNotLoaded(name);
    return this.loadedValues.get(name) as T;
  }

  /** True when a ...OrNullObject lookup found nothing; readable after load + sync. */
  get isNullObject(): boolean {
    return this.loaded<boolean>("isNullObject");
  }

  /** Queues a write or method call, applied at the next sync. */
  protected queue(apply: (session: Session) => void): void {
    this.context.enqueue("write", (session) => {
      this.requireSet(session);
      apply(session);
    });
  }
}

/** A collection whose `items` become readable after load + sync; loading "name" or "items/name" loads each item. */
export abstract class ClientCollection<T extends ClientObject> extends ClientObject {
  protected readonly scalarProps: readonly string[] = [];

  /** The collection's current members, as new proxies bound to them. */
  protected abstract listItems(session: Session): T[];

  protected readScalar(name: string): unknown {
    throw invalidArgument(`unknown property '${name}'`);
  }

  applyLoad(spec: LoadSpec, session: Session): void {
    this.requireSet(session);
    const itemsSpec = spec.nav.get("items") ?? (spec.scalars.has("items") || spec.all ? loadAll() : spec);
    const items = this.isNull(session) ? [] : this.listItems(session);
    for (const item of items) item.applyLoad(itemsSpec, session);
    this.storeLoaded("isNullObject", false);
    this.storeLoaded("items", items);
  }

  /** The loaded members; readable after load + sync. */
  get items(): T[] {
    return this.loaded<T[]>("items");
  }
}
