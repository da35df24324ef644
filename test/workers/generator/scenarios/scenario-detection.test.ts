/**
 * Each planted scenario found by its library rule or, where the catalogue names one, its library model
 * (`workers/models/`, run through `runModel`: flagged = the settlements, fee lines or people its links
 * give for the entities it ranks, i.e. every entity scoring above 0) or its SQL, at default parameters, on a dataset generated with every scenario at its default rate and loaded into
 * the real engine as the app loads files. Recall = planted items flagged / planted items; precision =
 * flagged items that this scenario planted / flagged items; printed too, the precision over flagged
 * items no other scenario planted (against the normal data alone, whose noise is:
 * legitimate readmissions, child drugs bought at pharmacies, two saline lines of one infusion round,
 * cohorts admitted together, bulk insulin buyers, rush hours, specialists, sicker referrals, ordinary
 * deaths, legitimately complicated stays). Items are settlements for whole-visit scenarios and fee lines
 * for the others; scenarios that also name people are scored on people too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine, type NodeEngine } from '../../../../node/engine/duckdb-node-engine';
import { nodeRuleEngine } from '../../../../node/engine/node-rule-engine';
import { SCENARIO_CATALOG } from '../../../../workers/generator/scenarios/scenario-catalog';
import {
  SCENARIO_IDS,
  type AnswerLevel,
  type ScenarioId,
} from '../../../../workers/generator/scenarios/scenario-ids';
import { RULE_LIBRARY } from '../../../../workers/rules/rule-library';
import type { FindingsSummary } from '../../../../core/rules/rule-run-types';
import { dataAvailability } from '../../../../workers/rules/rule-session';
import { runRules } from '../../../../workers/rules/run-rules';
import { findModel } from '../../../../workers/models/model-library';
import { runModel } from '../../../../workers/models/run-model';
import { generateFiles, loadScenarioDataset } from './scenario-dataset';

interface Score {
  scenario: string;
  planted: number;
  found: number;
  flagged: number;
  /** Flagged items that another scenario planted (fraud too, left out of `precision`). */
  otherPlanted: number;
  recall: number;
  /** Planted items found / all flagged items. */
  precision: number;
  /** Planted items found / flagged items that no other scenario planted: precision against normal data alone. */
  normalPrecision: number;
}

let engine: NodeEngine;
let summary: FindingsSummary;
const scores = new Map<string, Score>();
/** What is scored: each scenario at its level, and at the person level when it names people too. */
const SCORED = SCENARIO_IDS.flatMap((id) =>
  SCENARIO_CATALOG[id].alsoPerson === true ? [id, `${id} (psn)`] : [id],
);
const KEY = { setl: 'setl_id', fee: 'feedetl_sn', psn: 'psn_no', medins: 'fixmedins_code' } as const;

/** Whether a scored id (`<scenario>` or `<scenario> (psn)`) is found by a library model. */
function byModel(scored: string): boolean {
  const id = scored.replace(' (psn)', '') as ScenarioId;
  return SCENARIO_CATALOG[id].model !== undefined;
}

/** The output table a library model writes for `modelId` in this test. */
function modelTable(modelId: string): string {
  return `model_${modelId.replaceAll('-', '_')}`;
}

/** The items a scenario's detector flags at a level: settlement ids, fee line numbers or people. */
function flaggedSql(id: ScenarioId, level: AnswerLevel): string {
  const info = SCENARIO_CATALOG[id];
  const key = KEY[level];
  if (info.model !== undefined) {
    const table = modelTable(level === 'psn' ? (info.model.personModel ?? info.model.id) : info.model.id);
    return `SELECT DISTINCT l.${key} AS k FROM ${table}_links l WHERE l.entity_id IN (SELECT entity_id FROM ${table})`;
  }
  if (info.sql !== undefined) return `SELECT DISTINCT ${key} AS k FROM (${info.sql})`;
  const rules = info.rules.map((r) => `'${r}'`).join(', ');
  return level === 'fee'
    ? `SELECT DISTINCT feedetl_sn AS k FROM findings_lines WHERE rule_id IN (${rules}) AND vola_item_type = 1`
    : `SELECT DISTINCT ${key} AS k FROM findings WHERE rule_id IN (${rules})`;
}

/** Items of a level that other scenarios planted: their own answers, and a planted settlement's lines. */
function otherSql(id: ScenarioId, level: AnswerLevel): string {
  const own = `SELECT ${KEY[level]} AS k FROM answers WHERE scenario <> '${id}' AND level = '${level}'`;
  return level === 'fee'
    ? `${own} UNION SELECT f.feedetl_sn FROM fee f JOIN answers a ON a.setl_id = f.setl_id
        AND a.level = 'setl' AND a.scenario <> '${id}'`
    : own;
}

