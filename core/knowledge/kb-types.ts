/**
 * The knowledge tables rules read (../shared/data-model.md, "Knowledge tables"). Every row keeps
 * `source` (e.g. `NHSA 第一批 1.药品区分性别使用.xlsx 行 12`) so a finding can cite its basis.
 */
export const KNOWLEDGE_TABLES = [
  'kb_restriction',
  'kb_exclusive_pair',
  'kb_price_cap',
  'kb_frequency',
] as const;
/** A knowledge table name. */
export type KnowledgeTable = (typeof KNOWLEDGE_TABLES)[number];

/**
 * The kinds of `kb_restriction` row and what `param` holds for each.
 * - `sex`: `1` (male only) or `2` (female only)
 * - `child`: paid only under `param` years (限儿童使用, e.g. `18`); `pediatric`: a pediatric-only item
 *   (儿童专用), under `param` years; `newborn`: within `param` days of birth (e.g. `28`)
 * - `age_min` / `age_max`: at least / at most `param` years
 * - `work_injury` / `maternity`: only under that insurance (param empty)
 * - `med_type`: only in that care setting: `inpatient` | `outpatient` | `pharmacy` (comma list allowed)
 * - `medins_lv`: only at institutions of level ≥ `param` (1/2/3)
 * - `dept`: only billed by departments whose code starts with one of `param` (comma list)
 * - `indication`: only with a diagnosis whose ICD-10 code starts with one of `param` (comma list)
 * - `course_days`: paid for at most `param` days per stay (per person per condition)
 * - `max_qty`: at most `param` units per visit
 * - `second_line`: a second-line drug: needs a prior first-line drug whose code starts with one of
 *   `param` (comma list of code prefixes)
 * - `herbal_single`: a decoction piece not paid when it is the only piece (or all pieces are such)
 * - `herbal_excluded`: a decoction piece never paid (单复方均不予支付)
 * - `surgery_group`: a surgery in discount group `param` (a second surgery through the same incision is
 *   charged at a discount)
 * - `internet_excluded`: not to be prescribed in internet care (麻醉/精神药品)
 * - `total_cap`: at most `param` yuan per stay (超限定报销总额)
 * - `bundle`: `code` is a package item; `param` lists its component codes (comma list): billing all the
 *   components instead of the package is 分解收费
 */
export const RESTRICTION_KINDS = [
  'sex',
  'child',
  'pediatric',
  'newborn',
  'age_min',
  'age_max',
  'work_injury',
  'maternity',
  'med_type',
  'medins_lv',
  'dept',
  'indication',
  'course_days',
  'max_qty',
  'second_line',
  'herbal_single',
  'herbal_excluded',
  'surgery_group',
  'internet_excluded',
  'total_cap',
  'bundle',
] as const;
/** A kind of restriction. */
export type RestrictionKind = (typeof RESTRICTION_KINDS)[number];

/** `kb_restriction(code, kind, param, source)`: a catalogue code's payment restriction. */
export interface RestrictionRow {
  readonly code: string;
  readonly kind: RestrictionKind;
  readonly param: string;
  readonly source: string;
}

/** `kb_exclusive_pair(code_a, code_b, window, source)`: A and B cannot both be charged in the window. */
export interface ExclusivePairRow {
  readonly code_a: string;
  readonly code_b: string;
  /** `visit` (the same settlement) or `day` (the same day of the same settlement). */
  readonly window: 'visit' | 'day';
  readonly source: string;
}

/** `kb_price_cap(code, medins_lv, max_pric, source)`: the highest unit price at a facility level. */
export interface PriceCapRow {
  readonly code: string;
  /** 1/2/3, or empty for every level. */
  readonly medins_lv: string;
  readonly max_pric: number;
  readonly source: string;
}

/** `kb_frequency(code, period, max_cnt, source)`: at most `max_cnt` units per period. */
export interface FrequencyRow {
  readonly code: string;
  /** `day` | `visit` | `week` | `month` | `quarter` | `year`, or `<n>d` (no two within n days). */
  readonly period: string;
  readonly max_cnt: number;
  readonly source: string;
}

/** Column names of each knowledge table, in order. */
export const KNOWLEDGE_COLUMNS: Readonly<Record<KnowledgeTable, readonly string[]>> = {
  kb_restriction: ['code', 'kind', 'param', 'source'],
  kb_exclusive_pair: ['code_a', 'code_b', 'window', 'source'],
  kb_price_cap: ['code', 'medins_lv', 'max_pric', 'source'],
  kb_frequency: ['code', 'period', 'max_cnt', 'source'],
};
