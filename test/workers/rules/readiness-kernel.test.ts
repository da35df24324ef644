import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine, type NodeEngine } from '../../../node/engine/duckdb-node-engine';
import { nodeRuleEngine } from '../../../node/engine/node-rule-engine';
import type { TableMapping } from '../../../core/mapping/mapping-types';
import { Jobs } from '../../../workers/kernel/jobs';
import { createRuleService } from '../../../workers/kernel/rule-service';
import { needKey } from '../../../workers/rules/readiness';
import { RULE_LIBRARY } from '../../../workers/rules/rule-library';
import { feeLine, settlementRow } from '../../fixtures';
import { loadFixture } from './rule-harness';

let engine: NodeEngine;
let mappings: TableMapping[] = [];
const service = () =>
  createRuleService({
    engine: async () => nodeRuleEngine(engine),
    jobs: new Jobs(),
    mappings: () => mappings,
    isCellView: () => false,
  });

beforeAll(async () => {
  engine = await createNodeEngine();
});

afterAll(async () => {
  await engine.close();
});

/** Loads rows on the real engine and records a mapping naming exactly the fields they carry. */
async function load(fixture: Parameters<typeof loadFixture>[1]): Promise<void> {
  const data = await loadFixture(engine, fixture);
  mappings = [...data.fields].map(([target, fields]) => ({
    source: `raw_${target}`,
    target,
    columns: Object.fromEntries([...fields].map((f) => [f, `col_${f}`])),
  }));
}

describe('the kernel readiness call', () => {
  it('on keys and amounts only: most rules skipped, the needs ranked by what they unlock', async () => {
    await load({
      setl: [{ setl_id: 'S1', medfee_sumamt: 10 }],
      fee: [{ feedetl_sn: 'F1', setl_id: 'S1', det_item_fee_sumamt: 10 }],
    });
    const readiness = await service().readiness();
    expect(readiness.rules).toHaveLength(RULE_LIBRARY.length);
    expect(readiness.skipped).toBeGreaterThan(readiness.ready);
    const order = readiness.needs.map((n) => [n.unlocks, n.blocks] as const);
    const sorted = [...order].sort((a, b) => b[0] - a[0] || b[1] - a[1]);
    expect(order).toEqual(sorted);
    expect(readiness.needs[0]?.blocks).toBeGreaterThan(1);
    // No knowledge loaded: some rule waits on a knowledge table.
    expect(readiness.needs.some((n) => n.need.kind === 'knowledge')).toBe(true);
    expect(readiness.needs.some((n) => needKey(n.need) === 'table:psn')).toBe(true);
  });

  it('more data and knowledge make more rules ready', async () => {
    await load({
      setl: [{ setl_id: 'S1', medfee_sumamt: 10 }],
      fee: [{ feedetl_sn: 'F1', setl_id: 'S1', det_item_fee_sumamt: 10 }],
    });
    const before = await service().readiness();
    await load({
      setl: [
        settlementRow({
          setl_id: 'S1',
          psn_no: 'P1',
          med_type: '21',
          begndate: '2024-01-01',
          enddate: '2024-01-03',
          medfee_sumamt: 10,
          dise_codg: 'I10',
        }),
      ],
      fee: [
        feeLine({
          feedetl_sn: 'F1',
          setl_id: 'S1',
          hilist_code: 'X1',
          pric: 10,
          fee_ocur_time: '2024-01-01 08:00:00',
        }),
      ],
      psn: [{ psn_no: 'P1', gend: '1', brdy: '1950-01-01' }],
      kb: { kb_restriction: [{ code: 'X1', kind: 'sex', param: '2', source: 'test' }] },
    });
    const after = await service().readiness();
    expect(after.ready).toBeGreaterThan(before.ready);
    expect(after.ready + after.skipped).toBe(RULE_LIBRARY.length);
    expect(after.needs.some((n) => needKey(n.need) === 'table:psn')).toBe(false);
  });
});
