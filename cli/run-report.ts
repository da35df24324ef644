import type { AuditDataset } from '../core/notebook/audit-log';
import type { CellParameter, ValidationReport } from '../workers/api';
import type { AppError } from '../core/shared/errors';
import type { Msg } from '../core/shared/msg';
import type { FindingsSummary } from '../core/rules/rule-run-types';
import type { BindingCheck } from '../core/notebook/dataset-bindings';
import type { Cell } from '../core/notebook/cell-types';
import type { NotebookProblem } from '../core/notebook/notebook-types';
import type { Readiness } from '../core/rules/readiness-types';
import type { AppliedColumn, MappingOrigin } from './applied-mapping';
import type { CliProblem } from './cli-io';
import type { ExitCode } from './exit-codes';
import type { EngineKind } from './parse-args';

/** How a cell ended in a headless run. */
export type CellStatus = 'done' | 'failed' | 'skipped' | 'blocked';

/** One cell's outcome, as summary.json records it. */
export interface CellReport {
  readonly id: string;
  readonly type: Cell['type'];
  /** The view (SQL), findings table (Rule) or rule id (custom rule) it makes. */
  readonly name?: string;
  readonly status: CellStatus;
  readonly ms: number;
  /** SQL cells: the rows of the view. */
  readonly rows?: number;
  /** SQL cells on the WASM engine: SHA-256 of the result's Arrow IPC bytes, as the app's audit log. */
  readonly resultSha256?: string;
  /** Why it failed or was blocked. */
  readonly error?: AppError;
  /**
   * The tables its run read and the SHA-256 of the input file behind each, as the app's run log records
   * them (`cellDatasets`, `core/cells/cell-datasets.ts`); absent when the cell did not run.
   */
  readonly datasets?: readonly AuditDataset[];
  /** Why it was skipped. */
  readonly reason?: Msg;
  /** Rule cells: totals, per-rule outcomes and groups. */
  readonly findings?: FindingsSummary;
  /** SQL cells with `--results`: the CSV file of its result, relative to the results folder. */
  readonly resultCsv?: string;
  /** Model cells: the model, the parameter values it ran with, and what it wrote. */
  readonly model?: ModelCellReport;
  /** Model cells that ran: the CSV of the ranked output, relative to the output folder. */
  readonly modelCsv?: string;
  /** Rule cells: the CSV files written, relative to the output folder. */
  readonly files?: { readonly findings: string; readonly lines: string };
  /**
   * Rule cells: the errors of the rules that failed (a custom rule left out of the run because its SQL
   * did not check out, or a rule whose SQL failed).
   */
  readonly ruleErrors?: readonly AppError[];
}

/** A Model cell's run as summary.json records it (its status, reason and timing are the cell's). */
export interface ModelCellReport {
  /** The library model's id. */
  readonly id: string;
  /**
   * Every parameter's value when it ran or was skipped (defaults included); when it failed before,
   * the values its body sets.
   */
  readonly parameters: Readonly<Record<string, number | string>>;
  /** Rows of the output table (ranked entities), when it ran. */
  readonly entities?: number;
  /** The tables written besides the output (`<name>_links`, extras), when it ran. */
  readonly tables?: readonly string[];
}

/** A data file as summary.json records it. */
export interface DataFileReport {
  readonly file: string;
  readonly path: string;
  readonly bytes: number;
  readonly sha256: string;
  readonly format: string;
  readonly encoding?: string;
  readonly delimiter?: string;
  /** The raw table it was loaded into (absent for a knowledge file: it goes through the knowledge importer). */
  readonly rawTable?: string;
  /** Rows read from the file (a knowledge file: its data rows, rejected ones included). */
  readonly rows: number;
  /** Columns of the raw table (absent for a knowledge file). */
  readonly columns?: number;
  /** The canonical or knowledge table it feeds. */
  readonly target?: string;
  /**
   * `notebook` (recorded mapping), `proposal` (the mapper's), `mapping-file` (the `--mapping` file's
   * entry), `knowledge` (a kb_* file), or
   * `answer-key` (a workshop answer key, kept as its raw table).
   */
  readonly mapping?: MappingOrigin | 'knowledge' | 'answer-key';
  readonly loadMs: number;
  readonly warnings: readonly AppError[];
}

/** Everything summary.json holds. */
export interface RunReport {
  readonly tool: { readonly name: 'claimlens'; readonly version: string };
  readonly startedAt: string;
  readonly elapsedMs: number;
  readonly exitCode: ExitCode;
  /** What stopped the run before the cells (exit code 2). */
  readonly error?: AppError | CliProblem;
  readonly notebook: {
    readonly path: string;
    readonly title: string;
    readonly sha256: string;
    readonly problems: readonly NotebookProblem[];
  };
  readonly engine: { readonly kind: EngineKind; readonly duckdbVersion: string; readonly threads: number };
  readonly data: readonly DataFileReport[];
  readonly canonical: readonly ValidationReport[];
  /** The `--mapping` file applied, if any. */
  readonly mappingFile?: string;
  /**
   * The mapping applied, field by field: each data file's columns and constants (with how each was
   * chosen and, for proposals, the confidence), then the keys the build took from the settlement.
   */
  readonly mapping: readonly AppliedColumn[];
  /** Which library rules the data loaded could run, and what would unlock the rest (null: not mapped). */
  readonly readiness: Readiness | null;
  /** Why nothing could run (exit code 3), in both languages. */
  readonly nothingRan?: Msg;
  /** The notebook's recorded datasets against the files given. */
  readonly bindings: readonly BindingCheck[];
  readonly knowledge: {
    readonly rows: Readonly<Record<string, number>>;
    readonly warnings: readonly AppError[];
  };
  readonly parameters: readonly CellParameter[];
  readonly cells: readonly CellReport[];
  /** Wall time of each stage in ms: loading the files, the knowledge tables, mapping, the cells. */
  readonly phases: Readonly<Partial<Record<'load' | 'knowledge' | 'map' | 'cells', number>>>;
  /** `findings.csv`: the first Rule cell's findings (null when no Rule cell produced any). */
  readonly findingsCsv: string | null;
  readonly findingsLinesCsv: string | null;
}
