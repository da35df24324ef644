import { makeXlsx, type XlsxCell } from '../../workers/loaders/make-xlsx';
import { buildWorld } from '../build-world';
import { dateOf } from '../corpus-days';
import { exportLines, exportOrder, lineAmount, splitPayment, visitTotal } from '../corpus-model';
import type { CaseFamily, CorpusLayout } from '../corpus-types';
import { plantCases } from '../plant-cases';

const HOSPITAL = { code: 'H33010600123', name: '临安区人民医院', level: 2 } as const;

const PLAN: readonly (readonly [CaseFamily, number])[] = [
  ['duplicate_charge', 5],
  ['frequency', 5],
  ['sex_specific', 5],
  ['child_only', 5],
  ['split_admission', 5],
  ['charge_outside_stay', 5],
  ['exclusive_pair', 5],
];

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * (b) One hospital's HIS export as two Excel workbooks: 住院结算.xlsx (one row per stay, keyed by 住院号,
 * no settlement id, no care-type column; dates as Excel dates) and 费用明细.xlsx (院内项目编码 beside 医保编码,
 * 科室名称, 开单医生, charge times as Excel date-times).
 */
export function hisExcelLayout(): CorpusLayout {
  const world = buildWorld({
    seed: 0xb0b,
    persons: 110,
    institutions: [HOSPITAL],
    scenes: [['inpatient', 1]],
    ids: {
      person: (n) => `YB${String(33_010_000 + n * 7).padStart(10, '0')}`,
      visit: (n) => `ZY${String(240_000 + n)}`,
      line: (n) => `${String(5_000_000 + n)}`,
      doctor: (n) => ['张医生', '李医生', '王医生', '赵医生', '陈医生', '刘医生'][n % 6]! + String(n),
      trace: (n) => `T${n}`,
    },
    depts: ['心血管内科', '呼吸内科', '普外科', '骨科', '妇科', '康复医学科'],
  });
  const cases = plantCases(world, PLAN, 'b');
  const visits = exportOrder(world);
  const stays: XlsxCell[][] = [
    [
      '住院号',
      '医保个人编号',
      '患者姓名',
      '性别',
      '出生日期',
      '医疗机构代码',
      '入院时间',
      '出院时间',
      '科室名称',
      '主治医生',
      '出院诊断编码',
      '出院诊断名称',
      '总费用',
      '医保统筹支付',
      '个人支付',
    ],
    ...visits.map((v): XlsxCell[] => {
      const pay = splitPayment(v);
      return [
        v.id,
        v.person.id,
        v.person.name,
        v.person.sex === 1 ? '男' : '女',
        { date: dateOf(v.person.birth) },
        v.institution.code,
        { date: dateOf(v.begin) },
        { date: dateOf(v.end) },
        v.dept,
        v.doctor,
        v.diagnosis.code,
        v.diagnosis.zh,
        visitTotal(v),
        pay.fund,
        Math.round((pay.account + pay.cash) * 100) / 100,
      ];
    }),
  ];
  const fees: XlsxCell[][] = [
    [
      '住院号',
      '明细号',
      '院内项目编码',
      '医保编码',
      '项目名称',
      '收费时间',
      '数量',
      '单价',
      '金额',
      '科室名称',
      '开单医生',
    ],
    ...exportLines(world).map(({ visit, line }): XlsxCell[] => [
      visit.id,
      line.id,
      line.item.hospCode,
      line.item.code,
      line.item.zh,
      { date: dateOf(line.day, line.second) },
      line.cnt,
      line.price,
      lineAmount(line),
      line.dept,
      line.doctor,
    ]),
  ];
  return {
    id: 'b-his-excel',
    title: '医院 HIS Excel 导出 / hospital HIS export in Excel',
    files: [
      { name: '住院结算.xlsx', bytes: makeXlsx([{ name: '住院结算', rows: stays }]), mimeType: XLSX },
      { name: '费用明细.xlsx', bytes: makeXlsx([{ name: '费用明细', rows: fees }]), mimeType: XLSX },
    ],
    cases,
    settlementIds: visits.map((v) => v.id),
  };
}
