import { CANONICAL_TABLE_LABELS } from '../../core/mapping/canonical-model';
import { FIELDS } from '../../core/mapping/canonical-fields';
import type { CanonicalTable } from '../../core/mapping/mapping-types';
import { msg, type Msg } from '../../core/shared/msg';
import { assertNever } from '../../core/shared/invariant';

/** Fields that say "money was settled here". */
const AMOUNTS = ['medfee_sumamt', 'hifp_pay', 'fund_pay_sumamt', 'acct_pay', 'psn_cash_pay'];
const ITEMS = ['hilist_code', 'medins_list_code', 'hilist_name', 'medins_list_name', 'trace_code'];
const LINE_AMOUNTS = ['cnt', 'pric', 'det_item_fee_sumamt'];
const PERSON = ['gend', 'brdy', 'certno', 'psn_name'];
const INSTITUTION = ['fixmedins_name', 'medins_lv', 'fixmedins_type', 'open_beds'];

/**
 * Why a file is one table, by meaning: the fields (named by its headers) that table needs, or null when
 * the file lacks them. `named` holds every field some header names (whatever table the field is in).
 * A person id plus a death date is `death`; settlement amounts beside a settlement or visit id `setl`;
 * item codes beside quantity, price or amount lines `fee`; an institution code with its level, type or
 * beds, and no person, `medins`.
 */
export function tableMeaning(table: CanonicalTable, named: ReadonlySet<string>): readonly string[] | null {
  const some = (fields: readonly string[]) => fields.filter((f) => named.has(f));
  switch (table) {
    case 'setl': {
      const ids = some(['setl_id', 'mdtrt_id']);
      const amounts = some(AMOUNTS);
      return ids.length && amounts.length ? [...ids, ...some(['begndate', 'enddate']), ...amounts] : null;
    }
    case 'fee': {
      const items = some(ITEMS);
      const lines = some(LINE_AMOUNTS);
      return items.length && (lines.length || named.has('trace_code')) ? [...items, ...lines] : null;
    }
    case 'psn': {
      const person = some(PERSON);
      return named.has('psn_no') && person.length ? ['psn_no', ...person] : null;
    }
    case 'medins': {
      const inst = some(INSTITUTION);
      return named.has('fixmedins_code') && inst.length && !named.has('psn_no')
        ? ['fixmedins_code', ...inst]
        : null;
    }
    case 'dise': {
      const amounts = some(AMOUNTS);
      return named.has('mdtrt_id') && named.has('dise_codg') && !amounts.length
        ? ['mdtrt_id', 'dise_codg', ...some(['maindiag_flag'])]
        : null;
    }
    case 'death': {
      const ids = some(['psn_no', 'certno']);
      return named.has('death_date') && ids.length ? [...ids, 'death_date'] : null;
    }
    default:
      return assertNever(table);
  }
}

function label(field: string, columns: Readonly<Record<string, string>>): Msg {
  const column = columns[field];
  if (column) return msg(column, column);
  const f = (FIELDS as Record<string, { zh: string; en: string } | undefined>)[field];
  return f ? msg(f.zh, f.en) : msg(field, field);
}

/**
 * "有 入院日期、出院日期、医疗费总额 → 结算（就诊）（住院）": the columns (or, unmapped, the fields) that
 * decided the table, for the user. `columns` maps the proposal's fields to their source columns.
 */
export function tableEvidence(
  table: CanonicalTable,
  fields: readonly string[],
  columns: Readonly<Record<string, string>>,
  inpatient: boolean,
): Msg {
  const labels = fields.slice(0, 6).map((f) => label(f, columns));
  const target = CANONICAL_TABLE_LABELS[table];
  const stay = inpatient ? msg('（住院）', ' (inpatient stays)') : msg('', '');
  if (labels.length === 0) {
    return msg(
      `没有表头能确定表的含义；按匹配字段最多 → ${target.zh}${stay.zh}`,
      `no header settles what the file is; most fields match → ${target.en}${stay.en}`,
    );
  }
  return msg(
    `有 ${labels.map((l) => l.zh).join('、')} → ${target.zh}${stay.zh}`,
    `has ${labels.map((l) => l.en).join(', ')} → ${target.en}${stay.en}`,
  );
}