async function score(id: ScenarioId, level: AnswerLevel): Promise<Score> {
  const key = KEY[level];
  const [row] = await engine.rows<{ planted: number; found: number; flagged: number; other: number }>(
    `WITH p AS (SELECT DISTINCT ${key} AS k FROM answers WHERE scenario = '${id}' AND level = '${level}'),
       f AS (${flaggedSql(id, level)}), o AS (SELECT DISTINCT k FROM (${otherSql(id, level)}) ANTI JOIN p USING (k))
     SELECT (SELECT count(*) FROM p)::INTEGER AS planted, (SELECT count(*) FROM p JOIN f USING (k))::INTEGER AS found,
       (SELECT count(*) FROM f)::INTEGER AS flagged, (SELECT count(*) FROM f JOIN o USING (k))::INTEGER AS other`,
  );
  const { planted = 0, found = 0, flagged = 0, other = 0 } = row ?? {};
  const scenario = level === SCENARIO_CATALOG[id].level ? id : `${id} (${level})`;
  return {
    scenario,
    planted,
    found,
    flagged,
    otherPlanted: other,
    recall: found / planted,
    precision: found / flagged,
    normalPrecision: found / (flagged - other),
  };
}

beforeAll(async () => {
  engine = await createNodeEngine();
  const scenarios = Object.fromEntries(SCENARIO_IDS.map((id) => [id, SCENARIO_CATALOG[id].defaultRate]));
  const files = generateFiles({ seed: 20240101, lines: 100_000, headers: 'code', scenarios });
  const mappings = await loadScenarioDataset(engine, files);
  const ids = new Set(SCENARIO_IDS.flatMap((id) => SCENARIO_CATALOG[id].rules));
  const rules = RULE_LIBRARY.filter((r) => ids.has(r.id));
  const data = await dataAvailability(engine, mappings);
  summary = await runRules(nodeRuleEngine(engine), rules, data, { name: 'findings' });
  const models = SCENARIO_IDS.flatMap((id) => {
    const m = SCENARIO_CATALOG[id].model;
    return m === undefined ? [] : [m.id, ...(m.personModel === undefined ? [] : [m.personModel])];
  });
  for (const modelId of models) {
    const model = findModel(modelId);
    if (model === undefined) throw new Error(`no library model ${modelId}`);
    const outcome = await runModel(engine, data, { model, table: modelTable(modelId) });
    if (outcome.status !== 'ran') throw new Error(`${modelId} skipped: ${outcome.reason.en}`);
  }
  for (const id of SCENARIO_IDS) {
    scores.set(id, await score(id, SCENARIO_CATALOG[id].level));
    if (SCENARIO_CATALOG[id].alsoPerson === true) scores.set(`${id} (psn)`, await score(id, 'psn'));
  }
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);
  console.log(
    [
      'scenario                       planted  found  flagged  other  recall  precision  vs normal',
      ...[...scores.values()].map(
        (s) =>
          `${s.scenario.padEnd(29)} ${String(s.planted).padStart(8)} ${String(s.found).padStart(6)} ` +
          `${String(s.flagged).padStart(8)} ${String(s.otherPlanted).padStart(6)} ${pct(s.recall)} ` +
          `${pct(s.precision).padStart(10)} ${pct(s.normalPrecision).padStart(10)}`,
      ),
    ].join('\n'),
  );
}, 300_000);
afterAll(async () => engine.close());

describe('planted scenarios found by their rules (default rates, default rule parameters)', () => {
  it('runs every detecting rule with the generated data and knowledge', () => {
    const ids = new Set(SCENARIO_IDS.flatMap((id) => SCENARIO_CATALOG[id].rules));
    expect(summary.rules.map((o) => o.ruleId).sort()).toEqual([...ids].sort());
    for (const outcome of summary.rules) expect(outcome.status, outcome.ruleId).toBe('ok');
  });

  it.each(SCORED.filter((id) => !byModel(id)))('%s: recall ≥ 0.9 over enough planted items', (id) => {
    const s = scores.get(id) as Score;
    expect(s.planted).toBeGreaterThanOrEqual(15);
    expect(s.recall).toBeGreaterThanOrEqual(0.9);
    expect(s.precision).toBeGreaterThan(0);
  });

  // A library model flags what its domain defaults score above 0 (not thresholds tuned to these plants):
  // it must still find most planted items, and what it flags must be nearly all planted (measured at
  // 100,000 lines: ring 99% / 98% recall, resale 57% / 59%, cash-out 83%, doctor outliers 78%, all with
  // ≥ 92% precision against normal data; the misses are plants too faint for the defaults, e.g. a doctor
  // with one or two prescriptions of the drug, whom the model does not judge).
  it.each(SCORED.filter((id) => byModel(id)))('%s (library model): recall ≥ 0.5, precision ≥ 0.9', (id) => {
    const s = scores.get(id) as Score;
    expect(s.planted).toBeGreaterThanOrEqual(15);
    expect(s.recall).toBeGreaterThanOrEqual(0.5);
    expect(s.normalPrecision).toBeGreaterThanOrEqual(0.9);
  });
});
