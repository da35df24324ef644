import type { WorldBuilder } from './build-world';
import type { CorpusInstitution } from './corpus-model';

/** Round and repeated amounts a made-up bill tends to carry (yuan). */
const MADE_UP = [500, 800, 1000, 1200, 2000, 3000, 480, 480, 480, 360] as const;

/**
 * Makes up amounts at one institution: each of its lines, with probability `share`, is rebilled as one
 * unit at a round or repeated price (¥500, ¥1,000, ¥480 again and again…), the way fabricated bills
 * look. Returns the number of lines changed.
 */
export function plantBenford(world: WorldBuilder, institution: CorpusInstitution, share: number): number {
  let changed = 0;
  for (const visit of world.visits) {
    if (visit.institution.code !== institution.code) continue;
    visit.lines.forEach((line, i) => {
      if (!world.prng.chance(share)) return;
      visit.lines[i] = { ...line, cnt: 1, price: world.prng.pick(MADE_UP) };
      changed++;
    });
  }
  return changed;
}
