/**
 * The kernel worker's API: the one interface both threads import. The worker `expose`s an object that
 * `satisfies KernelApi`; `src/kernel-client.ts` is the one place that creates the Worker and `wrap`s it.
 * Expected failures come back as `Result` values, never as exceptions.
 */
import type { AppError, Result } from '../core/shared/errors';
import type { DatasetId, JobId } from '../core/shared/ids';
import type { Msg } from '../core/shared/msg';
import type { ParameterSpec } from '../core/notebook/cell-types';
import type { DatasetFingerprint } from '../core/cells/cell-datasets';
import type {
  CellHost,
  CellParameter,
  CellRunRequest,
  CellRunResult,
  ColumnInfo,
  ResultPage,
} from '../core/cells/cell-host';
import type {
  CustomRuleSpec,
  FindingDrill,
  FindingsPage,
  FindingsQuery,
  FindingsSummary,
  RuleProgress,
  RuleRunRequest,
} from '../core/rules/rule-run-types';
import type { RuleDefinition } from '../core/rules/rule-types';
import type { ModelDrill, ModelInfo } from '../core/models/model-api-types';
import type { KnowledgeImportReport } from './knowledge/kb-import-report';
import type { Readiness } from '../core/rules/readiness-types';
import type { KnowledgeSummary } from './knowledge/knowledge-summary';
import type { ScenarioId } from './generator/scenarios/scenario-ids';
import type { ScoreLevel } from './workshop/score-level';
import type { WorkshopScore } from './workshop/workshop-score';
import type {
  CanonicalTable,
  MappingProposal,
  TableMapping,
  ValidationReport,
} from '../core/mapping/mapping-types';

export type { AppError, Result, DatasetId, JobId, Msg, ParameterSpec };
export type { CellHost, CellParameter, CellRunRequest, CellRunResult, ColumnInfo, ResultPage };
export type { CanonicalTable, MappingProposal, TableMapping, ValidationReport };
export type {
  CustomRuleSpec,
  FindingDrill,
  FindingLine,
  FindingRow,
  FindingsPage,
  FindingsQuery,
  FindingsSummary,
  RuleOutcome,
  RulePackSelection,
  RuleProgress,
  RuleRunRequest,
} from '../core/rules/rule-run-types';
export type { RuleDefinition, RuleParameterDef, RuleParameterValue } from '../core/rules/rule-types';
export type { KnowledgeImportReport, KnowledgeSummary, Readiness };
export type { ReadinessNeed, ReadinessUnlock, RuleReadiness } from '../core/rules/readiness-types';
export type { DerivedMapping, DerivedProposal, FieldMatch, FilledCount } from '../core/mapping/mapping-types';
export type { ScenarioId, ScoreLevel, WorkshopScore };
export type { ModelDrill, ModelInfo };
export type { ModelCellRequest, ModelCellResult } from '../core/models/model-api-types';
export type { ModelRunOutcome } from '../core/models/model-run-types';
export type { OverallScore, ScenarioScore } from './workshop/workshop-score';

/**
 * What opening a file did: a data file became a dataset (and, when it was the session's first user
 * file, the demo data was taken out of the canonical tables: `demoRemoved`); a knowledge file (kb_*
 * layout or NHSA's published layout, recognised by name or by its columns) was imported as knowledge.
 */
export type OpenOutcome =
  | { readonly kind: 'dataset'; readonly dataset: DatasetInfo; readonly demoRemoved: boolean }
  | { readonly kind: 'knowledge'; readonly report: KnowledgeImportReport };

/** Which text encoding a delimited file was read as. */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'gb18030';

/** A loaded source file: one file → one raw table. */
export interface DatasetInfo {
  readonly id: DatasetId;
  /** The raw table name in the engine (`raw_<file stem>`, made unique). */
  readonly table: string;
  readonly fileName: string;
  readonly fileSize: number;
  /** Hex SHA-256 of the file's bytes: identifies the data without carrying it. */
  readonly sha256: string;
  readonly format: 'csv' | 'parquet' | 'xlsx' | 'demo';
  readonly encoding?: TextEncodingName;
  readonly delimiter?: string;
  readonly hasHeader?: boolean;
  readonly rowCount: number;
  readonly columns: readonly ColumnInfo[];
  readonly loadMs: number;
  /** The mapping in force for this table, if the user confirmed (or the app applied) one. */
  readonly mapping?: TableMapping;
  /**
   * `demo`: the embedded demo data (format `demo`), taken out of the canonical tables when the first
   * user file loads; `user`: a user's file; `workshop`: a generated workshop dataset.
   */
  readonly origin?: 'demo' | 'user' | 'workshop';
  /** Things the user should know that did not stop the load (e.g. duplicate column names renamed). */
  readonly warnings: readonly AppError[];
}

/** A progress report from a long call. `total` is 0 when unknown. */
export interface Progress {
  readonly phase: 'hash' | 'read' | 'transcode' | 'insert' | 'map' | 'query';
  readonly done: number;
  readonly total: number;
  readonly unit: 'bytes' | 'rows' | 'percent';
}

