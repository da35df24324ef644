import { hashParts } from '../prng';
import type { Condition } from '../conditions';
import type { Pattern } from './pattern';

/** CHS-DRG major diagnostic category (MDC) letter by the first letter of the ICD-10 code. */
const MDC: Readonly<Record<string, string>> = {
  J: 'E',
  I: 'F',
  K: 'G',
  E: 'K',
  M: 'I',
  S: 'I',
  O: 'O',
  Z: 'R',
};
/** Chance of a major (MCC) and of an ordinary (CC) complication by hospital level (sicker case mix higher up). */
const SEVERITY: readonly (readonly [number, number])[] = [
  [0, 0],
  [0.04, 0.12],
  [0.07, 0.18],
  [0.1, 0.22],
];

/** The ADRG (three characters) of a diagnosis: MDC, surgical C or medical R, and a digit fixed by the code. */
export function adrgOf(condition: Condition): string {
  const digit =
    1 +
    (hashParts(
      condition.codg.charCodeAt(0),
      condition.codg.length,
      ...[...condition.codg].map((c) => c.charCodeAt(0)),
    ) %
      9);
  return `${MDC[condition.codg[0] ?? ''] ?? 'X'}${condition.procedure ? 'C' : 'R'}${digit}`;
}

/** The severity digit of a DRG code: 1 with a major complication (MCC), 3 with a complication (CC), 5 without. */
export type Severity = '1' | '3' | '5';

/**
 * Gives every stay a CHS-DRG group (written only when scenarios are on): the ADRG of its diagnosis and a
 * severity digit drawn at the hospital level's complication rates. Runs after every scenario that plants
 * stays and before `upcoding`.
 */
export const drgCodes: Pattern = {
  id: 98,
  name: 'DRG groups of stays',
  adjustLines({ visits }, rng) {
    for (const visit of visits) {
      if (visit.medType !== '21' || visit.condition === null) continue;
      const [mcc, cc] = SEVERITY[visit.inst.level] ?? [0, 0];
      const r = rng.float();
      const severity: Severity = r < mcc ? '1' : r < mcc + cc ? '3' : '5';
      visit.drg = `${adrgOf(visit.condition)}${severity}`;
    }
  },
};
