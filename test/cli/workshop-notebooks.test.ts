/**
 * The workshop's teaching notebooks, run end to end by the CLI on a generated dataset with every
 * scenario planted at its default rate: each runs cleanly, and what it teaches finds the planted items —
 * its Rule cell's findings and the participant's starting `my_flags` both hit the answer key.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCsv, generatedTables, type GenerateOptions } from '../../workers/generator/generate-dataset';
import { SCENARIO_CATALOG } from '../../workers/generator/scenarios/scenario-catalog';
import { SCENARIO_IDS, type ScenarioId } from '../../workers/generator/scenarios/scenario-ids';
import { parseNotebook } from '../../core/notebook/parse-notebook';
import { parseRuleSettings } from '../../core/notebook/rule-settings';
import { quoteLiteral } from '../../workers/engine/sql-quote';
import { parseCsvObjects } from '../workers/generator/csv-parse';
import { NOTEBOOKS_DIR } from '../core/notebook/notebook-files';
import { runInProcess, tempDir } from './cli-fixtures';

const OPTIONS: GenerateOptions = {
  seed: 20261123,
  lines: 60_000,
  headers: 'code',
  scenarios: Object.fromEntries(SCENARIO_IDS.map((id) => [id, SCENARIO_CATALOG[id].defaultRate])),
};

/** The scenarios that must have a teaching notebook: every one. */
const TAUGHT: readonly ScenarioId[] = SCENARIO_IDS;

/** The scenarios with a teaching notebook `workshop-<id>.claimlens.md` (each is run below). */
const WITH_NOTEBOOK = SCENARIO_IDS.filter((id) => existsSync(path.join(NOTEBOOKS_DIR, notebookFile(id))));

/** A query on the answer key: the notebooks must not read it (the app reveals the answers). */
const ANSWERS_TABLE = /\b(from|join)\s+answers\b/i;

/** Least share of a scenario's planted settlements the shipped starting `my_flags` must find. */
const MIN_RECALL = 0.5;

let dir: string;
let data: string[];
/** Planted settlement ids per scenario, from the answer key. */
const planted = new Map<ScenarioId, Set<string>>();

beforeAll(async () => {
  dir = await tempDir('workshop');
  data = [];
  for (const table of generatedTables(OPTIONS)) {
    const file = path.join(dir, `${table}.csv`);
    await writeFile(file, [...generateCsv(table, OPTIONS)].join(''));
    if (table !== 'answers') data.push(file);
  }
  for (const row of parseCsvObjects(await readFile(path.join(dir, 'answers.csv'), 'utf8'))) {
    const id = row['scenario'] as ScenarioId;
    if (!planted.has(id)) planted.set(id, new Set());
    planted.get(id)!.add(row['setl_id']!);
  }
}, 120_000);

interface CellSummary {
  readonly name?: string;
  readonly type: string;
  readonly status: string;
  readonly rows?: number;
  readonly files?: { readonly findings: string };
}

/**
 * Runs `file` with a check cell appended: the settlements of `my_flags` that are in `targets`. Returns
 * the exit code, stderr, the cells' reports and the output folder.
 */
async function runWithCheck(file: string, targets: ReadonlySet<string>) {
  const text = await readFile(path.join(NOTEBOOKS_DIR, file), 'utf8');
  const ids = [...targets].map((id) => quoteLiteral(id)).join(', ');
  const check = `\n\`\`\`sql {id=zz-check name=zz_planted_flags}\nSELECT DISTINCT setl_id FROM my_flags WHERE CAST(setl_id AS VARCHAR) IN (${ids})\n\`\`\`\n`;
  const notebook = path.join(dir, file);
  await writeFile(notebook, text + check);
  const out = path.join(dir, `out-${file}`);
  const run = await runInProcess(['run', notebook, '--data', ...data, '--out', out, '--quiet']);
  const summary = JSON.parse(await readFile(path.join(out, 'summary.json'), 'utf8')) as {
    cells: CellSummary[];
  };
  const cell = (name: string) => summary.cells.find((c) => c.name === name);
  return { run, out, cell, cells: summary.cells, text };
}

/** A scenario's teaching notebook file name. */
function notebookFile(scenario: ScenarioId): string {
  return `workshop-${scenario}.claimlens.md`;
}

