import { describe, expect, it } from 'vitest';
import { CHUNK_SIZE } from '../../../workers/generator/csv-writer';
import {
  GENERATED_TABLES,
  generateCsv,
  type GenerateOptions,
} from '../../../workers/generator/generate-dataset';
import { COLUMNS } from '../../../workers/generator/table-columns';
import { parseCsv, parseCsvObjects } from './csv-parse';

const text = (table: (typeof GENERATED_TABLES)[number], options: GenerateOptions) =>
  [...generateCsv(table, options)].join('');
const small: GenerateOptions = { seed: 7, lines: 6000, headers: 'code' };

describe('generateCsv', () => {
  it('is deterministic: same seed, same text; another seed, other text', () => {
    for (const table of GENERATED_TABLES) expect(text(table, small)).toBe(text(table, small));
    expect(text('fee', { ...small, seed: 8 })).not.toBe(text('fee', small));
    expect(text('psn', { ...small, seed: 8 })).not.toBe(text('psn', small));
  });

  it('streams chunks of about 64 KB, header first', () => {
    const chunks = [...generateCsv('fee', small)];
    expect(chunks.length).toBeGreaterThan(5);
    for (const chunk of chunks.slice(0, -1)) {
      expect(chunk.length).toBeGreaterThanOrEqual(CHUNK_SIZE);
      expect(chunk.length).toBeLessThan(CHUNK_SIZE * 2);
    }
    expect(chunks[0]?.startsWith('feedetl_sn,setl_id,mdtrt_id,psn_no,')).toBe(true);
  });

  it('writes well-formed CSV: every record has the header width', () => {
    for (const table of GENERATED_TABLES) {
      for (const headers of ['code', 'zh'] as const) {
        const rows = parseCsv(text(table, { ...small, headers }));
        expect(rows[0]).toHaveLength(COLUMNS[table].length);
        for (const row of rows) expect(row).toHaveLength(COLUMNS[table].length);
      }
    }
  });

  it('scales rows with the requested fee lines', () => {
    const count = (options: GenerateOptions, table: 'fee' | 'setl' | 'psn') =>
      parseCsv(text(table, options)).length - 1;
    const a = { ...small, lines: 5000 };
    const b = { ...small, lines: 20000 };
    for (const [options, target] of [
      [a, 5000],
      [b, 20000],
    ] as const) {
      const fee = count(options, 'fee');
      expect(fee).toBeGreaterThan(target * 0.8);
      expect(fee).toBeLessThan(target * 1.2);
    }
    const ratio = count(b, 'setl') / count(a, 'setl');
    expect(ratio).toBeGreaterThan(3.2);
    expect(ratio).toBeLessThan(4.8);
    expect(count(b, 'psn') / count(a, 'psn')).toBeCloseTo(4, 0);
  });

  it('uses Chinese headers, labels and messy dates and amounts in the zh style', () => {
    const options: GenerateOptions = { ...small, headers: 'zh' };
    const setl = text('setl', options);
    expect(setl.split('\r\n')[0]).toBe(COLUMNS.setl.map(([, zh]) => zh).join(','));
    expect(setl.split('\r\n')[0]).toContain('医疗费总额');
    expect(setl.split('\r\n')[0]).toContain('入院日期');
    const rows = parseCsvObjects(setl);
    expect(rows.every((r) => /^\d{4}\/\d{1,2}\/\d{1,2}$/.test(r['入院日期'] ?? ''))).toBe(true);
    expect(rows.every((r) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(r['结算时间'] ?? ''))).toBe(true);
    expect(new Set(rows.map((r) => r['医疗类别']))).toEqual(
      new Set(['普通门诊', '门诊慢特病', '普通住院', '定点药店购药']),
    );
    const big = rows.filter((r) => Number((r['医疗费总额'] ?? '').replaceAll(',', '')) >= 1000);
    expect(big.length).toBeGreaterThan(0);
    expect(big.every((r) => /^\d{1,3}(,\d{3})+\.\d{2}$/.test(r['医疗费总额'] ?? ''))).toBe(true);
    expect(setl).toMatch(/,"\d{1,3},\d{3}\.\d{2}",/);

    const psn = parseCsvObjects(text('psn', options));
    expect(psn.every((r) => /^(19|20)\d{6}$/.test(r['出生日期'] ?? ''))).toBe(true);
    expect(new Set(psn.map((r) => r['性别']))).toEqual(new Set(['男', '女']));
    const fee = parseCsvObjects(text('fee', options));
    expect(
      fee.every((r) => /^\d{4}\/\d{1,2}\/\d{1,2} \d{1,2}:\d{2}:\d{2}$/.test(r['费用发生时间'] ?? '')),
    ).toBe(true);
  });

  it('uses ISO dates and plain amounts in the code style', () => {
    const setl = parseCsvObjects(text('setl', small));
    for (const r of setl) {
      expect(r.begndate).toMatch(/^2024-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
      expect(r.medfee_sumamt).toMatch(/^\d+\.\d{2}$/);
      expect(['11', '14', '21', '41']).toContain(r.med_type);
    }
    expect(parseCsvObjects(text('psn', small)).every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.brdy ?? ''))).toBe(
      true,
    );
  });

  it('honours startDate', () => {
    const setl = parseCsvObjects(text('setl', { ...small, startDate: '2023-07-01' }));
    const begins = setl.map((r) => r.begndate ?? '').sort();
    expect((begins[0] as string) >= '2023-07-01').toBe(true);
    expect((begins.at(-1) as string) < '2024-07-01').toBe(true);
  });

  it('quotes names that hold commas or quotes', () => {
    const fee = text('fee', { ...small, lines: 20000 });
    expect(fee).toContain(',"氯化钠注射液(0.9%,100ml)",');
    expect(parseCsvObjects(fee).some((r) => r.hilist_name === '氯化钠注射液(0.9%,100ml)')).toBe(true);
  });
});
