import { invariant } from '../../core/shared/invariant';

/**
 * Calendar arithmetic on day numbers (days since 1970-01-01 in the proleptic Gregorian calendar), in
 * integers only: no Date, so no time zone and no locale can change the output. Times are seconds since
 * 1970-01-01 00:00:00 read as local civil time.
 * Algorithms: Howard Hinnant, "chrono-compatible low-level date algorithms".
 */

/** Seconds in a day. */
export const DAY = 86_400;

/** A calendar date. */
export interface CivilDate {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

/** The day number of a calendar date. */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The calendar date of a day number. */
export function civilFromDays(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** Parses `YYYY-MM-DD` into a day number; throws on anything else (a developer error). */
export function parseIsoDay(text: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  invariant(match, `bad date: ${text}`);
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const day = daysFromCivil(y, m, d);
  const back = civilFromDays(day);
  invariant(back.m === m && back.d === d, `bad date: ${text}`);
  return day;
}

/** Whole years between a birth day and a later day (the age on that day). */
export function ageOn(birthDay: number, day: number): number {
  const b = civilFromDays(birthDay);
  const t = civilFromDays(day);
  const hadBirthday = t.m > b.m || (t.m === b.m && t.d >= b.d);
  return t.y - b.y - (hadBirthday ? 0 : 1);
}
