import type { AppError, FindingsSummary, ModelCellResult, ResultPage, RuleProgress } from '../../workers/api';
import type { JobId } from '../../core/shared/ids';
import type { Msg } from '../../core/shared/msg';
import type { CellId } from '../../core/notebook/cell-types';
import type { DependencyGraph } from '../../core/notebook/dependency-graph';
import type { Notebook, NotebookProblem } from '../../core/notebook/notebook-types';

/** Where a cell's run is. `stale`: it has a result, but it or a cell it reads changed since. */
export type CellStatus = 'idle' | 'queued' | 'running' | 'done' | 'error' | 'stale';

/**
 * One page of a result kept in the kernel worker: the state never holds a whole result, only the page
 * on screen; the result table asks the kernel for other pages by `source`.
 */
export interface CellResult {
  /** What the kernel pages from: a SQL cell's view, or the cell a chart reads. */
  readonly source: string;
  /** The rows held (a SQL cell's first page, a chart's rows up to its limit) and the whole result's size. */
  readonly page: ResultPage;
}

/** A cell's last run, as the UI shows it (never saved: results are data). */
export interface CellRun {
  readonly status: CellStatus;
  /** A page of a SQL cell's rows, or a chart's data. Kept while stale or re-running, so the view does not jump. */
  readonly result?: CellResult;
  readonly error?: AppError;
  /** A Rule cell's findings summary (kept while stale or re-running). */
  readonly findings?: FindingsSummary;
  /** A Model cell's run: ran (with its first page) or skipped with the reason (kept while stale or re-running). */
  readonly model?: ModelCellResult;
  /** A running Rule cell's per-rule progress, latest status per rule, in run order. */
  readonly ruleProgress?: readonly RuleProgress[];
  /** Why the cell cannot run (a cycle, an unknown reference), when it cannot. */
  readonly blocked?: Msg;
  readonly startedAt?: number;
  readonly elapsedMs?: number;
  readonly jobId?: JobId;
}

/** Where the open notebook came from. */
export type NotebookOrigin = 'new' | 'file' | 'gallery' | 'restored';

/** The open notebook and everything the UI shows about it. */
export interface NotebookState {
  readonly notebook: Notebook;
  readonly graph: DependencyGraph;
  /** The file name it was opened from or last saved as (`*.claimlens.md`). */
  readonly fileName: string | undefined;
  readonly origin: NotebookOrigin;
  /** Changed since it was opened or saved. */
  readonly isDirty: boolean;
  /** What was wrong in the file it was opened from (the rest opened). */
  readonly problems: readonly NotebookProblem[];
  readonly runs: ReadonlyMap<CellId, CellRun>;
  /** Re-run dependents when a cell runs or a parameter changes. */
  readonly isAutoRun: boolean;
  /** The selected cell (command mode acts on it). */
  readonly selectedId: CellId | undefined;
  /** Collapsed cells (a view setting, not saved). */
  readonly collapsed: ReadonlySet<CellId>;
  /** When set, the notebook was restored from browser storage after a reload or crash. */
  readonly restoredAt: number | undefined;
  /** Deleted cells, newest last, for undo (Z). */
  readonly deletedCount: number;
  /** The notebook this one replaced had unsaved changes: it can be reopened from here. */
  readonly replaced: { readonly text: string; readonly fileName: string | undefined } | undefined;
  /** Something the user should know that is not about one cell (autosave failing, an unknown gallery name). */
  readonly warning: Msg | undefined;
  /** The last save failed or was refused. */
  readonly saveError: AppError | undefined;
}

/** A cell's run, or "never run". */
export const IDLE_RUN: CellRun = { status: 'idle' };
