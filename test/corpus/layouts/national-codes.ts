import { buildWorld } from '../build-world';
import { isoDay, isoTime } from '../corpus-days';
import { exportLines, exportOrder, lineAmount, splitPayment, visitTotal } from '../corpus-model';
import type { CorpusInstitution, CorpusLine, CorpusPerson, CorpusVisit } from '../corpus-model';
import type { CaseFamily, CorpusLayout } from '../corpus-types';
import { csvText, plainAmount, utf8, type CsvCell } from '../csv-text';
import { plantCases } from '../plant-cases';

const INSTITUTIONS: readonly CorpusInstitution[] = [3, 3, 2, 2, 2, 1, 1, 1, 1].map((level, i) => ({
  code: `H44030${String(500 + i * 71).padStart(6, '0')}`,
  name: `深圳市第${i + 1}医疗机构`,
  level: level as 1 | 2 | 3,
}));

const PLAN: readonly (readonly [CaseFamily, number])[] = [
  ['duplicate_charge', 4],
  ['frequency', 4],
  ['sex_specific', 4],
  ['child_only', 4],
  ['after_death', 4],
  ['split_admission', 4],
  ['charge_outside_stay', 4],
  ['institution_level', 4],
  ['concurrent_admission', 4],
  ['visit_during_stay', 4],
  ['exclusive_pair', 4],
];

/** One column of a national-code extract: its name and how a row spells it. */
type Column<T> = readonly [string, (row: T) => CsvCell];

/** Writes rows with the columns in the given order. */
const table = <T>(columns: readonly Column<T>[], rows: readonly T[]): string =>
  csvText(
    columns.map(([name]) => name),
    rows.map((row) => columns.map(([, cell]) => cell(row))),
  );

/**
 * (d) An extract in the national platform's field codes (setl_id, psn_no, …) but in its own column
 * order, with columns the canonical model lacks (clr_type, hifmi_pay, memo, …): setl_d.csv,
 * fee_list_d.csv, psn_info.csv and a death list.
 */
export function nationalCodesLayout(): CorpusLayout {
  const world = buildWorld({
    seed: 0xd0d0,
    persons: 240,
    institutions: INSTITUTIONS,
    scenes: [
      ['outpatient', 2],
      ['inpatient', 1],
    ],
    ids: {
      person: (n) => `44030000000${String(n).padStart(7, '0')}`,
      visit: (n) => `4403${String(7_000_000_000 + n * 13)}`,
      line: (n) => `FD${String(n).padStart(12, '0')}`,
      doctor: (n) => `D44030${String(n).padStart(6, '0')}`,
      trace: (n) => `T${n}`,
    },
    depts: ['A03', 'A04', 'A05', 'A07', 'A10'],
  });
  const cases = plantCases(world, PLAN, 'd');
  const visits = exportOrder(world);
  const setl: readonly Column<CorpusVisit>[] = [
    ['clr_type', (v) => (v.scene === 'inpatient' ? '21' : '11')],
    ['psn_no', (v) => v.person.id],
    ['mdtrt_id', (v) => `MD${v.id}`],
    ['medfee_sumamt', (v) => plainAmount(visitTotal(v))],
    ['fixmedins_name', (v) => v.institution.name],
    ['setl_time', (v) => isoTime(v.end, v.settledAt)],
    ['dise_codg', (v) => v.diagnosis.code],
    ['insutype', () => '310'],
    ['begndate', (v) => isoDay(v.begin)],
    ['setl_id', (v) => v.id],
    ['hifmi_pay', () => '0.00'],
    ['enddate', (v) => isoDay(v.end)],
    ['med_type', (v) => (v.scene === 'inpatient' ? '21' : '11')],
    ['fixmedins_code', (v) => v.institution.code],
    ['medins_lv', (v) => String(v.institution.level)],
    ['hifp_pay', (v) => plainAmount(splitPayment(v).fund)],
    ['acct_pay', (v) => plainAmount(splitPayment(v).account)],
    ['psn_cash_pay', (v) => plainAmount(splitPayment(v).cash)],
    ['dise_name', (v) => v.diagnosis.zh],
    ['atddr_no', (v) => v.doctor],
    ['refd_setl_flag', () => '0'],
    ['memo', () => null],
  ];
  const fee: readonly Column<{ visit: CorpusVisit; line: CorpusLine }>[] = [
    ['bkkp_sn', ({ line }) => `BK${line.id.slice(2)}`],
    ['det_item_fee_sumamt', ({ line }) => plainAmount(lineAmount(line))],
    ['hilist_code', ({ line }) => line.item.code],
    ['feedetl_sn', ({ line }) => line.id],
    ['fee_ocur_time', ({ line }) => isoTime(line.day, line.second)],
    ['setl_id', ({ visit }) => visit.id],
    ['mdtrt_id', ({ visit }) => `MD${visit.id}`],
    ['psn_no', ({ visit }) => visit.person.id],
    ['fixmedins_code', ({ visit }) => visit.institution.code],
    ['hilist_name', ({ line }) => line.item.zh],
    ['medins_list_codg', ({ line }) => line.item.hospCode],
    ['med_chrgitm_type', ({ line }) => line.item.chargeType],
    ['cnt', ({ line }) => line.cnt],
    ['pric', ({ line }) => line.price.toFixed(2)],
    ['chrgitm_lv', () => '01'],
    ['selfpay_prop', () => '0'],
    ['bilg_dept_codg', ({ line }) => line.dept],
    ['bilg_dr_codg', ({ line }) => line.doctor],
    ['opter_name', () => '系统导入'],
  ];
  const psn: readonly Column<CorpusPerson>[] = [
    ['psn_name', (p) => p.name],
    ['insu_admdvs', () => '440300'],
    ['psn_no', (p) => p.id],
    ['brdy', (p) => isoDay(p.birth)],
    ['gend', (p) => String(p.sex)],
    ['naty', () => '01'],
    ['insutype', () => '310'],
    ['psn_type', () => '11'],
  ];
  const death: readonly Column<CorpusPerson>[] = [
    ['psn_no', (p) => p.id],
    ['death_date', (p) => isoDay(p.death!)],
    ['info_src', () => '民政'],
  ];
  const file = (name: string, text: string) => ({ name, bytes: utf8(text), mimeType: 'text/csv' });
  return {
    id: 'd-national-codes',
    title: '国家平台字段编码（另一列序、额外列）/ national field codes, other order, extra columns',
    files: [
      file('setl_d.csv', table(setl, visits)),
      file('fee_list_d.csv', table(fee, exportLines(world))),
      file('psn_info.csv', table(psn, world.persons)),
      file(
        'death_info.csv',
        table(
          death,
          world.persons.filter((p) => p.death !== undefined),
        ),
      ),
    ],
    cases,
    settlementIds: visits.map((v) => v.id),
  };
}
