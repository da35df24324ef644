import { tableFromArrays, tableToIPC } from 'apache-arrow';
import type { ModelDrill, ModelInfo } from '../../../../core/models/model-api-types';
import { modelId } from '../../../../core/models/model-types';
import { ok, type Result } from '../../../../core/shared/errors';
import { msg } from '../../../../core/shared/msg';
import type { ResultPage } from '../../../../workers/api';
import type { ModelSource } from '../../../../src/components/model-cell/model-source';

/** A peer model as the library lists it (plain data). */
export const PEER_MODEL: ModelInfo = {
  id: modelId('peer-test'),
  family: 'nhsa-bigdata',
  name: msg('同类机构比较', 'Peer comparison'),
  description: msg('与同类机构比较药占比。', 'Compares the drug share with peers.'),
  entity: 'institution',
  needs: { fields: { setl: ['fixmedins_code', 'medfee_sumamt'], fee: ['hilist_code'] } },
  parameters: [
    {
      name: 'min_cases',
      label: msg('最少病例', 'Minimum cases'),
      kind: 'integer',
      default: 30,
      min: 1,
      max: 1000,
      unit: msg('例', 'cases'),
      reason: msg('少于 30 例不稳定', 'Fewer than 30 cases are unstable'),
    },
  ],
  indicators: [
    {
      name: 'drug_fee',
      label: msg('药品费', 'Drug fees'),
      format: 'money',
      description: msg('药品费', 'Drug fees'),
    },
    { name: 'cases', label: msg('病例数', 'Cases'), format: 'count', description: msg('病例', 'Cases') },
    {
      name: 'drug_share',
      label: msg('药占比', 'Drug share'),
      format: 'share',
      description: msg('药占比', 'Drug share'),
    },
  ],
  basis: msg('国家医保局同类机构指标', 'NHSA peer indicators'),
  chart: { kind: 'peer-dots', indicator: 'drug_share' },
};

/** An analytic that cannot run on the data loaded now. */
export const MISSING_MODEL: ModelInfo = {
  ...PEER_MODEL,
  id: modelId('gaps-test'),
  family: 'analytics',
  name: msg('序号缺口', 'Sequence gaps'),
  chart: { kind: 'score-bars' },
  missing: msg('缺少字段 setl.setl_id', 'Missing field setl.setl_id'),
};

/** `n` ranked institutions `H1…Hn` starting at rank `from`. */
export function rankedPage(n: number, totalRows = n, from = 1): ResultPage {
  const ranks = Array.from({ length: n }, (_, i) => from + i);
  const table = tableFromArrays({
    entity_type: ranks.map(() => 'institution'),
    entity_id: ranks.map((r) => `H${r}`),
    score: Float64Array.from(ranks, (r) => 100 / r),
    rank: Int32Array.from(ranks),
    drug_fee: Float64Array.from(ranks, (r) => 80417.4 / r),
    cases: Int32Array.from(ranks, (r) => 1200 + r),
    drug_share: Float64Array.from(ranks, (r) => 0.5 / r),
    explain_zh: ranks.map((r) => `药占比为同类的 ${r} 倍`),
    explain_en: ranks.map((r) => `Drug share ${r}× its peers`),
  });
  return {
    ipc: tableToIPC(table, 'stream'),
    offset: from - 1,
    rowCount: n,
    totalRows,
    columns: table.schema.fields.map((f) => ({ name: f.name, type: String(f.type) })),
  };
}

/** Benford's digits table: the overall scope and one institution. */
function digitsPage(): ResultPage {
  const table = tableFromArrays({
    scope: ['all', 'all', 'all', 'H1', 'H1', 'H1'],
    digit: Int32Array.from([1, 2, 3, 1, 2, 3]),
    expected: Float64Array.from([0.301, 0.176, 0.125, 0.301, 0.176, 0.125]),
    observed: Float64Array.from([0.3, 0.18, 0.12, 0.6, 0.1, 0.05]),
  });
  return { ipc: tableToIPC(table, 'stream'), offset: 0, rowCount: 6, totalRows: 6, columns: [] };
}

function settlementsPage(): ResultPage {
  const table = tableFromArrays({
    setl_id: ['S1', 'S2', 'S3'],
    psn_no: ['P1', 'P2', 'P1'],
    begndate: ['2024-03-01', '2024-03-01', '2024-03-09'],
    medfee_sumamt: [10, 20, 30],
  });
  return { ipc: tableToIPC(table, 'stream'), offset: 0, rowCount: 3, totalRows: 3, columns: [] };
}

/** Answers from fixed pages and records every call. */
export class FakeModelSource implements ModelSource {
  readonly pages: { table: string; offset: number; limit: number }[] = [];
  readonly drills: { table: string; entityId: string }[] = [];
  constructor(readonly total: number) {}

  async page(table: string, offset: number, limit: number): Promise<Result<ResultPage>> {
    this.pages.push({ table, offset, limit });
    if (table.endsWith('_digits')) return ok(digitsPage());
    return ok(rankedPage(Math.min(limit, this.total - offset), this.total, offset + 1));
  }

  async drill(table: string, entityId: string): Promise<Result<ModelDrill>> {
    this.drills.push({ table, entityId });
    const page = settlementsPage();
    return ok({ entity: rankedPage(1), settlements: { ...page, rowCount: 3, totalRows: 3 }, lines: page });
  }
}
