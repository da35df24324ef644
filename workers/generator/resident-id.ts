import { TWO_DIGITS } from './datetime-format';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK = '10X98765432';

/** The GB 11643 check character (ISO 7064 MOD 11-2) of the first 17 digits of a resident identity number. */
export function idCheckDigit(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17.charCodeAt(i) - 48) * (WEIGHTS[i] as number);
  return CHECK[sum % 11] as string;
}

/** How many sequence codes each sex has per address and birth date (001…997 odd, 002…998 even). */
export const SERIALS = 499;

/**
 * An 18-character resident identity number (居民身份证号): six-digit address code, birth date
 * YYYYMMDD, a three-digit sequence whose parity is the sex (odd male, even female), and the check
 * character. `serial` (0 … SERIALS − 1) picks the sequence within that parity.
 */
export function residentIdNumber(
  address: string,
  y: number,
  m: number,
  d: number,
  gend: 1 | 2,
  serial: number,
): string {
  const sequence = String(serial * 2 + (gend === 1 ? 1 : 2)).padStart(3, '0');
  const first17 = `${address}${y}${TWO_DIGITS[m]}${TWO_DIGITS[d]}${sequence}`;
  return first17 + idCheckDigit(first17);
}
