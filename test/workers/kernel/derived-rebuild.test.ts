/**
 * The kernel rebuilds the tables built from a settlement file when that file's mapping changes: fee
 * lines take their keys from setl, a settlement file's `also` builds psn, and removing the settlement
 * file leaves fee without derived keys and drops the psn it built.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeKernel, textFile, value, type NodeKernelHost } from './node-kernel-host';
import type { TableMapping } from '../../../core/mapping/mapping-types';
import { newJobId } from '../../../core/shared/ids';

let host: NodeKernelHost;
beforeAll(() => {
  host = createNodeKernel();
});
afterAll(async () => host.close());

const SETL = `就诊号,结算号,个人编号,性别,医院
V1,S1,P1,男,H1
V2,S2,P1,女,H1
V3,S3,P2,女,H2
`;
const FEE = `明细,结算号,金额
L1,S1,10
L2,S3,20
`;

async function count(sql: string): Promise<number> {
  const rows = await (await host.engine()).rows<{ n: number }>(sql);
  return Number(rows[0]?.n ?? 0);
}

describe('kernel rebuild of derived tables', () => {
  it('fills fee keys when setl is mapped after fee, builds psn, and undoes both when setl is removed', async () => {
    const fee = value(await host.kernel.loadFile(textFile('feiyong.csv', FEE), { jobId: newJobId() }));
    const setl = value(await host.kernel.loadFile(textFile('jiesuan.csv', SETL), { jobId: newJobId() }));
    const feeMapping: TableMapping = {
      source: fee.table,
      target: 'fee',
      columns: { feedetl_sn: '明细', setl_id: '结算号', det_item_fee_sumamt: '金额' },
    };
    const feeReport = value(await host.kernel.applyMapping(feeMapping, newJobId()));
    expect(feeReport.filled ?? []).toEqual([]);
    const setlMapping: TableMapping = {
      source: setl.table,
      target: 'setl',
      columns: { mdtrt_id: '就诊号', setl_id: '结算号', psn_no: '个人编号', fixmedins_code: '医院' },
      also: [{ target: 'psn', columns: { psn_no: '个人编号', gend: '性别' } }],
    };
    value(await host.kernel.applyMapping(setlMapping, newJobId()));
    expect(
      await count(`SELECT count(*) AS n FROM fee WHERE fixmedins_code IS NOT NULL AND psn_no IS NOT NULL`),
    ).toBe(2);
    expect(await count(`SELECT count(*) AS n FROM psn`)).toBe(2);
    const reports = await host.kernel.validationReports();
    const byTable = new Map(reports.map((r) => [r.target, r]));
    expect(byTable.get('fee')?.filled?.find((f) => f.field === 'fixmedins_code')?.rows).toBe(2);
    expect(byTable.get('psn')?.problems.map((p) => [p.kind, p.field, p.count])).toEqual([
      ['conflicting_value', 'gend', 1],
    ]);

    // The settlement file no longer builds psn: psn is dropped, fee keeps its derived keys.
    value(await host.kernel.applyMapping({ ...setlMapping, also: [] }, newJobId()));
    expect(await count(`SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = 'psn'`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM fee WHERE fixmedins_code IS NOT NULL`)).toBe(2);

    value(await host.kernel.removeDataset(setl.id));
    expect(
      await count(`SELECT count(*) AS n FROM fee WHERE fixmedins_code IS NOT NULL OR psn_no IS NOT NULL`),
    ).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM fee`)).toBe(2);
    const after = await host.kernel.validationReports();
    expect(after.find((r) => r.target === 'fee')?.filled ?? []).toEqual([]);
  });
});
