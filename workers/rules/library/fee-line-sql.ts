/**
 * SQL fragments shared by the rules whose findings are fee lines (charging and bill-detail rules), so
 * each rule's query reads as its logic and the numbers in `vola_cont` look the same everywhere.
 */

/**
 * The fee fields `lineIdentitySql` and `itemNameSql` read: every rule here lists them, then what its logic
 * reads (the descriptive ones never make a rule skip).
 */
export const FEE_LINE_FIELDS: readonly string[] = [
  'feedetl_sn',
  'setl_id',
  'psn_no',
  'mdtrt_id',
  'fixmedins_code',
  'bilg_dr_code',
  'hilist_code',
  'hilist_name',
];

/** A finding row's identity columns (psn_no … feedetl_sn) read from the fee line aliased `a`. */
export function lineIdentitySql(a: string): string {
  return `${a}.psn_no, ${a}.mdtrt_id, ${a}.setl_id, ${a}.fixmedins_code, ${a}.bilg_dr_code AS dr_code, ${a}.feedetl_sn`;
}

/** The item's name for messages: its catalogue name, else its code. */
export function itemNameSql(a: string): string {
  return `coalesce(${a}.hilist_name, ${a}.hilist_code)`;
}

/** A money expression as text with two decimals (`30.00`). */
export function yuanSql(expr: string): string {
  return `printf('%.2f', ${expr})`;
}

/** A quantity expression as text without trailing zeros (`2`, `2.5`). */
export function qtySql(expr: string): string {
  return `rtrim(rtrim(printf('%.4f', ${expr}), '0'), '.')`;
}

/** A timestamp's calendar day. */
export function daySql(expr: string): string {
  return `CAST(${expr} AS DATE)`;
}
