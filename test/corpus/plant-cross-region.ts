import type { WorldBuilder } from './build-world';
import type { CorpusVisit } from './corpus-model';
import { pickInstitutions } from './plant-peer-indicators';

/** The care region of the world's institutions, and the region non-local people are insured in. */
export const CARE_REGION = '320500';
const ELSEWHERE = ['340100', '410100', '510100'];

/**
 * Whom the world treats from elsewhere: one person in five (fixed by the person's id), insured in another
 * province. The corpus world has no regions; this gives it some.
 */
export function insuranceRegion(visit: CorpusVisit): string {
  const id = visit.person.id;
  let h = 0;
  for (const c of id) h = (h * 31 + c.charCodeAt(0)) % 1_000_003;
  return h % 5 === 0 ? (ELSEWHERE[h % ELSEWHERE.length] ?? CARE_REGION) : CARE_REGION;
}

/**
 * 异地就医 planted: `count` hospitals (drawn by the world's seed) bill patients insured elsewhere 2.5 times
 * the quantity of every line but the bed and the consultation, on four in five of their visits and stays.
 * Returns the planted institutions' codes.
 */
export function plantCrossRegion(world: WorldBuilder, count: number): string[] {
  const chosen = pickInstitutions(world, count);
  for (const visit of world.visits) {
    if (!chosen.has(visit.institution) || visit.scene === 'pharmacy') continue;
    if (insuranceRegion(visit) === CARE_REGION || !world.prng.chance(0.8)) continue;
    visit.lines.splice(
      0,
      visit.lines.length,
      ...visit.lines.map((l) => (['01', '02'].includes(l.item.chargeType) ? l : { ...l, cnt: l.cnt * 2.5 })),
    );
  }
  return [...chosen].map((i) => i.code);
}
