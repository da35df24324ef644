import { TWO_DIGITS } from './datetime-format';

/**
 * Writes an amount held as integer cents (分) with exactly two decimals, e.g. 123456 → `1234.56`, or with
 * thousands separators → `1,234.56`. Integer arithmetic only, so no float or locale can change a digit.
 */
export function formatCents(cents: number, thousands = false): string {
  const negative = cents < 0;
  const abs = negative ? -cents : cents;
  const yuan = Math.floor(abs / 100);
  const fen = abs - yuan * 100;
  const whole = thousands ? groupThousands(yuan) : String(yuan);
  return `${negative ? '-' : ''}${whole}.${TWO_DIGITS[fen]}`;
}

function groupThousands(value: number): string {
  const digits = String(value);
  if (digits.length <= 3) return digits;
  let out = '';
  const head = digits.length % 3;
  if (head > 0) out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += (out ? ',' : '') + digits.slice(i, i + 3);
  return out;
}

/** Rounds a non-negative amount in cents times a factor to whole cents (half up). */
export function scaleCents(cents: number, factor: number): number {
  return Math.floor(cents * factor + 0.5);
}
