/** A cell's id, unique within its notebook (e.g. `c3`); written in the file as `{id=c3}`. */
export type CellId = string & { readonly __brand: 'CellId' };

/** Brands a string as a cell id (the caller has checked it: see `isValidCellId`). */
export function cellId(id: string): CellId {
  return id as CellId;
}

/** Whether `id` is a valid cell id: a letter, then up to 63 letters, digits, `_` or `-`. */
export function isValidCellId(id: string): boolean {
  return /^[A-Za-z][\w-]{0,63}$/.test(id);
}

/** Whether `name` can name a view or a parameter: a SQL identifier that needs no quoting. */
export function isValidName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(name);
}

/** The kinds of parameter input. */
export const PARAMETER_KINDS = ['date-range', 'number', 'text', 'choice'] as const;
/** A kind of parameter input. */
export type ParameterKind = (typeof PARAMETER_KINDS)[number];

/** An inclusive date range, dates as `YYYY-MM-DD`. */
export interface DateRange {
  readonly start: string;
  readonly end: string;
}

/** A parameter's kind and value together, so the value always fits the kind. */
export type ParameterSpec =
  | { readonly kind: 'date-range'; readonly value: DateRange }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'choice'; readonly value: string; readonly choices: readonly string[] };

interface CellBase {
  readonly id: CellId;
  /** The text inside the fence, verbatim (lines joined by `\n`). */
  readonly source: string;
}

/**
 * Prose. `isFenced` is false for Markdown written outside any fence in the file: it is kept as-is and
 * written back unfenced, so hand-written files round-trip.
 */
export interface MarkdownCell extends CellBase {
  readonly type: 'markdown';
  readonly isFenced: boolean;
}

/** A SQL query whose result becomes a view other cells query by `name`. */
export interface SqlCell extends CellBase {
  readonly type: 'sql';
  readonly name: string;
}

/**
 * Runs a pack of rules; its findings become the table `name` (and their fee lines `<name>_lines`) that
 * other cells query. The source holds its settings as YAML (pack, exclusions, parameter values:
 * see `rule-settings.ts`).
 */
export interface RuleCell extends CellBase {
  readonly type: 'rule';
  readonly name: string;
}

/**
 * A rule written in the notebook: YAML metadata, a `---` line, then one SQL query over the canonical
 * tables (see `custom-rule-text.ts`). `rule` is its id; Rule cells run it with the library's rules.
 */
export interface CustomRuleCell extends CellBase {
  readonly type: 'custom-rule';
  readonly rule: string;
}

/** Plots the result of the cell named `from`; the source holds the chart's settings as text. */
export interface ChartCell extends CellBase {
  readonly type: 'chart';
  readonly from: string;
}

/**
 * A named input that SQL cells reference as `${name}` (or `${name.start}` / `${name.end}` for a date
 * range). Its kind and value live in the front matter's `parameters`; the source is its label text.
 */
export interface ParameterCell extends CellBase {
  readonly type: 'parameter';
  readonly name: string;
  readonly spec: ParameterSpec;
}

/**
 * Runs a model of the library (`model`, its id) over the canonical tables; its ranked, explained entities
 * become the table `name` (and `<name>_links`, plus the extra tables the model writes) that other cells
 * query. The source holds the parameter values that differ from the model's defaults, as YAML.
 */
export interface ModelCell extends CellBase {
  readonly type: 'model';
  readonly name: string;
  /** The library model's id, e.g. `fake-admission-ring`. */
  readonly model: string;
}

/**
 * A cell of a type a later version runs (`evidence`): shown as "not available in this version",
 * never run, and kept verbatim (fence info string and text) so the notebook round-trips byte for byte.
 */
export interface UnavailableCell extends CellBase {
  readonly type: 'unavailable';
  /** The fence's first word: what the cell will be. */
  readonly fence: 'evidence';
  /** The fence's info string as written (e.g. `evidence {id=e1 from=findings}`). */
  readonly info: string;
}

/** A cell of a type this version does not know: kept verbatim so the notebook opens and round-trips. */
export interface UnknownCell extends CellBase {
  readonly type: 'unknown';
  /** The fence's info string as written (e.g. `map {id=c9 zoom=3}`). */
  readonly info: string;
}

/** One cell of a notebook. */
export type Cell =
  | MarkdownCell
  | SqlCell
  | RuleCell
  | CustomRuleCell
  | ChartCell
  | ParameterCell
  | ModelCell
  | UnavailableCell
  | UnknownCell;

/** A cell's type: which kind (`core/cells/cell-kinds.ts`) reads, writes, runs and shows it. */
export type CellType = Cell['type'];

/** The cell of type `T`. */
export type CellOf<T extends CellType> = Extract<Cell, { readonly type: T }>;

/**
 * The name a cell publishes for other cells to reference (SQL views, parameters, a Rule cell's findings
 * table), if any: by the format's convention, a cell's `name` attribute is the name it publishes (the
 * tables it makes are its kind's `defines`).
 */
export function publishedName(cell: Cell): string | undefined {
  return 'name' in cell ? cell.name : undefined;
}

/** The suffix of the table holding a Rule cell's findings' fee lines (`findings` → `findings_lines`). */
export const RULE_LINES_SUFFIX = '_lines';

/** The suffix of the table linking a Model cell's entities to their settlements (`ring` → `ring_links`). */
export const MODEL_LINKS_SUFFIX = '_links';
