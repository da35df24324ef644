import { msg, type Msg } from '../shared/msg';
import { FIELDS } from './canonical-fields';
import type { CanonicalField, CanonicalTable } from './mapping-types';

/** The field as this table's key: a row without it is flagged `missing_key`. */
function key(f: CanonicalField): CanonicalField {
  return { ...f, isKey: true };
}

const F = FIELDS;

/**
 * The canonical tables and their fields, in the order the canonical table lays them out
 * (../shared/data-model.md). Keys: setl.setl_id, fee.feedetl_sn, psn.psn_no, medins.fixmedins_code,
 * dise.mdtrt_id + dise.dise_codg. `death` has no key: a registry row names the person by psn_no or certno.
 */
export const CANONICAL_MODEL: Readonly<Record<CanonicalTable, readonly CanonicalField[]>> = {
  setl: [
    key(F.setl_id),
    F.mdtrt_id,
    F.psn_no,
    F.fixmedins_code,
    F.fixmedins_name,
    F.medins_lv,
    F.insutype,
    F.med_type,
    F.begndate,
    F.enddate,
    F.setl_time,
    F.dise_codg,
    F.dise_name,
    F.drg_code,
    F.dip_code,
    F.medfee_sumamt,
    F.hifp_pay,
    F.fund_pay_sumamt,
    F.acct_pay,
    F.psn_cash_pay,
    F.insu_admdvs,
    F.mdtrt_admdvs,
    F.adm_dept_codg,
    F.dscg_dept_codg,
    F.atddr_no,
    F.bedno,
  ],
  fee: [
    key(F.feedetl_sn),
    F.setl_id,
    F.mdtrt_id,
    F.psn_no,
    F.fixmedins_code,
    F.fee_ocur_time,
    F.hilist_code,
    F.hilist_name,
    F.medins_list_code,
    F.medins_list_name,
    F.list_type,
    F.med_chrgitm_type,
    F.cnt,
    F.pric,
    F.det_item_fee_sumamt,
    F.bilg_dept_code,
    F.bilg_dr_code,
    F.rxno,
    F.prd_days,
    F.trace_code,
  ],
  psn: [key(F.psn_no), F.gend, F.brdy, F.certno, F.psn_name, F.insutype, F.insu_admdvs],
  medins: [
    key(F.fixmedins_code),
    F.fixmedins_name,
    F.fixmedins_type,
    F.medins_lv,
    F.admdvs,
    F.open_beds,
    F.peer_group,
  ],
  dise: [key(F.mdtrt_id), key(F.dise_codg), F.dise_name, F.maindiag_flag],
  death: [F.psn_no, F.certno, F.death_date],
};

/** What each canonical table holds, for the UI. */
export const CANONICAL_TABLE_LABELS: Readonly<Record<CanonicalTable, Msg>> = {
  setl: msg('结算（就诊）', 'Settlements (visits)'),
  fee: msg('费用明细', 'Fee lines'),
  psn: msg('参保人', 'Insured persons'),
  medins: msg('定点医药机构', 'Institutions'),
  dise: msg('诊断（次要诊断）', 'Diagnoses (secondary)'),
  death: msg('死亡登记', 'Death registry'),
};

/** The field `name` of canonical table `table`, or undefined when the table has no such field. */
export function canonicalField(table: CanonicalTable, name: string): CanonicalField | undefined {
  return CANONICAL_MODEL[table].find((f) => f.name === name);
}
