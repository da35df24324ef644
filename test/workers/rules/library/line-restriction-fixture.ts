/** Fixture rows shared by the line-restriction rule tests. */
import {
  feeLine as sharedFeeLine,
  personRow,
  settlementRow,
  type FeeFields,
  type SetlFields,
} from '../../../fixtures';
import type { Row } from '../rule-harness';

export { restriction } from '../../../fixtures';

/** A western-drug code (23 characters, X…). */
export const DRUG = 'XG02ADD082D003010179504';
/** A medical service item code (15 digits). */
export const SERVICE = '003402000320000';
/** A consumable code (C…). */
export const CONSUMABLE = 'C03030104500000416370';

/** A fee line of person `psn`'s settlement `S<psn>`: one unit at 30 yuan unless `more` says otherwise. */
export const feeLine = (sn: string, psn: string, code: string, time: string, more: FeeFields = {}): Row =>
  sharedFeeLine({
    feedetl_sn: sn,
    setl_id: `S${psn}`,
    mdtrt_id: `M${psn}`,
    psn_no: psn,
    fee_ocur_time: time,
    hilist_code: code,
    hilist_name: '测试项目',
    pric: 30,
    bilg_dept_code: 'K01',
    ...more,
  });

/** Person `psn`'s settlement `S<psn>`: a level-3 inpatient stay under employee insurance unless `more` says otherwise. */
export const settlement = (psn: string, more: SetlFields = {}): Row =>
  settlementRow({
    setl_id: `S${psn}`,
    mdtrt_id: `M${psn}`,
    psn_no: psn,
    medins_lv: '3',
    insutype: '310',
    med_type: '21',
    medfee_sumamt: 1000,
    ...more,
  });

/** A person born on `brdy`, of sex `gend`. */
export const person = (psn: string, brdy: string, gend: string | null = '1'): Row =>
  personRow(psn, { brdy, gend });
