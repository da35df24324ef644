import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  GENERATED_TABLES,
  generateCsv,
  generatedTables,
  type GenerateOptions,
  type GeneratedTable,
} from '../../../../workers/generator/generate-dataset';
import { parseScenarioRates } from '../../../../workers/generator/scenarios/parse-scenarios';
import { SCENARIO_CATALOG } from '../../../../workers/generator/scenarios/scenario-catalog';
import { SCENARIO_IDS } from '../../../../workers/generator/scenarios/scenario-ids';
import { COLUMNS, DRG_COLUMNS, TRACE_COLUMN } from '../../../../workers/generator/table-columns';
import { parseCsv, parseCsvObjects } from '../csv-parse';

const text = (table: GeneratedTable, options: GenerateOptions) => [...generateCsv(table, options)].join('');
const hash = (options: GenerateOptions) => {
  const h = createHash('sha256');
  for (const table of generatedTables(options))
    for (const chunk of generateCsv(table, options)) h.update(chunk);
  return h.digest('hex');
};
const small: GenerateOptions = { seed: 7, lines: 6000, headers: 'code' };
const every = Object.fromEntries(SCENARIO_IDS.map((id) => [id, 0.2]));
const planted: GenerateOptions = { ...small, lines: 20_000, scenarios: every };

/**
 * sha256 of all five tables of `small` (code and zh headers): the normal generator's output, which
 * turning scenarios on must not disturb. Recorded before scenarios existed; recorded again when an
 * infusion stopped billing a second saline line for a saline drug (a generator quirk, not fraud).
 */
const BEFORE_SCENARIOS = {
  code: '8e97170e942c1df8ba04bd8d428200f1e00100e323c506430887fd1435303662',
  zh: 'ba255efd0c494a2932fec16e5fd4dc317e6307003040acfd99d012c0e7147236',
};

describe('generator with scenarios off', () => {
  it('writes byte for byte the normal output it recorded', () => {
    expect(hash(small)).toBe(BEFORE_SCENARIOS.code);
    expect(hash({ ...small, headers: 'zh' })).toBe(BEFORE_SCENARIOS.zh);
  });

  it('treats an empty scenario set and zero rates as off', () => {
    const base = hash(small);
    expect(hash({ ...small, scenarios: {} })).toBe(base);
    expect(hash({ ...small, scenarios: { 'split-admission': 0, 'trace-code-reuse': 0 } })).toBe(base);
    expect(generatedTables({ ...small, scenarios: { 'phantom-stay': 0 } })).toEqual(GENERATED_TABLES);
    expect(parseCsv(text('answers', small))).toHaveLength(1);
  });
});

describe('generator with scenarios on', () => {
  it('is deterministic: same seed and scenarios, same bytes; another seed, other bytes', () => {
    expect(hash(planted)).toBe(hash(planted));
    expect(text('answers', { ...planted, seed: 8 })).not.toBe(text('answers', planted));
    expect(text('fee', { ...planted, seed: 8 })).not.toBe(text('fee', planted));
  });

  it('adds kb_price_cap, death, answers, trace_code and DRG columns, every record as wide as its header', () => {
    expect(generatedTables(planted)).toEqual([...GENERATED_TABLES, 'kb_price_cap', 'death', 'answers']);
    for (const headers of ['code', 'zh'] as const) {
      for (const table of generatedTables(planted)) {
        const rows = parseCsv(text(table, { ...planted, headers }));
        const width =
          COLUMNS[table].length + (table === 'fee' ? 1 : table === 'setl' ? DRG_COLUMNS.length : 0);
        expect(rows.length, table).toBeGreaterThan(1);
        for (const row of rows) expect(row).toHaveLength(width);
      }
    }
    expect(text('fee', planted).split('\n')[0]?.endsWith(`,${TRACE_COLUMN[0]}`)).toBe(true);
    expect(text('setl', planted).split('\n')[0]?.endsWith(',drg_code,cc_flag')).toBe(true);
  });

  it('leaves the people, institutions and restrictions as they are', () => {
    for (const table of ['psn', 'medins', 'kb_restriction'] as const)
      expect(text(table, planted), table).toBe(text(table, { ...planted, scenarios: {} }));
  });

  it('plants every scenario, and only the ones asked for', () => {
    const all = parseCsvObjects(text('answers', planted));
    expect(new Set(all.map((r) => r.scenario))).toEqual(new Set(SCENARIO_IDS));
    for (const r of all) {
      const info = SCENARIO_CATALOG[r.scenario as 'substitution'];
      expect([info.level, ...(info.alsoPerson === true ? ['psn'] : [])]).toContain(r.level);
    }
    const two = parseCsvObjects(
      text('answers', { ...planted, scenarios: { 'over-price': 0.2, 'phantom-stay': 0.2 } }),
    );
    expect(new Set(two.map((r) => r.scenario))).toEqual(new Set(['over-price', 'phantom-stay']));
  });

  it('plants more at a higher rate', () => {
    const count = (rate: number) =>
      parseCsv(text('answers', { ...planted, scenarios: { 'duplicate-charge': rate } })).length - 1;
    expect(count(0.02)).toBeGreaterThan(0);
    expect(count(0.2)).toBeGreaterThan(count(0.02) * 4);
  });
});

describe('parseScenarioRates', () => {
  it('reads id=rate lists, bare ids and all', () => {
    expect(parseScenarioRates('split-admission=0.02, phantom-stay=0.01')).toEqual({
      ok: true,
      rates: { 'split-admission': 0.02, 'phantom-stay': 0.01 },
    });
    expect(parseScenarioRates('substitution')).toEqual({
      ok: true,
      rates: { substitution: SCENARIO_CATALOG.substitution.defaultRate },
    });
    const all = parseScenarioRates('all,phantom-stay=0.5');
    expect(all.ok && Object.keys(all.rates).sort()).toEqual([...SCENARIO_IDS].sort());
    expect(all.ok && all.rates['phantom-stay']).toBe(0.5);
    expect(parseScenarioRates('')).toEqual({ ok: true, rates: {} });
  });

  it('refuses unknown scenarios and rates outside 0 … 1, in both languages', () => {
    for (const bad of ['ghost=0.1', 'split-admission=1.5', 'split-admission=', 'phantom-stay=x', 'all=0.1']) {
      const result = parseScenarioRates(bad);
      expect(result.ok, bad).toBe(false);
      if (!result.ok) expect(result.error.zh.length * result.error.en.length).toBeGreaterThan(0);
    }
  });
});
