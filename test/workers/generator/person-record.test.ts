import { describe, expect, it } from 'vitest';
import { PersonRecordBuilder, type PersonRecord } from '../../../workers/generator/person-record';
import type { Condition } from '../../../workers/generator/conditions';
import type { Pattern } from '../../../workers/generator/patterns/pattern';
import { createWorld } from '../../../workers/generator/world';

const PNEUMONIA: Condition = {
  codg: 'J18.900',
  name: '肺炎',
  dept: 'respiratory',
  setting: 'inpatient',
  weight: 1,
  drugs: ['ceftriaxone'],
  los: 5,
};
const world = createWorld({ seed: 11, lines: 20000, headers: 'code' });
const lineKey = (l: { item: { code: string }; time: number; cnt: number }) =>
  `${l.item.code}@${l.time}x${l.cnt}`;
const records = (patterns?: readonly Pattern[]) => {
  const builder = new PersonRecordBuilder(world, patterns);
  return Array.from({ length: 400 }, (_, i) => builder.build(i));
};

describe('PersonRecordBuilder', () => {
  const plain = records([]);
  const normal = records();

  it('keeps ordinary care unchanged when patterns are added', () => {
    let changed = 0;
    for (let i = 0; i < plain.length; i += 1) {
      const base = plain[i] as PersonRecord;
      const withPatterns = new Map(
        (normal[i] as PersonRecord).settlements.map((s) => [s.visit.key, s.visit]),
      );
      for (const s of base.settlements) {
        const other = withPatterns.get(s.visit.key);
        // A readmission planted by a pattern may displace a short visit; everything else must survive.
        if (!other) {
          expect(s.visit.medType).not.toBe('21');
          changed += 1;
          continue;
        }
        expect([other.begin, other.end, other.inst.code, other.doctor]).toEqual([
          s.visit.begin,
          s.visit.end,
          s.visit.inst.code,
          s.visit.doctor,
        ]);
        const extra = other.lines.map(lineKey);
        for (const line of s.visit.lines) {
          const at = extra.indexOf(lineKey(line));
          expect(at).toBeGreaterThanOrEqual(0);
          extra.splice(at, 1);
        }
        if (extra.length > 0) changed += 1;
      }
    }
    const added = normal.reduce(
      (n, r, i) => n + r.settlements.length - (plain[i] as PersonRecord).settlements.length,
      0,
    );
    expect(changed + added).toBeGreaterThan(0);
  });

  it('lets a scenario pattern plan visits with its own stream', () => {
    const everyoneToHospital: Pattern = {
      id: 99,
      name: 'test: one extra stay',
      adjustPlan({ person, planner, world: w }, rng) {
        planner.planStay(PNEUMONIA, person.homeHospital, rng.int(0, w.days - 30), rng);
      },
    };
    const withScenario = records([everyoneToHospital]);
    const stays = (rs: PersonRecord[]) =>
      rs.reduce((n, r) => n + r.settlements.filter((s) => s.visit.medType === '21').length, 0);
    expect(stays(withScenario)).toBeGreaterThan(stays(plain) + 100);
  });
});
