import { buildWorld } from '../build-world';
import { isoDay, isoTime } from '../corpus-days';
import { exportLines, exportOrder, lineAmount, splitPayment, visitTotal } from '../corpus-model';
import type { CorpusInstitution } from '../corpus-model';
import type { CaseFamily, CorpusLayout } from '../corpus-types';
import { csvText, plainAmount, utf8 } from '../csv-text';
import { plantCases } from '../plant-cases';

const PHARMACIES: readonly CorpusInstitution[] = Array.from({ length: 8 }, (_, i) => ({
  code: `P32058${String(3_100 + i * 17).padStart(6, '0')}`,
  name: `老百姓大药房（第${i + 1}分店）`,
}));

const PLAN: readonly (readonly [CaseFamily, number])[] = [
  ['trace_code_reuse', 5],
  ['sex_specific', 5],
  ['child_only', 5],
  ['duplicate_charge', 5],
  ['duplicate_settlement', 5],
  ['frequent_pharmacy', 5],
];

/**
 * (c) A pharmacy chain's retail export: 购药结算.csv (one row per purchase: 购药流水号, 药店编码, the buyer's
 * 个人编号, 性别, 出生日期, 购药时间 and the personal-account and fund payments; no care-type column) and
 * 购药明细.csv (drug lines with national codes and 追溯码, no time and no store).
 */
export function pharmacyRetailLayout(): CorpusLayout {
  const world = buildWorld({
    seed: 0xc0ffee,
    persons: 300,
    institutions: PHARMACIES,
    scenes: [['pharmacy', 1]],
    ids: {
      person: (n) => `3205${String(660_000_000 + n * 41).padStart(10, '0')}`,
      visit: (n) => `GY${String(20_240_000_000 + n)}`,
      line: (n) => `GYMX${String(n).padStart(9, '0')}`,
      doctor: (n) => `YS${n}`,
      trace: (n) =>
        `8${String(1_234_567 + n * 7_919).padStart(9, '0')}${String((n * 104_729) % 1_000_000_000).padStart(10, '0')}`,
    },
    depts: ['零售'],
  });
  const cases = plantCases(world, PLAN, 'c');
  const visits = exportOrder(world);
  const purchases = csvText(
    [
      '购药流水号',
      '药店编码',
      '药店名称',
      '个人编号',
      '姓名',
      '性别',
      '出生日期',
      '购药时间',
      '总金额',
      '个人账户支付',
      '统筹支付',
      '现金支付',
    ],
    visits.map((v) => {
      const pay = splitPayment(v);
      return [
        v.id,
        v.institution.code,
        v.institution.name,
        v.person.id,
        v.person.name,
        v.person.sex === 1 ? '男' : '女',
        isoDay(v.person.birth),
        isoTime(v.begin, v.lines[0]?.second ?? v.settledAt),
        plainAmount(visitTotal(v)),
        plainAmount(pay.account),
        plainAmount(pay.fund),
        plainAmount(pay.cash),
      ];
    }),
  );
  const lines = csvText(
    ['购药流水号', '明细流水号', '药品编码', '药品名称', '数量', '单价', '金额', '追溯码'],
    exportLines(world).map(({ visit, line }) => [
      visit.id,
      line.id,
      line.item.code,
      line.item.zh,
      line.cnt,
      line.price.toFixed(2),
      plainAmount(lineAmount(line)),
      line.trace ?? null,
    ]),
  );
  return {
    id: 'c-pharmacy-retail',
    title: '连锁药店零售导出 / pharmacy chain retail export',
    files: [
      { name: '购药结算.csv', bytes: utf8(purchases), mimeType: 'text/csv' },
      { name: '购药明细.csv', bytes: utf8(lines), mimeType: 'text/csv' },
    ],
    cases,
    settlementIds: visits.map((v) => v.id),
  };
}
