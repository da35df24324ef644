/** Calendar days as integers (days since 1970-01-01, UTC) and the spellings extracts write them in. */

const MS_PER_DAY = 86_400_000;

/** The day number of a calendar date. */
export const dayOf = (year: number, month: number, day: number): number =>
  Date.UTC(year, month - 1, day) / MS_PER_DAY;

/** Year, month and day of a day number. */
export function partsOf(day: number): { readonly y: number; readonly m: number; readonly d: number } {
  const date = new Date(day * MS_PER_DAY);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `2024-03-01`. */
export function isoDay(day: number): string {
  const { y, m, d } = partsOf(day);
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** `2024-03-01 09:05:07` for a day and a second of that day. */
export function isoTime(day: number, second: number): string {
  return `${isoDay(day)} ${clock(second)}`;
}

/** `09:05:07` for a second of the day. */
export function clock(second: number): string {
  return `${pad(Math.floor(second / 3600))}:${pad(Math.floor(second / 60) % 60)}:${pad(second % 60)}`;
}

/** The ways a Chinese bureau export spells one date, chosen per row. */
export const CHINESE_DATE_SPELLINGS = ['iso', 'slash', 'compact', 'chinese'] as const;
/** One of CHINESE_DATE_SPELLINGS. */
export type ChineseDateSpelling = (typeof CHINESE_DATE_SPELLINGS)[number];

/** A day as `2024-03-01`, `2024/3/1`, `20240301` or `2024年3月1日`. */
export function spellDay(day: number, spelling: ChineseDateSpelling): string {
  const { y, m, d } = partsOf(day);
  switch (spelling) {
    case 'iso':
      return isoDay(day);
    case 'slash':
      return `${y}/${m}/${d}`;
    case 'compact':
      return `${y}${pad(m)}${pad(d)}`;
    case 'chinese':
      return `${y}年${m}月${d}日`;
  }
}

/** A JavaScript Date (UTC) for a day and a second of it, as a spreadsheet cell holds it. */
export const dateOf = (day: number, second = 0): Date => new Date(day * MS_PER_DAY + second * 1000);