/** Receives progress reports (passed through Comlink as a proxy). */
export type ProgressCallback = (p: Progress) => void;

/** How to read a file; anything left out is detected. */
export interface LoadOptions {
  readonly jobId: JobId;
  /** Force an encoding instead of detecting it. */
  readonly encoding?: TextEncodingName;
  readonly delimiter?: string;
  readonly hasHeader?: boolean;
  /** Excel: which sheet (default: the first). */
  readonly sheet?: string;
}

/** A query result: Arrow IPC stream bytes (transferred, not copied) plus what the UI shows about it. */
export interface QueryResult {
  readonly ipc: Uint8Array;
  readonly rowCount: number;
  readonly columns: readonly ColumnInfo[];
  readonly elapsedMs: number;
}

/** Tables, views and their columns, for SQL completion and the data panel. */
export interface SchemaInfo {
  readonly tables: readonly {
    readonly name: string;
    readonly kind: 'table' | 'view';
    readonly columns: readonly ColumnInfo[];
  }[];
}

/** What the data panel and SQL completion show, read in one call after the data changed. */
export interface Catalog {
  readonly datasets: readonly DatasetInfo[];
  /** The latest validation report per canonical table. */
  readonly reports: readonly ValidationReport[];
  readonly schema: SchemaInfo;
  /**
   * The knowledge layers in force as audit-log fingerprints (`KnowledgeBase.fingerprints`): each layer's
   * id and `sha256`, feeding the `kb_*` tables it has rows in. Read here, with the one catalog read per
   * data change, so a run needs no call of its own; empty when the knowledge base failed to load.
   */
  readonly knowledge: readonly DatasetFingerprint[];
}

/** Facts about the running engine. */
export interface EngineInfo {
  readonly duckdbVersion: string;
  readonly bundle: 'eh';
}

/** A synthetic workshop dataset to generate (培训数据集): the same options always give the same data. */
export interface WorkshopOptions {
  /** Any integer. */
  readonly seed: number;
  /** Target number of fee lines (WORKSHOP_LINES.min … max). */
  readonly lines: number;
  /** Fraud scenarios to plant and their rates (0 … 1); none plants nothing and writes no answer key. */
  readonly scenarios: Readonly<Partial<Record<ScenarioId, number>>>;
}

/** The bounds and default of `WorkshopOptions.lines`. */
export const WORKSHOP_LINES = { min: 1_000, max: 2_000_000, default: 50_000 } as const;

/** Progress of a workshop generation: which table, and how far its generation or load is. */
export interface WorkshopProgress {
  readonly stage: 'generate' | 'load';
  /** The generated table (`psn`, `fee`, `answers`, …). */
  readonly table: string;
  /** 0-based position of the table among `tables`. */
  readonly index: number;
  readonly tables: number;
  /** Rows generated so far (stage `generate`). */
  readonly rows: number;
  /** The loader's own report (stage `load`). */
  readonly load?: Progress;
}

