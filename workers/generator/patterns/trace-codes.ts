import { invariant } from '../../../core/shared/invariant';
import { scrambled12 } from '../id-scramble';
import { hashParts } from '../prng';
import type { FeeLine } from '../visit';
import type { Pattern } from './pattern';

const productCodes = new Map<string, string>();

/** Three digits standing for the drug product in its codes (stable per catalogue code). */
function productCode(code: string): string {
  let digits = productCodes.get(code);
  if (digits === undefined) {
    digits = String(hashParts(...Array.from(code, (c) => c.charCodeAt(0))) % 1000).padStart(3, '0');
    productCodes.set(code, digits);
  }
  return digits;
}

/**
 * A 16-digit package serial: a keyed permutation of the purchase, keyed by the package slot too, then
 * the slot (line × 100 + package) permuted over 0 … 9999. Distinct slots end differently and one slot's
 * purchases map one to one, so distinct (purchase, slot) pairs never share a serial.
 */
function serial(purchase: number, slot: number, key: number): string {
  const tail = String((slot * 7919) % 10_000).padStart(4, '0');
  return scrambled12(purchase, hashParts(key, slot)) + tail;
}

/**
 * 药品追溯码 on the drug lines (目录类别 101) of pharmacy purchases, one 20-digit code per package
 * (`8` + product + 16-digit serial), `;`-separated. No two packages ever share a code unless a
 * scenario copies one. Runs only when scenarios are on (the `trace_code` column exists only then),
 * after every pattern that adds pharmacy lines and before `trace-code-reuse`.
 */
export const traceCodes: Pattern = {
  id: 100,
  name: 'trace codes on pharmacy drug lines',
  adjustLines({ world, person, visits }) {
    const key = hashParts(world.seed, 15);
    for (const visit of visits) {
      if (visit.medType !== '41') continue;
      invariant(visit.key < 1000 && visit.lines.length <= 100, `too many visits or lines for trace codes`);
      const purchase = person.index * 1000 + visit.key;
      visit.lines = visit.lines.map((line, pos): FeeLine => {
        if (line.item.listType !== '101' || line.trace !== undefined) return line;
        invariant(line.cnt < 100, `too many packages for trace codes: ${line.cnt}`);
        const product = `8${productCode(line.item.code)}`;
        const codes = Array.from(
          { length: line.cnt },
          (_, k) => product + serial(purchase, pos * 100 + k, key),
        );
        return { ...line, trace: codes.join(';') };
      });
    }
  },
};
