/**
 * Flags from the rule kernel's findings tables, built by the real findings builder from hand-made hits:
 * R1 flags fee line F1 of S3 (with related lines F9 of S3 and F8 of S8), R2 flags the whole settlements S1 and S2,
 * R3 flags F3 of S4 and F5 of S7 in one finding (so the findings row names only S4).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine, type NodeEngine } from '../../../node/engine/duckdb-node-engine';
import { buildFindingsSql, HITS_TABLE, META_TABLE, RUN_TABLES } from '../../../workers/rules/findings-build';
import { RULE_MACROS } from '../../../workers/rules/rule-macros';
import type { ScoreLevel } from '../../../workers/workshop/score-level';
import { scoreFlags } from '../../../workers/workshop/score-flags';
import type { WorkshopScore } from '../../../workers/workshop/workshop-score';
import { createAnswers } from './workshop-fixture';

let engine: NodeEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
  await createAnswers(engine);
  for (const stmt of [...RULE_MACROS, ...RUN_TABLES]) await engine.exec(stmt);
  await engine.exec(`INSERT INTO ${META_TABLE} VALUES
    ('R1', '串换', 'Swap', '1', 'x', 'y', 'y'), ('R2', '分解住院', 'Split', '1', 'x', 'y', 'y'),
    ('R3', '串换', 'Swap', '1', 'x', 'y', 'y')`);
  // rule_id, finding_key, psn_no, mdtrt_id, setl_id, fixmedins_code, dr_code, feedetl_sn, vola_item_type, amount
  await engine.exec(`INSERT INTO ${HITS_TABLE} VALUES
    ('R1', 'k1', 'P2', 'M3', 'S3', 'H2', NULL, 'F1', 1, 50, NULL, NULL),
    ('R1', 'k1', 'P2', 'M3', 'S3', 'H2', NULL, 'F9', 2, 10, NULL, NULL),
    ('R1', 'k1', 'P2', 'M8', 'S8', 'H2', NULL, 'F8', 2, 10, NULL, NULL),
    ('R2', 'k2', 'P1', 'M1', 'S1', 'H1', NULL, NULL, 1, 1000, NULL, NULL),
    ('R2', 'k3', 'P1', 'M2', 'S2', 'H1', NULL, NULL, 1, 800, NULL, NULL),
    ('R3', 'k4', 'P3', 'M4', 'S4', 'H2', NULL, 'F3', 1, 20, NULL, NULL),
    ('R3', 'k4', 'P3', 'M7', 'S7', 'H2', NULL, 'F5', 1, 5, NULL, NULL)`);
  for (const stmt of buildFindingsSql('findings')) await engine.exec(stmt);
});
afterAll(async () => engine.close());

async function score(level: ScoreLevel): Promise<WorkshopScore> {
  const result = await scoreFlags(engine, { answers: 'answers', flags: 'findings', level });
  if (!result.ok) throw new Error(result.error.message.en);
  expect(result.value.source).toBe('findings');
  return result.value;
}

describe('scoreFlags over findings', () => {
  it('reads violating fee lines from findings_lines, not related ones', async () => {
    const s = await score('fee');
    expect(s.overall).toEqual({ flagged: 3, truePositives: 2, precision: 2 / 3, planted: 3, recall: 2 / 3 });
    expect(s.byScenario.find((x) => x.scenario === 'swap')).toMatchObject({ found: 2, amountFound: 70 });
  });

  it('flags the settlements of findings and of their violating lines', async () => {
    const s = await score('setl');
    // S1, S2, S3, S4 planted; S7 (only on a line of R3's finding) is a false positive; S8 (only on a
    // related line) is not flagged.
    expect(s.overall).toEqual({ flagged: 5, truePositives: 4, precision: 0.8, planted: 4, recall: 1 });
  });

  it('reads people and institutions from the findings rows', async () => {
    const people = await score('psn');
    expect(people.overall).toMatchObject({ flagged: 3, truePositives: 3, precision: 1, recall: 0.6 });
    const places = await score('medins');
    expect(places.overall).toMatchObject({ flagged: 2, truePositives: 2, planted: 4, recall: 0.5 });
    expect(places.byScenario.find((x) => x.scenario === 'ring')).toMatchObject({ found: 0, recall: 0 });
  });
});