/** The kernel worker: the calls cell kinds make (`CellHost`, with paged results) and the app's own. */
export interface KernelApi extends CellHost {
  /** Starts DuckDB-WASM (idempotent) and locks it down. */
  init(): Promise<Result<EngineInfo>>;
  /** Loads a CSV/TSV/TXT, Parquet or Excel file into a new raw table. */
  loadFile(file: File, options: LoadOptions, onProgress?: ProgressCallback): Promise<Result<DatasetInfo>>;
  /**
   * Opens a file a user picked or dropped: knowledge files are imported as knowledge, data files load
   * as datasets (the first one takes the demo out of the canonical tables). What the app and CLI call.
   */
  openFile(file: File, options: LoadOptions, onProgress?: ProgressCallback): Promise<Result<OpenOutcome>>;
  /**
   * Puts the embedded demo data back as a separate, labelled dataset: the canonical tables of schema
   * `demo` (demo.setl, demo.fee, …), never merged into the user's tables. Idempotent.
   */
  keepDemoApart(jobId: JobId): Promise<Result<{ readonly tables: readonly string[] }>>;
  /** Drops the separate demo schema (`keepDemoApart`); false when there was none. */
  removeDemoApart(): Promise<boolean>;
  /** Undoes a dataset's mapping: its canonical tables are rebuilt without it; the raw table stays. */
  unmapDataset(id: DatasetId): Promise<Result<void>>;
  /** Generates and loads the embedded demo dataset, mapped to the canonical tables. */
  loadDemo(jobId: JobId, onProgress?: ProgressCallback): Promise<Result<DatasetInfo[]>>;
  /** The datasets loaded so far. */
  listDatasets(): Promise<DatasetInfo[]>;
  /** Drops a dataset's raw table (and rebuilds the canonical table it fed). */
  removeDataset(id: DatasetId): Promise<Result<void>>;
  /** Proposes a canonical table and column mapping for a loaded dataset. */
  proposeMapping(id: DatasetId): Promise<Result<MappingProposal>>;
  /** Applies a (confirmed or edited) mapping: builds the canonical table and its validation report. */
  applyMapping(
    mapping: TableMapping,
    jobId: JobId,
    onProgress?: ProgressCallback,
  ): Promise<Result<ValidationReport>>;
  /** The latest validation report per canonical table. */
  validationReports(): Promise<ValidationReport[]>;
  /**
   * Runs user SQL (cancellable; the UI shows elapsed time, as DuckDB-WASM cannot report a percentage
   * under the app's Content-Security-Policy).
   */
  query(sql: string, jobId: JobId): Promise<Result<QueryResult>>;
  /**
   * Hex SHA-256 of a SQL cell's kept result, independent of row order (the sorted per-row SHA-256,
   * workers/kernel/result-store.ts): what the CLI summary reports.
   */
  resultDigest(name: string): Promise<Result<string>>;
  /** Drops views made for cells (deleted or renamed cells, a notebook closed) and their kept results. */
  dropCellViews(names: readonly string[]): Promise<void>;
  /**
   * Imports a knowledge file (CSV or JSON for one of the kb_* tables) as a layer over the shipped NHSA
   * sample and the demo's rows; bad rows are reported row by row, good rows kept.
   */
  importKnowledge(file: File): Promise<Result<KnowledgeImportReport>>;
  /** Removes a knowledge layer (`nhsa-full`, `demo`, `import:<file>`); false when there is none. */
  removeKnowledgeLayer(id: string): Promise<boolean>;
  /** The knowledge in force: rows per table and restriction kind, and each layer. */
  knowledgeSummary(): Promise<KnowledgeSummary>;
  /** The rule library: every built-in rule's metadata, parameters, basis and SQL. */
  ruleLibrary(): Promise<RuleDefinition[]>;
  /**
   * Runs a Rule cell's pack over the loaded data (cancellable through `jobId`, with per-rule progress)
   * and writes its findings tables `request.name` and `<name>_lines`. Rules missing a field are skipped
   * with the reason; a parameter out of bounds refuses the run.
   */
  runRules(
    request: RuleRunRequest,
    jobId: JobId,
    onProgress?: (progress: RuleProgress) => void,
  ): Promise<Result<FindingsSummary>>;
  /** A page of a findings table, filtered and sorted (filter values are bound, never spliced). */
  findingsPage(query: FindingsQuery): Promise<Result<FindingsPage>>;
  /** One finding with its basis and the fee lines of its settlement(s), violating ones marked. */
  findingDrill(table: string, findingId: string): Promise<Result<FindingDrill>>;
  /** Checks a notebook's custom rule: its metadata, parameters and the columns its SQL returns. */
  checkCustomRule(spec: CustomRuleSpec): Promise<Result<void>>;
  /** The selected pack as a plain SQL script over the canonical tables (for native or distributed engines). */
  exportRulePack(request: RuleRunRequest): Promise<Result<string>>;
  /** Which rules of the library will run on the data and knowledge loaded now, and what would unlock the rest. */
  readiness(): Promise<Readiness>;
  /** The model library as plain data, each model with why it cannot run on the data loaded now (if so). */
  modelLibrary(): Promise<ModelInfo[]>;
  /**
   * One entity of a Model cell's output table `table` (`entityId` bound, never spliced) with its
   * settlements and their fee lines through `<table>_links`, at most `limit` rows each.
   */
  modelDrill(table: string, entityId: string, limit: number): Promise<Result<ModelDrill>>;
  /**
   * Generates a workshop dataset in the worker and loads it in place of the session's data (every
   * loaded dataset is removed first, as the demo would be), mapped to the canonical tables; its kb_*
   * tables replace the demo's knowledge layer. The answer key is loaded HIDDEN (not a dataset, not in
   * `schema()`) until `revealAnswers`. Cancellable through `jobId`.
   */
  generateWorkshop(
    options: WorkshopOptions,
    jobId: JobId,
    onProgress?: (progress: WorkshopProgress) => void,
  ): Promise<Result<DatasetInfo[]>>;
  /** Creates the visible table `answers` (a copy of the hidden answer key) for SQL cells. */
  revealAnswers(): Promise<Result<{ rows: number }>>;
  /**
   * Scores a participant's flags (a table or view with the level's key column, or a Rule cell's findings
   * table) against the hidden answer key; works before the answers are revealed.
   */
  scoreWorkshop(flags: string, level: ScoreLevel): Promise<Result<WorkshopScore>>;
  /** Cancels a running call; true when something was running under that id. */
  cancel(jobId: JobId): Promise<boolean>;
  /** Tables, views and columns. */
  schema(): Promise<SchemaInfo>;
  /** Datasets, validation reports and schema in one call (the app refreshes once per data change). */
  catalog(): Promise<Catalog>;
  /**
   * The statements the engine ran to load and map data, in order (file paths as registered). The
   * benchmark replays them on native DuckDB; users can see exactly what was done to their data.
   */
  engineLog(): Promise<string[]>;
}

/** The canonical table names, re-exported for the UI. */
export { CANONICAL_TABLES } from '../core/mapping/mapping-types';
