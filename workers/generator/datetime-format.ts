import { DAY, civilFromDays } from './civil-date';

/** Two-digit strings 00…99, for fast zero padding. */
export const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, i) =>
  String(i).padStart(2, '0'),
);

/** How dates and timestamps are written: the national platform's style, or messier spreadsheet styles. */
export type DateStyle = 'iso' | 'slash' | 'compact';

/**
 * Formats day numbers and second timestamps (see civil-date.ts), caching each day's text because a fee
 * table writes the same few hundred days millions of times.
 * - `iso`: `2024-03-01`, `2024-03-01 09:05:07` (national platform style)
 * - `slash`: `2024/3/1`, `2024/3/1 9:05:07` (what Excel shows for a Chinese locale)
 * - `compact`: `20240301`, `20240301 09:05:07`
 */
export class DateFormatter {
  private readonly days = new Map<number, string>();

  constructor(readonly style: DateStyle) {}

  /** The date part of a day number. */
  day(dayNumber: number): string {
    let text = this.days.get(dayNumber);
    if (text === undefined) {
      const { y, m, d } = civilFromDays(dayNumber);
      const year = String(y).padStart(4, '0');
      if (this.style === 'iso') text = `${year}-${TWO_DIGITS[m]}-${TWO_DIGITS[d]}`;
      else if (this.style === 'slash') text = `${year}/${m}/${d}`;
      else text = `${year}${TWO_DIGITS[m]}${TWO_DIGITS[d]}`;
      this.days.set(dayNumber, text);
    }
    return text;
  }

  /** A timestamp (seconds since 1970-01-01, civil time) with its time of day. */
  timestamp(seconds: number): string {
    const dayNumber = Math.floor(seconds / DAY);
    const s = seconds - dayNumber * DAY;
    const h = Math.floor(s / 3600);
    const min = Math.floor((s - h * 3600) / 60);
    const sec = s - h * 3600 - min * 60;
    const hour = this.style === 'slash' ? String(h) : TWO_DIGITS[h];
    return `${this.day(dayNumber)} ${hour}:${TWO_DIGITS[min]}:${TWO_DIGITS[sec]}`;
  }
}
