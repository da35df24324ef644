import { describe, expect, it } from 'vitest';
import type { KnowledgeTable } from '../../../core/knowledge/kb-types';
import type { CanonicalTable } from '../../../core/mapping/mapping-types';
import { defineRule, type RuleDefinition, type RuleNeeds } from '../../../core/rules/rule-types';
import { msg } from '../../../core/shared/msg';
import { needKey, readinessOf, ruleLacks } from '../../../workers/rules/readiness';
import { missingNeeds, type DataAvailability } from '../../../workers/rules/rule-availability';
import { RULE_LIBRARY } from '../../../workers/rules/rule-library';

/** A rule that only declares what it needs (its SQL is never run here). */
function rule(id: string, needs: RuleNeeds): RuleDefinition {
  const base = RULE_LIBRARY[0] as RuleDefinition;
  return defineRule({ ...base, id, name: msg(`规则${id}`, `Rule ${id}`), needs });
}

function availability(
  fields: Partial<Record<CanonicalTable, readonly string[]>>,
  knowledge: Partial<Record<KnowledgeTable, number>> = {},
  kinds: readonly string[] = [],
): DataAvailability {
  return {
    fields: new Map(Object.entries(fields).map(([t, f]) => [t as CanonicalTable, new Set(f)])),
    knowledge: new Map(Object.entries(knowledge) as [KnowledgeTable, number][]),
    restrictionKinds: new Set(kinds),
  };
}

const RULES = [
  rule('A', { fields: { setl: ['setl_id', 'medfee_sumamt'] } }),
  rule('B', { fields: { setl: ['setl_id', 'psn_no'], psn: ['psn_no', 'gend'] } }),
  rule('C', { fields: { fee: ['feedetl_sn', 'hilist_code'] } }),
  rule('D', { fields: { fee: ['feedetl_sn', 'hilist_code', 'cnt'] } }),
  rule('E', {
    fields: { fee: ['feedetl_sn', 'hilist_code'] },
    knowledge: [
      { table: 'kb_restriction', kind: 'age_min' },
      { table: 'kb_restriction', kind: 'age_max' },
    ],
  }),
  rule('F', { fields: { fee: ['feedetl_sn', 'hilist_name'] }, knowledge: [{ table: 'kb_price_cap' }] }),
  rule('G', { fields: { setl: ['setl_id', 'psn_no'] } }),
];

// Keys and amounts only: setl and fee loaded, no psn table, no knowledge.
const MINIMAL = availability({
  setl: ['setl_id', 'medfee_sumamt'],
  fee: ['feedetl_sn', 'setl_id', 'det_item_fee_sumamt'],
});

describe('readiness', () => {
  it('lists every lack of a rule, not only the first, and none exactly when the run would not skip it', () => {
    const b = RULES[1] as RuleDefinition;
    expect(ruleLacks(b, MINIMAL).map(needKey)).toEqual(['field:setl.psn_no', 'table:psn']);
    const e = RULES[4] as RuleDefinition;
    expect(ruleLacks(e, MINIMAL).map(needKey)).toEqual([
      'field:fee.hilist_code',
      'knowledge:kb_restriction:age_min,age_max',
    ]);
    // Descriptive fields (hilist_name) never make a rule skip.
    expect(ruleLacks(RULES[5] as RuleDefinition, MINIMAL).map(needKey)).toEqual(['knowledge:kb_price_cap']);
    for (const data of [MINIMAL, availability({})]) {
      for (const r of [...RULES, ...RULE_LIBRARY])
        expect(ruleLacks(r, data).length === 0, r.id).toBe(missingNeeds(r, data) === undefined);
    }
  });

  it('counts what each need alone unlocks and what it blocks, sorted by unlocks', () => {
    const readiness = readinessOf(RULES, MINIMAL);
    expect([readiness.ready, readiness.skipped]).toEqual([1, 6]);
    expect(readiness.rules.find((r) => r.ruleId === 'A')).toMatchObject({ status: 'ready', lacks: [] });
    const b = readiness.rules.find((r) => r.ruleId === 'B');
    expect(b?.status).toBe('skipped');
    // The reason is the run's own words (the first lack).
    expect(b?.reason).toEqual(missingNeeds(RULES[1] as RuleDefinition, MINIMAL));
    expect(readiness.needs.map((n) => [needKey(n.need), n.unlocks, n.blocks, n.ruleIds.join(' ')])).toEqual([
      // hilist_code alone unlocks C; D also lacks cnt, E also lacks the age restrictions.
      ['field:fee.hilist_code', 1, 3, 'C D E'],
      ['field:setl.psn_no', 1, 2, 'B G'],
      ['knowledge:kb_price_cap', 1, 1, 'F'],
      ['field:fee.cnt', 0, 1, 'D'],
      ['knowledge:kb_restriction:age_min,age_max', 0, 1, 'E'],
      ['table:psn', 0, 1, 'B'],
    ]);
    expect(readiness.needs[0]?.label).toEqual(
      msg('fee.hilist_code（医保目录编码）', 'fee.hilist_code (Catalogue code)'),
    );
  });

  it('reads restriction kinds: any one of the kinds a rule checks makes it ready', () => {
    const data = availability({ fee: ['feedetl_sn', 'hilist_code'] }, { kb_restriction: 3 }, [
      'age_max',
      'sex',
    ]);
    const readiness = readinessOf([RULES[4] as RuleDefinition], data);
    expect(readiness.ready).toBe(1);
    const none = readinessOf(
      [RULES[4] as RuleDefinition],
      availability({ fee: ['feedetl_sn', 'hilist_code'] }, { kb_restriction: 3 }, ['sex']),
    );
    expect(none.needs.map((n) => [needKey(n.need), n.unlocks])).toEqual([
      ['knowledge:kb_restriction:age_min,age_max', 1],
    ]);
    expect(none.needs[0]?.label.en).toBe('"age_min" or "age_max" restrictions in kb_restriction');
  });

  it('over the whole library on keys and amounts only, names fields of the model and sorts by unlocks', () => {
    const readiness = readinessOf(RULE_LIBRARY, MINIMAL);
    expect(readiness.ready + readiness.skipped).toBe(RULE_LIBRARY.length);
    expect(readiness.skipped).toBeGreaterThan(0);
    const unlocks = readiness.needs.map((n) => n.unlocks);
    expect(unlocks).toEqual([...unlocks].sort((a, b) => b - a));
    const skippedIds = new Set(readiness.rules.filter((r) => r.status === 'skipped').map((r) => r.ruleId));
    for (const need of readiness.needs) {
      expect(need.blocks).toBe(need.ruleIds.length);
      expect(need.unlocks).toBeLessThanOrEqual(need.blocks);
      for (const id of need.ruleIds) expect(skippedIds.has(id)).toBe(true);
    }
    // Every skipped rule is blocked by at least one listed need.
    const blocked = new Set(readiness.needs.flatMap((n) => n.ruleIds));
    expect([...skippedIds].every((id) => blocked.has(id))).toBe(true);
  });
});
