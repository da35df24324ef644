import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DEMO_OPTIONS, generateDemoFiles } from '../../../workers/generator/demo-dataset';
import { generateCsv, generatedTables } from '../../../workers/generator/generate-dataset';
import { SCENARIO_IDS } from '../../../workers/generator/scenarios/scenario-ids';
import { parseCsv } from './csv-parse';

describe('generateDemoFiles', () => {
  const files = generateDemoFiles();
  const byName = new Map(files.map((f) => [f.name, f.text]));
  const rows = (name: string) => parseCsv(byName.get(name) ?? '').length - 1;

  it('returns every table of a planted dataset with national headers, a few thousand settlements and 25–35 k fee lines', () => {
    expect(files.map((f) => f.name)).toEqual([
      'psn.csv',
      'medins.csv',
      'setl.csv',
      'fee.csv',
      'kb_restriction.csv',
      'kb_price_cap.csv',
      'death.csv',
      'answers.csv',
    ]);
    expect(byName.get('setl.csv')?.startsWith('setl_id,mdtrt_id,psn_no,')).toBe(true);
    expect(rows('fee.csv')).toBeGreaterThan(25_000);
    expect(rows('fee.csv')).toBeLessThan(35_000);
    expect(rows('setl.csv')).toBeGreaterThan(2_000);
    expect(rows('setl.csv')).toBeLessThan(5_000);
    expect(rows('kb_restriction.csv')).toBeGreaterThan(10);
  });

  it('is byte for byte what streaming each table gives', () => {
    for (const table of generatedTables(DEMO_OPTIONS)) {
      expect(byName.get(`${table}.csv`), table).toBe([...generateCsv(table, DEMO_OPTIONS)].join(''));
    }
  });

  it('uses only characters GBK can encode (the CLI writes GBK files)', () => {
    for (const file of files) {
      expect(iconv.decode(iconv.encode(file.text, 'gbk'), 'gbk'), file.name).toBe(file.text);
    }
    const zh = [...generateCsv('fee', { ...DEMO_OPTIONS, headers: 'zh', lines: 5000 })].join('');
    expect(iconv.decode(iconv.encode(zh, 'gbk'), 'gbk')).toBe(zh);
  });

  it('plants every scenario at a low rate, so the demo is also a small workshop dataset', () => {
    const answers = parseCsv(byName.get('answers.csv') ?? '');
    const [header, ...keyRows] = answers;
    const col = (name: string) => header!.indexOf(name);
    expect([...new Set(keyRows.map((r) => r[col('scenario')]))].sort()).toEqual([...SCENARIO_IDS].sort());
    const plantedSettlements = new Set(keyRows.map((r) => r[col('setl_id')]).filter(Boolean));
    expect(plantedSettlements.size / rows('setl.csv')).toBeLessThan(0.1);
    for (const id of SCENARIO_IDS) expect(DEMO_OPTIONS.scenarios?.[id], id).toBeLessThanOrEqual(0.3);
  });
});
