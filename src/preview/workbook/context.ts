import type { CellEditMode } from "./cell-edit";
import { PreviewError } from "./errors";
import type { EventRegistry } from "./event-registry";
import type { ProxyContext } from "./proxy";
import type { Operation, Session, TriggerSource } from "./session";
import type { RunStats } from "./stats";
import { WorkbookProxy } from "./workbook-proxy";
import { RuntimeProxy } from "./runtime";

/** What a request context needs of the workbook behind it (PreviewWorkbook provides it). */
export type BatchHost = {
  readonly events: EventRegistry;
  readonly cellEdit: CellEditMode;
  readonly apiLevel: number;
  applyBatch(operations: Operation[], triggerSource: TriggerSource, undoGroup?: object): void;
  takeSyncFailure(): Error | undefined;
};

/** Excel.RunOptions (learn.microsoft.com/javascript/api/excel/excel.runoptions). */
export type RunOptions = { delayForCellEdit?: boolean; mergeUndoGroup?: boolean };

/** The preview's Excel.RequestContext: queues operations and applies them, in order, at sync(). */
export class PreviewRequestContext implements ProxyContext {
  readonly workbook: WorkbookProxy;
  readonly runtime: RuntimeProxy;
  private readonly host: BatchHost;
  private pending: Operation[] = [];
  private readonly stats: RunStats;
  private readonly delayForCellEdit: boolean;
  /** The run's undo group when it merges its syncs into one undo step (mergeUndoGroup, ExcelApi 1.20). */
  private readonly undoGroup: object | undefined;

  constructor(host: BatchHost, stats: RunStats, options: RunOptions = {}) {
    this.host = host;
    this.stats = stats;
    this.delayForCellEdit = options.delayForCellEdit === true;
    // A host older than ExcelApi 1.20 does not know the option and makes one undo step per sync.
    this.undoGroup = options.mergeUndoGroup === true && host.apiLevel >= 20 ? {} : undefined;
    this.workbook = new WorkbookProxy(this);
    this.runtime = new RuntimeProxy(this);
  }

  /** The workbook's event registry, where onChanged handlers are kept. */
  get events(): EventRegistry {
    return this.host.events;
  }

  /** Queues one operation; counted in the run's statistics. */
  enqueue(kind: Operation["kind"], apply: (session: Session) => void): void {
    this.pending.push({ kind, apply });
    this.stats.operations += 1;
    if (kind === "load") this.stats.loads += 1;
    else this.stats.writes += 1;
  }

  /** Whether operations wait for a sync. */
  get hasPending(): boolean {
    return this.pending.length > 0;
  }

  /** Applies the queued operations in order; rejects with the first Excel error (earlier ones stay applied). */
  sync<T>(passThroughValue?: T): Promise<T | undefined> {
    if (this.host.cellEdit.active) {
      if (this.delayForCellEdit) return this.host.cellEdit.whenDone().then(() => this.sync(passThroughValue));
      this.pending = [];
      this.stats.syncs += 1;
      return Promise.reject(
        new PreviewError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode. Please exit the edit mode."),
      );
    }
    const operations = this.pending;
    this.pending = [];
    this.stats.syncs += 1;
    try {
      const failure = this.host.takeSyncFailure();
      if (failure) {
        // The host gives up part-way through the batch: what came before stays applied, as in Excel.
        this.host.applyBatch(operations.slice(0, Math.floor(operations.length / 2)), "ThisLocalAddin", this.undoGroup);
        throw failure;
      }
      this.host.applyBatch(operations, "ThisLocalAddin", this.undoGroup);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    return Promise.resolve(passThroughValue);
  }
}
