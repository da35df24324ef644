import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine, type NodeEngine } from '../../../node/engine/duckdb-node-engine';
import { buildCanonical } from '../../../workers/mapping/build-canonical';
import { findDecimalCommaColumns } from '../../../workers/mapping/decimal-comma';
import type { TableMapping } from '../../../core/mapping/mapping-types';
import { ATTACKS_DIR } from '../loaders/attack-files';

let engine: NodeEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
});
afterAll(async () => engine.close());

/** Loads CSV bytes the way the loader does: a registered file read into an all-VARCHAR raw table. */
async function loadCsv(table: string, bytes: Uint8Array): Promise<void> {
  const file = `/claims/${table}.csv`;
  await engine.registerBuffer(file, bytes);
  await engine.exec(
    `CREATE OR REPLACE TABLE "${table}" AS SELECT * FROM read_csv('${file}', header = true, all_varchar = true)`,
  );
}

const FEE_FIELDS = ['feedetl_sn', 'setl_id', 'cnt', 'pric', 'det_item_fee_sumamt'];
const feeMapping = (source: string): TableMapping => ({
  source,
  target: 'fee',
  columns: Object.fromEntries(FEE_FIELDS.map((f) => [f, f])),
});

describe('decimal commas (test/attacks/loaders/decimal-comma-fee.csv)', () => {
  beforeAll(async () => {
    const bytes = new Uint8Array(readFileSync(path.join(ATTACKS_DIR, 'decimal-comma-fee.csv')));
    await loadCsv('raw_dc_fee', bytes);
  });

  it('finds the columns holding a decimal comma, not those with thousands separators only', async () => {
    const columns = await findDecimalCommaColumns(engine, 'raw_dc_fee', [
      'cnt',
      'pric',
      'det_item_fee_sumamt',
    ]);
    expect([...columns].sort()).toEqual(['cnt', 'det_item_fee_sumamt']);
  });

  it('leaves every ambiguous number NULL, flags its row and reports it as decimal_comma (text stays non-numeric)', async () => {
    const report = await buildCanonical(engine, 'fee', [feeMapping('raw_dc_fee')]);
    expect(report.rowsRead).toBe(8);
    expect(report.rowsWithProblems).toBe(7);
    const ex = (row: number, value: string) => ({ row, value, source: 'raw_dc_fee' });
    expect(report.problems).toEqual([
      { kind: 'decimal_comma', field: 'cnt', column: 'cnt', count: 1, examples: [ex(7, '1,5')] },
      {
        kind: 'decimal_comma',
        field: 'det_item_fee_sumamt',
        column: 'det_item_fee_sumamt',
        count: 5,
        examples: [ex(1, '1.234,50'), ex(2, '99,00'), ex(3, '12,5'), ex(4, '1,234'), ex(5, '1.500')],
      },
      { kind: 'non_numeric_amount', field: 'pric', column: 'pric', count: 1, examples: [ex(8, 'abc')] },
      {
        kind: 'non_numeric_amount',
        field: 'det_item_fee_sumamt',
        column: 'det_item_fee_sumamt',
        count: 1,
        examples: [ex(8, 'a,b')],
      },
    ]);
    const rows = await engine.rows<{ id: string; cnt: string; pric: string; amt: string; flagged: boolean }>(
      `SELECT feedetl_sn AS id, CAST(cnt AS VARCHAR) AS cnt, CAST(pric AS VARCHAR) AS pric,
        CAST(det_item_fee_sumamt AS VARCHAR) AS amt, _flagged AS flagged FROM fee ORDER BY _row`,
    );
    expect(rows).toEqual([
      { id: 'F1', cnt: '1.0000', pric: '1234.5000', amt: null, flagged: true },
      { id: 'F2', cnt: '1.0000', pric: '99.0000', amt: null, flagged: true },
      { id: 'F3', cnt: '2.0000', pric: '6.2500', amt: null, flagged: true },
      { id: 'F4', cnt: '1.0000', pric: '1234.0000', amt: null, flagged: true },
      { id: 'F5', cnt: '1.0000', pric: '1500.0000', amt: null, flagged: true },
      { id: 'F6', cnt: '2.0000', pric: '5.0000', amt: '10.00', flagged: false },
      { id: 'F7', cnt: null, pric: '7.0000', amt: '7.00', flagged: true },
      { id: 'F8', cnt: '1.0000', pric: null, amt: null, flagged: true },
    ]);
  });

  it('reads valid thousands grouping when the column has no decimal comma', async () => {
    const csv =
      'feedetl_sn,setl_id,cnt,pric,det_item_fee_sumamt\nF1,S1,1,"1,234","1,234"\nF2,S1,1,"12,34,567","12,34,567"\n';
    await loadCsv('raw_thousands_fee', new TextEncoder().encode(csv));
    const report = await buildCanonical(engine, 'fee', [feeMapping('raw_thousands_fee')]);
    expect(report.problems.map((p) => [p.kind, p.field, p.count])).toEqual([
      ['non_numeric_amount', 'pric', 1],
      ['non_numeric_amount', 'det_item_fee_sumamt', 1],
    ]);
    const rows = await engine.rows<{ amt: string | null }>(
      'SELECT CAST(det_item_fee_sumamt AS VARCHAR) AS amt FROM fee ORDER BY _row',
    );
    expect(rows).toEqual([{ amt: '1234.00' }, { amt: null }]);
  });
});
