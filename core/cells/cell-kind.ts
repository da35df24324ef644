/**
 * What a cell kind declares, in host-neutral code: how its block reads and writes, the names it defines
 * and reads, whether and how it runs (against `CellHost`), what its run logs, and which view shows it.
 * One kind per folder under `core/cells/`, registered once in `cell-kinds.ts`.
 */
import type { AppError } from '../shared/errors';
import type { JobId } from '../shared/ids';
import type { Msg } from '../shared/msg';
import type { FindingsSummary, RuleProgress } from '../rules/rule-run-types';
import type { ModelCellResult } from '../models/model-api-types';
import type { Cell, CellId, CellOf, CellType } from '../notebook/cell-types';
import type { Notebook } from '../notebook/notebook-types';
import type { ResultRole } from '../notebook/name-registry';
import type { CellHost, CellParameter, CellRunResult, ResultPage } from './cell-host';

/** An attribute a fence carries besides `id`, e.g. `name` in `sql {id=c3 name=inpatient}`. */
export interface FenceAttributeSpec {
  readonly key: string;
  /** `name`: a SQL identifier (`isValidName`); `catalogue-id`: e.g. a rule id `NB-1`. */
  readonly value: 'name' | 'catalogue-id';
  /** The cell opens without it (e.g. a chart that has not chosen its source yet). */
  readonly isOptional?: boolean;
}

/** A fenced block, read: the kind turns it into its cell. */
export interface CellBlock {
  readonly id: CellId;
  /** The fence's first word (e.g. `sql`). */
  readonly fence: string;
  /** The fence's info string as written. */
  readonly info: string;
  /** The text inside the fence, verbatim. */
  readonly source: string;
  /** The attributes read from `{…}` (valid ones, for kinds with attribute specs). */
  readonly attributes: ReadonlyMap<string, string>;
}

/** A field of a cell that an edit (`updateCell`) may change besides its source. */
export type CellField = 'name' | 'from' | 'rule' | 'spec' | 'model';

/** What a new cell is made from (`createCell`). */
export interface NewCellContext {
  readonly id: CellId;
  /** The notebook's cells and where the new one goes. */
  readonly cells: readonly Cell[];
  readonly index: number;
  /** The text asked for, if any. */
  readonly source: string | undefined;
  /** The first of `<prefix>_1`, `<prefix>_2`, … that no cell publishes; `name` itself when free. */
  readonly freshName: (prefix: string, name?: string) => string;
}

/** The names a cell defines for others to read. */
export interface CellNames {
  /** Tables or views its run makes (a SQL cell's view; a Rule cell's findings and `<name>_lines`). */
  readonly tables: readonly string[];
  /** The parameter it defines, read as `${name}`. */
  readonly parameter?: string;
}

/** A name a cell reads. */
export interface NameUse {
  readonly name: string;
  /** A table (another cell's view or findings) or a parameter. */
  readonly role: 'table' | 'parameter';
  /** Naming no cell is a problem (an unknown parameter, a chart's missing source), not a data table. */
  readonly isRequired: boolean;
}

/** What a cell reads. */
export interface CellReads {
  readonly names: readonly NameUse[];
  /** It reads every cell of these types (a Rule cell's pack may include every custom rule). */
  readonly everyCellOf?: readonly CellType[];
}

/** What a cell's run gets besides the cell. */
export interface CellRunContext {
  readonly host: CellHost;
  readonly notebook: Notebook;
  readonly jobId: JobId;
  /** Every parameter's current value. */
  readonly parameters: readonly CellParameter[];
  /** Rows in a SQL cell's first page. */
  readonly pageSize: number;
  /** Called with the job id once the cell starts on the kernel (Cancel uses it). */
  readonly onStart: (jobId: JobId) => void;
  /** A Rule cell's per-rule progress. */
  readonly onRuleProgress?: (progress: RuleProgress) => void;
}

/** What a cell's run produced. */
export interface CellRunOutput {
  /** A SQL cell's run (its first page), or the page of rows a chart draws. */
  readonly result?: CellRunResult | ResultPage;
  /** A Rule cell's findings summary. */
  readonly findings?: FindingsSummary;
  /** A Model cell's run: ran (with its first page) or skipped with the reason. */
  readonly model?: ModelCellResult;
  readonly error?: AppError;
  /** The run did not start (its input did not read): no audit entry. */
  readonly isNotStarted?: boolean;
}

/** One kind of cell. `C` is its cell; `V` the view that shows it. */
export interface CellKind<C extends Cell = Cell, V extends string = string> {
  readonly type: C['type'];
  /** The fence words it reads (a fence's first word, e.g. `sql`); none: the fallback for any other. */
  readonly fences: readonly string[];
  /** What the UI calls it (for this cell: an unavailable cell says what it will be). */
  label(cell: C): Msg;
  /** Its fence attributes besides `id`, in the order written; `verbatim`: the info string is kept as is. */
  readonly attributes: readonly FenceAttributeSpec[] | 'verbatim';
  /** Its cell, from a block whose attributes were checked against `attributes`. */
  fromBlock(block: CellBlock): C;
  /** The block it writes (`fenced` from `fence-block.ts`, or prose). */
  write(cell: C): string;
  /** Makes a new cell (the UI's "add cell"); absent: the UI cannot add one. */
  readonly create?: (context: NewCellContext) => C;
  /** The fields an edit may change besides the source. */
  readonly fields: readonly CellField[];
  /** The names it defines. */
  defines(cell: C): CellNames;
  /** The names it reads. */
  reads(cell: C): CellReads;
  /** Why it cannot run when it reads names no cell defines (default: unknown parameters). */
  readonly unknownReason?: (cell: C, unknown: readonly string[]) => Msg;
  /** It takes part in run plans ("run all", run buttons, a status); others never run on their own. */
  readonly isRunnable: boolean;
  /** How it runs on a host; absent: it never runs. */
  readonly run?: (cell: C, context: CellRunContext) => Promise<CellRunOutput>;
  /** What its run's audit entry fingerprints (hashed); absent: its runs are not logged. */
  readonly logSummary?: (cell: C, parameters: readonly CellParameter[]) => unknown;
  /** How the name registry words a problem with its result names (SQL view or Rule findings). */
  readonly resultRole?: ResultRole;
  /** What the cell says about itself in its view (an unavailable cell: that it does not run yet). */
  readonly notice?: (cell: C) => Msg;
  /** The custom element that shows it (the tag name: core knows no DOM). */
  readonly view: V;
}

/** Any registered kind, for code that works on every cell. */
export type AnyCellKind = { readonly [T in CellType]: CellKind<CellOf<T>> }[CellType];
