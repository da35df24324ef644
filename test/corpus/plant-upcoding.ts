import type { WorldBuilder } from './build-world';
import type { CorpusVisit } from './corpus-model';
import { pickInstitutions } from './plant-peer-indicators';

/** A stable number 0…9999 of a visit id. */
function hashOf(id: string): number {
  let h = 7;
  for (const c of id) h = (h * 131 + c.charCodeAt(0)) % 1_000_003;
  return h % 10_000;
}

/**
 * CHS-DRG groups for the corpus world's stays (it has none): the core group (ADRG) from the diagnosis'
 * category, and a complication level fixed by the stay's id — 6% with a major complication (1), 15% with one
 * (3), the rest without (5). Outpatient visits and pharmacy purchases are not grouped.
 */
export function drgOf(visit: CorpusVisit, recoded: ReadonlySet<string> = new Set()): string | null {
  if (visit.scene !== 'inpatient') return null;
  const adrg = `${visit.diagnosis.code[0] ?? 'X'}R${visit.diagnosis.code.charCodeAt(2) % 9}`;
  const h = hashOf(visit.id);
  const level = recoded.has(visit.id) ? (h % 2 === 0 ? '1' : '3') : h < 600 ? '1' : h < 2100 ? '3' : '5';
  return `${adrg}${level}`;
}

/**
 * 高套编码 planted: `count` hospitals (drawn by the world's seed) code three in five of their stays without
 * complications as with one (the fees stay as they were). Returns the planted institutions' codes and the
 * recoded stays, for `drgOf`.
 */
export function plantUpcoding(world: WorldBuilder, count: number): { codes: string[]; recoded: Set<string> } {
  const chosen = pickInstitutions(world, count);
  const recoded = new Set<string>();
  for (const visit of world.visits) {
    if (!chosen.has(visit.institution) || drgOf(visit)?.endsWith('5') !== true) continue;
    if (world.prng.chance(0.6)) recoded.add(visit.id);
  }
  return { codes: [...chosen].map((i) => i.code), recoded };
}
