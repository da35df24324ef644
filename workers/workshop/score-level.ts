/**
 * The levels a participant can flag at, finest first: a fee line, a settlement, a person, an institution.
 * The order is the answer key's itemisation order (a fee line lies inside a settlement, which lies inside
 * a person's and an institution's records).
 */
export const SCORE_LEVELS = ['fee', 'setl', 'psn', 'medins'] as const;

/** A level of the answer key and of a participant's flags: 费用明细 / 结算 / 人员 / 机构. */
export type ScoreLevel = (typeof SCORE_LEVELS)[number];

/** The key column that names an item at each level, as in the national platform's tables. */
export const LEVEL_KEYS = {
  fee: 'feedetl_sn',
  setl: 'setl_id',
  psn: 'psn_no',
  medins: 'fixmedins_code',
} as const satisfies Record<ScoreLevel, string>;

/** A key column: `feedetl_sn`, `setl_id`, `psn_no` or `fixmedins_code`. */
export type KeyColumn = (typeof LEVEL_KEYS)[ScoreLevel];

/** The columns an answers table must have (any column type; keys are compared as trimmed text). */
export const ANSWER_COLUMNS = [
  'scenario',
  'level',
  'setl_id',
  'feedetl_sn',
  'psn_no',
  'fixmedins_code',
  'amount',
] as const;

/** The level's names for people: Chinese and English. */
export const LEVEL_LABELS = {
  fee: { zh: '费用明细', en: 'fee line' },
  setl: { zh: '结算', en: 'settlement' },
  psn: { zh: '人员', en: 'person' },
  medins: { zh: '机构', en: 'institution' },
} as const satisfies Record<ScoreLevel, { zh: string; en: string }>;

/** Whether `value` names a level. */
export function isScoreLevel(value: unknown): value is ScoreLevel {
  return (SCORE_LEVELS as readonly unknown[]).includes(value);
}
