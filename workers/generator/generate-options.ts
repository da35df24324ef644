import type { ScenarioId } from './scenarios/scenario-ids';

/** How to generate a synthetic dataset. */
export interface GenerateOptions {
  /** Any integer: the same seed always gives the same bytes. */
  readonly seed: number;
  /** Target number of fee lines; people, settlements and institutions scale with it. */
  readonly lines: number;
  /** `code`: national field names, ISO dates, plain amounts. `zh`: Chinese headers and labels, messier dates and amounts. */
  readonly headers: 'code' | 'zh';
  /** First day of the year covered, `YYYY-MM-DD` (default `2024-01-01`). */
  readonly startDate?: string;
  /**
   * Fraud scenarios to plant, each with its rate (0 … 1, see the scenario catalogue for what it is a
   * rate of). None, or only zero rates, plants nothing and leaves the output byte for byte unchanged;
   * any positive rate adds the `kb_price_cap` and `answers` tables and a fee `trace_code` column.
   */
  readonly scenarios?: Readonly<Partial<Record<ScenarioId, number>>>;
}

/** The default first day of the generated year. */
export const DEFAULT_START_DATE = '2024-01-01';
