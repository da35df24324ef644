import type { CsvBuffer } from './csv-writer';
import { TWO_DIGITS } from './datetime-format';
import type { Institution } from './institutions';
import type { Settlement } from './person-record';
import type { Person } from './population';
import type { RowStyle } from './row-style';
import { visitDeptCode } from './visit';

/** A `psn` record (columns as in COLUMNS.psn). */
export function psnRecord(p: Person, style: RowStyle): string {
  return `${p.psnNo},${p.name},${style.gend(p.gend)},${style.birthDate(p.birthDay)},${p.certno},${style.insutype(p.insutype)},${p.insuAdmdvs}`;
}

/** A `medins` record (columns as in COLUMNS.medins). */
export function medinsRecord(i: Institution, style: RowStyle): string {
  return `${i.code},${i.nameCsv},${i.kind},${style.level(i.level)},${i.admdvs},${i.openBeds},${i.peerGroup}`;
}

/** A `setl` record (columns as in COLUMNS.setl). */
export function setlRecord(s: Settlement, p: Person, style: RowStyle): string {
  const v = s.visit;
  const pay = s.payment;
  const dept = visitDeptCode(v);
  const inpatient = v.medType === '21';
  const diagnosis = v.condition ? `${v.condition.codg},${v.condition.name}` : ',';
  return (
    `${s.setlId},${s.mdtrtId},${p.psnNo},${v.inst.code},${v.inst.nameCsv},${style.level(v.inst.level)},` +
    `${style.insutype(p.insutype)},${style.medType(v.medType)},${style.visitDate(v.begin)},${style.visitDate(v.end)},` +
    `${style.setlTime(v.setlTime)},${diagnosis},${style.money(s.medfee)},${style.money(pay.hifp)},` +
    `${style.money(pay.fundPay)},${style.money(pay.acct)},${style.money(pay.cash)},${p.insuAdmdvs},${v.inst.admdvs},` +
    `${dept},${inpatient ? dept : ''},${v.doctor},${s.bedNo}`
  );
}

/** The DRG_COLUMNS of a settlement (written when scenarios are on): DRG group and complication flag, empty but for stays. */
export function drgFields(s: Settlement): string {
  const drg = s.visit.drg ?? '';
  const flag = drg === '' ? '' : drg.endsWith('1') ? 'MCC' : drg.endsWith('3') ? 'CC' : '无';
  return `,${drg},${flag}`;
}

/** 费用明细流水号 of line `i` (0-based, in written order) of a settlement. */
export function feeSn(s: Settlement, i: number): string {
  return `${s.feeSnPrefix}${TWO_DIGITS[Math.floor(i / 100)]}${TWO_DIGITS[i % 100]}`;
}

/**
 * Adds the `fee` records of one settlement (columns as in COLUMNS.fee) to a buffer; with `trace`, each
 * record ends with its 药品追溯码 (the extra column written when scenarios are on).
 */
export function addFeeRecords(
  s: Settlement,
  p: Person,
  style: RowStyle,
  out: CsvBuffer,
  trace = false,
): void {
  const keys = `,${s.setlId},${s.mdtrtId},${p.psnNo},${s.visit.inst.code},`;
  const lines = s.visit.lines;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as (typeof lines)[number];
    const item = line.item;
    const record =
      `${feeSn(s, i)}${keys}${style.feeTime(line.time)},${item.code},${item.nameCsv},${item.listType},${item.chrg},` +
      `${line.cnt},${style.money(line.pric)},${style.money(line.cnt * line.pric)},${line.deptCode},${line.doctor}`;
    out.add(trace ? `${record},${line.trace ?? ''}` : record);
  }
}
