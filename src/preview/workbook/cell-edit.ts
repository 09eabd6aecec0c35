/**
 * Cell-edit mode: while the user edits a cell in the grid, a batch fails with InvalidOperationInCellEditMode unless
 * its run passed `delayForCellEdit: true`, in which case it waits until the edit ends (Enter, Escape or leaving the
 * cell). Excel.RunOptions, learn.microsoft.com/javascript/api/excel/excel.runoptions; "Delay execution while a cell is
 * being edited", learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit.
 */
export class CellEditMode {
  private editing = false;
  private waiting: (() => void)[] = [];

  /** Whether a cell editor is open. */
  get active(): boolean {
    return this.editing;
  }

  /** The grid opened a cell editor. */
  begin(): void {
    this.editing = true;
  }

  /** The editor closed; delayed batches run now, in the order they came. */
  end(): void {
    this.editing = false;
    const waiting = this.waiting;
    this.waiting = [];
    for (const resume of waiting) resume();
  }

  /** Resolves when no editor is open. */
  whenDone(): Promise<void> {
    if (!this.editing) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }
}
