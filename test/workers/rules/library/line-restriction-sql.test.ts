import { describe, expect, it } from 'vitest';
import { RESTRICTION_KINDS, type RestrictionKind } from '../../../../core/knowledge/kb-types';
import { drugChildOnly } from '../../../../workers/rules/library/drug-child-only';
import { LINE_RESTRICTION_CHECKS } from '../../../../workers/rules/library/line-restriction-checks';
import { lineRestrictionNeeds } from '../../../../workers/rules/library/line-restriction-sql';
import { LINE_RESTRICTION_RULES } from '../../../../workers/rules/library/list-line-restriction';
import { isValidRuleId } from '../../../../core/rules/rule-types';
import { runRules } from '../../../../workers/rules/run-rules';
import { loadFixture, ruleEngine, runRule, testEngine, type Fixture } from '../rule-harness';
import {
  CONSUMABLE,
  DRUG,
  SERVICE,
  feeLine,
  person,
  restriction,
  settlement,
} from './line-restriction-fixture';

const ALIAS_TABLE = { f: 'fee', p: 'psn', s: 'setl' } as const;

describe('line-restriction rules', () => {
  it('have unique valid ids and declare every canonical field their SQL reads', () => {
    const ids = LINE_RESTRICTION_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of LINE_RESTRICTION_RULES) {
      expect(isValidRuleId(rule.id)).toBe(true);
      for (const [, alias, field] of rule.sql.matchAll(/\b([fps])\.([a-z_]+)\b/g)) {
        const table = ALIAS_TABLE[alias as keyof typeof ALIAS_TABLE];
        expect(rule.needs.fields[table], `${rule.id} reads ${table}.${field}`).toContain(field);
      }
    }
  });

  it('check only restriction kinds the knowledge schema defines', () => {
    for (const kind of Object.keys(LINE_RESTRICTION_CHECKS)) expect(RESTRICTION_KINDS).toContain(kind);
  });

  it('merge the needs of several kinds', () => {
    const needs = lineRestrictionNeeds(['age_min', 'sex', 'medins_lv']);
    expect(needs.fields.psn).toEqual(['psn_no', 'brdy', 'gend']);
    expect(needs.fields.setl).toEqual(['setl_id', 'medins_lv']);
    expect(needs.fields.fee).toContain('fee_ocur_time');
    expect(needs.knowledge?.map((k) => k.kind)).toEqual(['age_min', 'sex', 'medins_lv']);
  });

  it('all run on one data set with every kind, each flagging its own line', async () => {
    const fixture: Fixture = {
      fee: [
        feeLine('F1', 'A', DRUG, '2024-03-01'),
        feeLine('F2', 'A', SERVICE, '2024-03-01', { bilg_dept_code: '0401' }),
        feeLine('F3', 'A', CONSUMABLE, '2024-03-01'),
      ],
      setl: [settlement('A', { medins_lv: '1', med_type: '11', insutype: '390' })],
      psn: [person('A', '1970-01-01', '1')],
      kb: {
        kb_restriction: [
          ...(['child', 'pediatric', 'newborn', 'work_injury', 'maternity'] as const).map((k) =>
            restriction(DRUG, k, ''),
          ),
          ...(
            [
              ['sex', '2'],
              ['medins_lv', '2'],
              ['med_type', 'inpatient'],
            ] as const
          ).map(([k, p]) => restriction(DRUG, k, p)),
          ...(['child', 'pediatric', 'newborn'] as const).map((k) => restriction(SERVICE, k, '')),
          ...(
            [
              ['sex', '2'],
              ['medins_lv', '3'],
              ['med_type', 'inpatient'],
              ['dept', '03'],
              ['age_max', '50'],
              ['age_min', '0'],
            ] satisfies [RestrictionKind, string][]
          ).map(([k, p]) => restriction(SERVICE, k, p)),
          restriction(CONSUMABLE, 'child', '18'),
        ],
      },
    };
    const engine = await testEngine();
    const summary = await runRules(
      ruleEngine(engine),
      LINE_RESTRICTION_RULES,
      await loadFixture(engine, fixture),
      {
        name: 'findings',
      },
    );
    for (const outcome of summary.rules)
      expect([outcome.ruleId, outcome.status]).toEqual([outcome.ruleId, 'ok']);
    const hits = await engine.rows<{ rule_id: string; feedetl_sn: string }>(
      `SELECT f.rule_id, l.feedetl_sn FROM findings f JOIN findings_lines l USING (finding_id) ORDER BY 1`,
    );
    const expected: Record<string, string> = {
      GZ10000101001000: 'F1',
      GZ10000101002000: 'F1',
      GZ10000101006000: 'F1',
      GZ10000101007000: 'F1',
      GZ10000101012000: 'F1',
      GZ10000102005000: 'F2',
      GZ10000102006000: 'F2',
      GZ10000102008000: 'F2',
      GZ10000102009000: 'F2',
      GZ10000102011000: 'F2',
      GZ10000103002000: 'F3',
      GZ10000301002000: 'F1',
      GZ10000301004000: 'F1',
      GZ10000302003000: 'F2',
      GZ10000302004000: 'F2',
      'NHSA2025-13': 'F1',
      'NHSA2025-29': 'F2',
    };
    expect(Object.fromEntries(hits.map((h) => [h.rule_id, h.feedetl_sn]))).toEqual(expected);
    expect(hits).toHaveLength(LINE_RESTRICTION_RULES.length);
    expect(summary.amountAtRisk).toBe(90);
  });

  it('group lines of one code in one settlement, and let the most lenient of several knowledge rows win', async () => {
    const run = await runRule(drugChildOnly, {
      fee: [
        feeLine('F1', 'A', DRUG, '2024-03-01'),
        feeLine('F2', 'A', DRUG, '2024-03-02', { det_item_fee_sumamt: 12.5 }),
        feeLine('F3', 'B', DRUG, '2024-03-01'),
      ],
      psn: [person('A', '2008-01-01'), person('B', '2011-01-01')],
      kb: {
        kb_restriction: [
          restriction(DRUG, 'child', '12'),
          restriction(DRUG, 'child', '14'),
          restriction(DRUG, 'child', '14'),
        ],
      },
    });
    expect(run.findings.map((f) => [f.setl_id, f.vola_amt])).toEqual([['SA', 42.5]]);
    expect(run.lines.map((l) => [l.feedetl_sn, l.vola_item_type, l.amount])).toEqual([
      ['F1', 1, 30],
      ['F2', 1, 12.5],
    ]);
  });
});
