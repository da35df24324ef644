import type { WorldBuilder } from './build-world';
import type { CorpusInstitution, CorpusItem } from './corpus-model';

const CT: CorpusItem = {
  code: '002102000010000',
  hospCode: 'YN9102',
  zh: '胸部CT平扫',
  en: 'Chest CT, plain',
  price: 260,
  chargeType: '03',
  isDrug: false,
};
const MRI: CorpusItem = {
  code: '002103000010000',
  hospCode: 'YN9103',
  zh: '头颅磁共振平扫',
  en: 'Head MRI, plain',
  price: 480,
  chargeType: '03',
  isDrug: false,
};

/**
 * 同类机构指标 planted: `count` hospitals (drawn by the world's seed) order a CT or an MRI on two in three
 * of their visits and stays, with no change to anything else, so their exam, CT and MRI shares stand out
 * from their peers'. Returns the planted institutions' codes.
 */
export function plantPeerIndicators(world: WorldBuilder, count: number): string[] {
  const chosen = pickInstitutions(world, count);
  for (const visit of world.visits) {
    if (!chosen.has(visit.institution) || visit.scene === 'pharmacy' || !world.prng.chance(2 / 3)) continue;
    const item = world.prng.chance(0.6) ? CT : MRI;
    const first = visit.lines[0];
    visit.lines.push({
      id: world.newLineId(),
      item,
      day: visit.begin,
      second: (first?.second ?? 9 * 3600) + 311,
      cnt: 1,
      price: item.price,
      doctor: visit.doctor,
      dept: visit.dept,
    });
  }
  return [...chosen].map((i) => i.code);
}

/** `count` distinct hospitals of the world, drawn by its seed. */
export function pickInstitutions(world: WorldBuilder, count: number): Set<CorpusInstitution> {
  const hospitals = world.institutions.filter((i) => i.level !== undefined);
  const chosen = new Set<CorpusInstitution>();
  while (chosen.size < Math.min(count, hospitals.length)) chosen.add(world.prng.pick(hospitals));
  return chosen;
}
