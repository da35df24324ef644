/**
 * The fraud scenarios the generator can plant, by stable id (what `--scenarios` and
 * `GenerateOptions.scenarios` name). Order is the order patterns run in and the catalogue's order.
 */
export const SCENARIO_IDS = [
  'split-admission',
  'phantom-stay',
  'duplicate-charge',
  'over-price',
  'sex-mismatch',
  'child-drug-adult',
  'substitution',
  'trace-code-reuse',
  'fake-hospital-ring',
  'drug-resale',
  'cash-out',
  'doctor-outlier',
  'cross-region',
  'service-after-death',
  'upcoding',
] as const;

/** A planted scenario's id. */
export type ScenarioId = (typeof SCENARIO_IDS)[number];

/** What one answer-key row points at: a whole settlement, one fee line, a person or an institution. */
export type AnswerLevel = 'setl' | 'fee' | 'psn' | 'medins';

/** Whether a string is a scenario id. */
export function isScenarioId(value: string): value is ScenarioId {
  return (SCENARIO_IDS as readonly string[]).includes(value);
}
