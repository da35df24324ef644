import { makeVisit, type WorldBuilder } from './build-world';
import type { CorpusLine, CorpusVisit } from './corpus-model';

/** One planted duplicate: the copied line's id and the visit it was put in. */
export interface PlantedDuplicate {
  readonly line: string;
  readonly visit: string;
}

/**
 * Plants `count` duplicate charges shaped unlike the workshop generator's (which copies a line inside its
 * own settlement at the same second): a person's outpatient or inpatient line is billed again, at the same
 * unit price and quantity but hours later, in a second settlement opened the same day at the same
 * institution. Each case uses a different person.
 */
export function plantDuplicates(world: WorldBuilder, count: number): PlantedDuplicate[] {
  const planted: PlantedDuplicate[] = [];
  const used = new Set<string>();
  const candidates = world.visits.filter((v) => v.scene !== 'pharmacy' && v.lines.length > 0);
  while (planted.length < count && used.size < candidates.length) {
    const visit = world.prng.pick(candidates);
    if (used.has(visit.person.id)) continue;
    used.add(visit.person.id);
    const original = world.prng.pick(visit.lines);
    const again: CorpusVisit = makeVisit(world, visit.person, 'outpatient', original.day, {
      institution: visit.institution,
    });
    again.lines.length = 0;
    const copy: CorpusLine = {
      ...original,
      id: world.newLineId(),
      second: Math.min(original.second + 3 * 3600 + world.prng.int(0, 3600), 86_399),
    };
    again.lines.push(copy);
    world.visits.push(again);
    planted.push({ line: copy.id, visit: again.id });
  }
  return planted;
}
