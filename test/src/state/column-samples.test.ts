import { tableFromArrays, tableToIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import type { JobId } from '../../../workers/api';
import { fail, ok } from '../../../core/shared/errors';
import { columnSamples } from '../../../src/state/column-samples';

describe('columnSamples', () => {
  it('queries the first rows and keeps distinct non-empty values per column', async () => {
    const sqls: string[] = [];
    const kernel = {
      async query(sql: string, _jobId: JobId) {
        sqls.push(sql);
        const table = tableFromArrays({
          c0: ['A1', 'A1', 'A2', null, 'A3', 'A4'],
          c1: Float64Array.from([1.5, 2, 2, 3, 4, 5]),
          c2: ['', ' ', 'x', 'x', 'x', 'x'],
        });
        return ok({ ipc: tableToIPC(table), rowCount: table.numRows, columns: [], elapsedMs: 1 });
      },
    };
    const samples = await columnSamples(
      kernel,
      'raw_a',
      [
        { name: '结算ID', type: 'VARCHAR' },
        { name: 'amt', type: 'DOUBLE' },
        { name: 'say "hi"', type: 'VARCHAR' },
      ],
      { rows: 20 },
    );
    expect(sqls).toEqual(['SELECT "结算ID" AS c0, "amt" AS c1, "say ""hi""" AS c2 FROM "raw_a" LIMIT 20']);
    expect(samples).toEqual({ 结算ID: ['A1', 'A2', 'A3'], amt: ['1.5', '2', '3'], 'say "hi"': ['x'] });
  });

  it('is empty when the query fails', async () => {
    const kernel = {
      query: async () => fail<never>({ kind: 'sql', code: 'sql.error', message: { zh: '错', en: 'bad' } }),
    };
    expect(await columnSamples(kernel, 't', [{ name: 'a', type: 'INT' }])).toEqual({});
  });
});
