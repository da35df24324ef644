/**
 * Each planted scenario found by its library rule (or, for 串换, the catalogue's SQL) at the rule's
 * default parameters, on a dataset generated with every scenario at its default rate and loaded into
 * the real engine as the app loads files. Recall = planted items flagged / planted items; precision =
 * flagged items that this scenario planted / flagged items (the rest is the normal data's noise:
 * legitimate readmissions, child drugs bought at pharmacies, two saline lines of one infusion round).
 * Items are settlements for whole-stay scenarios and violating fee lines for the others.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine, type NodeEngine } from '../../../../workers/engine/duckdb-node-engine';
import { nodeRuleEngine } from '../../../../workers/kernel/node-rule-engine';
import { SCENARIO_CATALOG } from '../../../../workers/generator/scenarios/scenario-catalog';
import { SCENARIO_IDS, type ScenarioId } from '../../../../workers/generator/scenarios/scenario-ids';
import { RULE_LIBRARY } from '../../../../workers/rules/rule-library';
import type { FindingsSummary } from '../../../../workers/rules/rule-run-types';
import { dataAvailability } from '../../../../workers/rules/rule-session';
import { runRules } from '../../../../workers/rules/run-rules';
import { generateFiles, loadScenarioDataset } from './scenario-dataset';

interface Score {
  scenario: ScenarioId;
  planted: number;
  found: number;
  flagged: number;
  recall: number;
  precision: number;
}

let engine: NodeEngine;
let summary: FindingsSummary;
const scores = new Map<ScenarioId, Score>();

/** The items a scenario's detector flags: settlement ids, or violating fee line numbers. */
function flaggedSql(id: ScenarioId): string {
  const info = SCENARIO_CATALOG[id];
  if (info.sql !== undefined) return `SELECT DISTINCT feedetl_sn AS k FROM (${info.sql})`;
  const rules = info.rules.map((r) => `'${r}'`).join(', ');
  return info.level === 'setl'
    ? `SELECT DISTINCT setl_id AS k FROM findings WHERE rule_id IN (${rules})`
    : `SELECT DISTINCT feedetl_sn AS k FROM findings_lines WHERE rule_id IN (${rules}) AND vola_item_type = 1`;
}

async function score(id: ScenarioId): Promise<Score> {
  const key = SCENARIO_CATALOG[id].level === 'setl' ? 'setl_id' : 'feedetl_sn';
  const [row] = await engine.rows<{ planted: number; found: number; flagged: number }>(
    `WITH p AS (SELECT DISTINCT ${key} AS k FROM answers WHERE scenario = '${id}'), f AS (${flaggedSql(id)})
     SELECT (SELECT count(*) FROM p)::INTEGER AS planted, (SELECT count(*) FROM p JOIN f USING (k))::INTEGER AS found,
       (SELECT count(*) FROM f)::INTEGER AS flagged`,
  );
  const { planted = 0, found = 0, flagged = 0 } = row ?? {};
  return { scenario: id, planted, found, flagged, recall: found / planted, precision: found / flagged };
}

beforeAll(async () => {
  engine = await createNodeEngine();
  const scenarios = Object.fromEntries(SCENARIO_IDS.map((id) => [id, SCENARIO_CATALOG[id].defaultRate]));
  const files = generateFiles({ seed: 20240101, lines: 100_000, headers: 'code', scenarios });
  const mappings = await loadScenarioDataset(engine, files);
  const ids = new Set(SCENARIO_IDS.flatMap((id) => SCENARIO_CATALOG[id].rules));
  const rules = RULE_LIBRARY.filter((r) => ids.has(r.id));
  summary = await runRules(nodeRuleEngine(engine), rules, await dataAvailability(engine, mappings), {
    name: 'findings',
  });
  for (const id of SCENARIO_IDS) scores.set(id, await score(id));
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);
  console.log(
    [
      'scenario            planted  found  flagged  recall  precision',
      ...[...scores.values()].map(
        (s) =>
          `${s.scenario.padEnd(18)} ${String(s.planted).padStart(8)} ${String(s.found).padStart(6)} ` +
          `${String(s.flagged).padStart(8)} ${pct(s.recall)} ${pct(s.precision).padStart(10)}`,
      ),
    ].join('\n'),
  );
}, 180_000);
afterAll(async () => engine.close());

describe('planted scenarios found by their rules (default rates, default rule parameters)', () => {
  it('runs every detecting rule with the generated data and knowledge', () => {
    const ids = new Set(SCENARIO_IDS.flatMap((id) => SCENARIO_CATALOG[id].rules));
    expect(summary.rules.map((o) => o.ruleId).sort()).toEqual([...ids].sort());
    for (const outcome of summary.rules) expect(outcome.status, outcome.ruleId).toBe('ok');
  });

  it.each(SCENARIO_IDS)('%s: recall ≥ 0.9 over enough planted items', (id) => {
    const s = scores.get(id) as Score;
    expect(s.planted).toBeGreaterThanOrEqual(15);
    expect(s.recall).toBeGreaterThanOrEqual(0.9);
    expect(s.precision).toBeGreaterThan(0);
  });
});
