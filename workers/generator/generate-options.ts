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
}

/** The default first day of the generated year. */
export const DEFAULT_START_DATE = '2024-01-01';
