/**
 * What a cell kind needs from the kernel to run, whichever host runs it: the browser passes the Comlink
 * proxy of the kernel worker, the CLI and Node tests pass the kernel object itself (`createKernel` over an
 * engine port). `KernelApi` (workers/api.ts) extends this interface, so the two cannot drift.
 *
 * Results cross in pages: a SQL cell's result is kept in the worker, whole; a call returns one page of
 * it as Arrow IPC bytes (transferred, not copied, across the thread boundary).
 */
import type { Result } from '../shared/errors';
import type { JobId } from '../shared/ids';
import type { CustomRuleSpec, FindingsSummary, RuleProgress, RuleRunRequest } from '../rules/rule-run-types';
import type { ParameterSpec } from '../notebook/cell-types';
import type { ModelCellRequest, ModelCellResult } from '../models/model-api-types';

/** A column of a table or result. */
export interface ColumnInfo {
  readonly name: string;
  /** DuckDB's type name, e.g. `VARCHAR`, `DECIMAL(18,2)`. */
  readonly type: string;
}

/** Rows `offset … offset + rowCount - 1` of a result, as Arrow IPC stream bytes. */
export interface ResultPage {
  /** Arrow IPC stream bytes of the page's rows (transferred, never copied, to the main thread). */
  readonly ipc: Uint8Array;
  /** 0-based index of the page's first row in the whole result. */
  readonly offset: number;
  /** Rows in this page. */
  readonly rowCount: number;
  /** Rows in the whole result. */
  readonly totalRows: number;
  readonly columns: readonly ColumnInfo[];
}

/** A parameter's current value, sent with each cell run. */
export interface CellParameter {
  readonly name: string;
  readonly spec: ParameterSpec;
}

/** A notebook SQL cell to run: its result becomes the view `name`. */
export interface CellRunRequest {
  /** The view name (a SQL identifier that needs no quoting). */
  readonly name: string;
  /** One query, with `${name}` parameter references. */
  readonly sql: string;
  readonly parameters: readonly CellParameter[];
  /** Rows in the first page returned with the run (the rest is asked for with `resultPage`). */
  readonly pageSize: number;
}

/** A SQL cell's run: its view, the size of its whole result, and the result's first page. */
export interface CellRunResult {
  /** The view now holding the cell's query. */
  readonly view: string;
  /** Rows in the whole result. */
  readonly totalRows: number;
  readonly columns: readonly ColumnInfo[];
  /** The first `pageSize` rows. */
  readonly firstPage: ResultPage;
  readonly elapsedMs: number;
}

/** The kernel calls a cell kind may make when it runs. */
export interface CellHost {
  /**
   * Runs a notebook SQL cell: creates or replaces the view `request.name`, keeps its result in the
   * worker and returns its first page. One query per cell; names of data tables are refused.
   */
  runCell(request: CellRunRequest, jobId: JobId): Promise<Result<CellRunResult>>;
  /**
   * A page of a cell's result (`name` = the cell's view; a table or findings table works too), from the
   * result kept in the worker: the cell's query is not run again.
   */
  resultPage(name: string, offset: number, limit: number, jobId: JobId): Promise<Result<ResultPage>>;
  /** Runs a Rule cell's pack and writes its findings tables `request.name` and `<name>_lines`. */
  runRules(
    request: RuleRunRequest,
    jobId: JobId,
    onProgress?: (progress: RuleProgress) => void,
  ): Promise<Result<FindingsSummary>>;
  /** Checks a notebook's custom rule: its metadata, parameters and the columns its SQL returns. */
  checkCustomRule(spec: CustomRuleSpec): Promise<Result<void>>;
  /**
   * Runs a Model cell's library model (cancellable through `jobId`): writes its ranked output table
   * `request.name`, `<name>_links` and its extra tables, and returns the output's first page; a model
   * whose fields are not mapped is skipped with the reason (a result, not an error).
   */
  runModel(request: ModelCellRequest, jobId: JobId): Promise<Result<ModelCellResult>>;
}
