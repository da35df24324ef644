/**
 * SQL snippets the audit analytics share: numbers written into explanations the way
 * `core/format/number-format.ts` shows them (grouped counts, money with two decimals and `¥`), and the
 * amount fields an analytic may read, each a choice value mapped to SQL written here (never user text).
 */
import type { RuleNeeds } from '../../../core/rules/rule-types';

/** A count in explanation text: `1,234`. */
export function countText(expr: string): string {
  return `format('{:,}', CAST(${expr} AS BIGINT))`;
}

/** Money in explanation text, exact to the fen: `¥80,417.40`. */
export function moneyText(expr: string): string {
  return `format('¥{:,.2f}', CAST(${expr} AS DOUBLE))`;
}

/** A share in explanation text with one decimal: `18.2%`. */
export function shareText(expr: string): string {
  return `format('{:.1f}%', 100 * CAST(${expr} AS DOUBLE))`;
}

/** An amount field an analytic can read: its canonical table and column, and the institution column. */
export interface AmountField {
  readonly table: 'fee' | 'setl';
  readonly column: string;
  /** How the field reads in explanations. */
  readonly label: { readonly zh: string; readonly en: string };
}

/** The amount fields offered as the `field` choice of Benford and the strata (value → field). */
export const AMOUNT_FIELDS: Readonly<Record<string, AmountField>> = {
  'fee.det_item_fee_sumamt': {
    table: 'fee',
    column: 'det_item_fee_sumamt',
    label: { zh: '明细项目费用总额', en: 'fee line amount' },
  },
  'fee.pric': { table: 'fee', column: 'pric', label: { zh: '单价', en: 'unit price' } },
  'setl.medfee_sumamt': {
    table: 'setl',
    column: 'medfee_sumamt',
    label: { zh: '医疗费总额', en: 'total medical fees' },
  },
  'setl.fund_pay_sumamt': {
    table: 'setl',
    column: 'fund_pay_sumamt',
    label: { zh: '基金支付总额', en: 'fund payment' },
  },
  'setl.hifp_pay': {
    table: 'setl',
    column: 'hifp_pay',
    label: { zh: '统筹基金支出', en: 'pooled fund payment' },
  },
};

/** The choice values of `AMOUNT_FIELDS`, default first. */
export const AMOUNT_FIELD_CHOICES: readonly string[] = Object.keys(AMOUNT_FIELDS);

/** The amount field a checked choice names (the default's when the value is not one: it always is). */
export function amountField(choice: unknown): AmountField {
  const found = typeof choice === 'string' ? AMOUNT_FIELDS[choice] : undefined;
  return found ?? (AMOUNT_FIELDS['fee.det_item_fee_sumamt'] as AmountField);
}

/** The needs of reading `field` with `extra` columns of the same table. */
export function amountNeeds(field: AmountField, extra: readonly string[]): RuleNeeds {
  return { fields: { [field.table]: [field.column, ...extra] } };
}
