/**
 * A model of the library: NHSA's big-data models (虚假住院, 倒卖, 套现, 重点药品, 异地就医, 高套编码, 同类机构指标)
 * and the auditor's analytics (Benford, duplicates, gaps, strata, summaries), declared in host-neutral
 * terms. A model scores entities over the mapped canonical tables (`setl`, `fee`, `psn`, `medins`, `dise`,
 * `death`) and `kb_*` knowledge, whatever extract they came from; the runner (`workers/models/run-model.ts`)
 * checks its needs and parameters, runs its SQL and writes the ranked, explained output table.
 */
import type { RuleNeeds } from '../rules/rule-types';
import type { Msg } from '../shared/msg';

/** A model's id (kebab-case, e.g. `fake-admission-ring`). */
export type ModelId = string & { readonly __brand: 'ModelId' };

/** Brands a string as a model id. */
export function modelId(id: string): ModelId {
  return id as ModelId;
}

/** Whether `id` can be a model id: lower-case words joined by `-`, at most 48 characters. */
export function isValidModelId(id: string): boolean {
  return /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(id) && id.length <= 48;
}

/**
 * What a model scores. The first five name a canonical key an auditor drills into (`ENTITY_KEY`);
 * `group` is anything else an analytic ranks: an amount band, a summary key, a gap in a sequence, a set of
 * duplicate lines, a digit test's overall result.
 */
export const MODEL_ENTITIES = ['person', 'institution', 'doctor', 'settlement', 'drug', 'group'] as const;
/** An entity type of `MODEL_ENTITIES`. */
export type ModelEntity = (typeof MODEL_ENTITIES)[number];

/** The canonical field an entity's id is a value of (`group`: none). */
export const ENTITY_KEY: Readonly<Record<Exclude<ModelEntity, 'group'>, string>> = {
  person: 'psn_no',
  institution: 'fixmedins_code',
  doctor: 'bilg_dr_code',
  settlement: 'setl_id',
  drug: 'hilist_code',
};

/** Which part of the library a model belongs to. */
export type ModelFamily = 'nhsa-bigdata' | 'analytics';

/**
 * A parameter the user may set in the Model cell's YAML body. Values are checked (kind, bounds, choices)
 * before the model's SQL is built, so `build` only ever sees finite numbers within bounds and one of the
 * listed choices: numbers are written into the SQL as literals, choices select SQL the model wrote itself.
 * There is no free-text parameter.
 */
export interface ModelParameterDef {
  readonly name: string;
  readonly label: Msg;
  readonly kind: 'integer' | 'number' | 'choice';
  readonly default: number | string;
  /** Inclusive bounds (numbers). */
  readonly min?: number;
  readonly max?: number;
  /** The allowed values (choice), e.g. `first`, `first-two`, `second`, `last-two`. */
  readonly choices?: readonly string[];
  readonly unit?: Msg;
  /** Why the default is what it is: its source (NHSA case, literature) or reasoning. */
  readonly reason: Msg;
}

/** A checked parameter value. */
export type ModelParameterValue = number | string;

/** How an indicator's values read (the UI and the CLI format them with `core/format/number-format.ts`). */
export type IndicatorFormat = 'count' | 'money' | 'share' | 'number' | 'days' | 'text';

/** One indicator: a column of the output table, next to `score`. */
export interface ModelIndicator {
  /** Its column name: a lower-case SQL identifier. */
  readonly name: string;
  readonly label: Msg;
  readonly format: IndicatorFormat;
  /** What it measures and why it points at the behaviour. */
  readonly description: Msg;
}

/** The default chart a Model cell draws beside its table (declarative; the view knows how to draw each). */
export type ModelChart =
  /** Bars of `score` per entity (top N). */
  | { readonly kind: 'score-bars' }
  /** Expected vs observed share per digit, with the MAD band (from the `<name>_digits` table). */
  | { readonly kind: 'digit-bars' }
  /** A dot per entity on `indicator` against its peers, the top-ranked highlighted. */
  | { readonly kind: 'peer-dots'; readonly indicator: string }
  /** People × admission dates of the top groups (from the `<name>_links` table: entity, psn_no, date). */
  | { readonly kind: 'people-dates' };

/** The SQL a model runs with checked parameter values. */
export interface ModelQuery {
  /**
   * One SELECT over the canonical and `kb_*` tables returning one row per scored entity with the columns
   * `entity_type`, `entity_id` (VARCHAR), `score` (DOUBLE; higher = more suspicious; NULL never), every
   * indicator of the model by name, `explain_zh` and `explain_en` (the indicators that drove the score,
   * in words, e.g. `同一批 11 人 5 次同日入院…`). Rows with `score` ≤ 0 are not suspicious and are dropped
   * by the runner unless the model keeps them (`keepAll`). The runner adds `rank` (1 = most suspicious;
   * ties broken by `entity_id`).
   */
  readonly sql: string;
  /**
   * Optional: one SELECT returning `entity_id`, `setl_id` (and for the `people-dates` chart, `psn_no`
   * and `begndate`) linking each scored entity to the settlements behind it: the drill-down and the
   * evidence read it. Written to `<output>_links`.
   */
  readonly links?: string;
  /** Optional: extra named tables (e.g. Benford's `digits`: digit, expected, observed, z), `<output>_<suffix>`. */
  readonly extras?: readonly { readonly suffix: string; readonly sql: string }[];
}

/** Per loaded canonical table (by name), its fields that hold at least one value. */
export type ModelAvailableFields = ReadonlyMap<string, ReadonlySet<string>>;

/** A model of the library. */
export interface ModelDefinition {
  readonly id: ModelId;
  readonly family: ModelFamily;
  readonly name: Msg;
  /** What it finds and how, for the cell's header and `claimlens models`. */
  readonly description: Msg;
  readonly entity: ModelEntity;
  /** Canonical fields and knowledge it reads; the runner skips it with the reason when they are missing. */
  readonly needs: RuleNeeds;
  /**
   * Optional: what it reads with these checked parameter values, when that depends on them (a summary
   * by a chosen key over a chosen table); the runner checks these instead of `needs`, which then states
   * the needs with the defaults.
   */
  needsFor?(parameters: Readonly<Record<string, ModelParameterValue>>): RuleNeeds;
  readonly parameters: readonly ModelParameterDef[];
  readonly indicators: readonly ModelIndicator[];
  /** The published basis: NHSA model description, audit standard or literature. */
  readonly basis: Msg;
  readonly chart: ModelChart;
  /** Keep rows scoring ≤ 0 (analytics that describe every group, e.g. strata and summaries). */
  readonly keepAll?: boolean;
  /**
   * Its SQL for checked parameter values (every parameter present, by name). `available` (when given)
   * holds, per loaded canonical table, the fields with a value: a model reads an optional field (one it
   * can do without, e.g. `medins.open_beds`) only when it is there, and otherwise treats the indicator
   * as unavailable.
   */
  build(
    parameters: Readonly<Record<string, ModelParameterValue>>,
    available?: ModelAvailableFields,
  ): ModelQuery;
}

/** Declares a library model (the object literal is checked against `ModelDefinition`). */
export function defineModel(model: Omit<ModelDefinition, 'id'> & { readonly id: string }): ModelDefinition {
  return { ...model, id: modelId(model.id) };
}

/** The columns every output table starts with, in this order; indicators follow, then the explanations. */
export const MODEL_OUTPUT_COLUMNS = ['entity_type', 'entity_id', 'score', 'rank'] as const;