/** The settlement ids of a Rule cell's findings CSV. */
async function findingSettlements(out: string, report: CellSummary): Promise<Set<string>> {
  const csv = (await readFile(path.join(out, report.files!.findings), 'utf8')).replace(/^\uFEFF/, '');
  return new Set(parseCsvObjects(csv).map((r) => r['setl_id']!));
}

describe('workshop notebooks on a dataset with every scenario planted', () => {
  it('the dataset plants every scenario, and each taught one has a notebook', () => {
    expect([...planted.keys()].sort()).toEqual([...SCENARIO_IDS].sort());
    expect(WITH_NOTEBOOK).toEqual(expect.arrayContaining([...TAUGHT]));
  });

  it.each(WITH_NOTEBOOK)(
    'workshop-%s runs end to end and finds what was planted',
    async (scenario) => {
      const targets = planted.get(scenario)!;
      const { run, out, cell, cells, text } = await runWithCheck(notebookFile(scenario), targets);
      expect(run.stderr).not.toMatch(/错误|Error:/);
      expect(run.code).toBe(0);
      expect(text).not.toMatch(ANSWERS_TABLE);
      expect(cells.filter((c) => c.status === 'failed' || c.status === 'blocked')).toEqual([]);

      // The Rule cell (a custom pack of the scenario's rules) flags planted settlements.
      const rules = cells.filter((c) => c.type === 'rule');
      expect(rules).toHaveLength(1);
      const flagged = await findingSettlements(out, rules[0]!);
      const hits = [...targets].filter((id) => flagged.has(id));
      expect(hits.length, 'rule findings on planted settlements').toBeGreaterThan(0);

      // The exercise's starting my_flags already finds most planted settlements.
      expect(cell('my_flags')?.status).toBe('done');
      const found = cell('zz_planted_flags')?.rows ?? 0;
      expect(found).toBeGreaterThan(0);
      expect(found / targets.size).toBeGreaterThanOrEqual(MIN_RECALL);
    },
    120_000,
  );

  it('workshop-introduction runs end to end; its Rule cell and example my_flags hit the scenarios', async () => {
    const all = new Set([...planted.values()].flatMap((s) => [...s]));
    const { run, out, cell, cells, text } = await runWithCheck('workshop-introduction.claimlens.md', all);
    expect(run.stderr).not.toMatch(/错误|Error:/);
    expect(run.code).toBe(0);
    expect(text).toMatch(/`my_flags`[^\n]*`setl_id`/);
    expect(text).not.toMatch(ANSWERS_TABLE);
    expect(cells.filter((c) => c.status === 'failed' || c.status === 'blocked')).toEqual([]);
    expect(parseNotebook(text).notebook.cells.some((c) => c.type === 'sql' && c.name === 'my_flags')).toBe(
      true,
    );
    // Every scenario found by a rule of the Rule cell's pack has a planted settlement among its findings.
    const ruleCell = parseNotebook(text).notebook.cells.find((c) => c.type === 'rule')!;
    const pack = parseRuleSettings(ruleCell.source);
    const ids = pack.ok && pack.value.pack.kind === 'custom' ? pack.value.pack.rules : [];
    expect(ids.length).toBeGreaterThan(0);
    const covered = SCENARIO_IDS.filter((id) => SCENARIO_CATALOG[id].rules.some((r) => ids.includes(r)));
    // Scenarios no library rule finds (`rules: []`: substitution, rings, cash-out …) cannot be covered by
    // the pack; their own notebooks carry a custom rule instead.
    const withLibraryRule = TAUGHT.filter((id) => SCENARIO_CATALOG[id].rules.length > 0);
    expect(covered).toEqual(expect.arrayContaining(withLibraryRule));
    const flagged = await findingSettlements(
      out,
      cells.find((c) => c.type === 'rule')!,
    );
    for (const scenario of covered) {
      const hits = [...planted.get(scenario)!].filter((id) => flagged.has(id));
      expect([scenario, hits.length > 0]).toEqual([scenario, true]);
    }
    expect(cell('zz_planted_flags')?.rows ?? 0).toBeGreaterThan(0);
  }, 120_000);
});
