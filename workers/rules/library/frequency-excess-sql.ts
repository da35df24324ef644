import { itemNameSql, lineIdentitySql, qtySql, yuanSql } from './fee-line-sql';

/** SQL text expressions describing a frequency limit's window, over the source relation's columns. */
export interface FrequencyWindowText {
  /** The limit's period, e.g. `'每日'`. */
  readonly limitZh: string;
  /** e.g. `'per day'`. */
  readonly limitEn: string;
  /** Where the units were counted, e.g. `d || ' 当日'`. */
  readonly scopeZh: string;
  /** e.g. `'on ' || d`. */
  readonly scopeEn: string;
}

/**
 * The final SELECT of the frequency rules over `source`, a relation of fee lines to report, each with
 * `finding_key`, `max_cnt` (the limit), `total` (units counted in the finding's window), `over` (units
 * beyond the limit in it) and `excess` (this line's units beyond the limit). A line with excess is
 * violating, at excess × unit price; the others are related, at their line amount.
 */
export function frequencyExcessSql(source: string, text: FrequencyWindowText): string {
  const over = qtySql('r.over');
  return `
SELECT r.finding_key, ${lineIdentitySql('r')}, CASE WHEN r.excess > 0 THEN 1 ELSE 2 END AS vola_item_type,
  CASE WHEN r.excess > 0 THEN round(r.excess * r.pric, 2) ELSE r.det_item_fee_sumamt END AS amount,
  '项目“' || ${itemNameSql('r')} || '”' || ${text.limitZh} || '限 ' || ${qtySql('r.max_cnt')} || ' 次，' || ${text.scopeZh}
    || '共 ' || ${qtySql('r.total')} || ' 次，超出 ' || ${over} || ' 次' AS vola_cont,
  'Item "' || ${itemNameSql('r')} || '" is limited to ' || ${qtySql('r.max_cnt')} || ' ' || ${text.limitEn} || '; '
    || ${qtySql('r.total')} || ' were charged ' || ${text.scopeEn} || ', ' || ${over} || ' over (unit price '
    || ${yuanSql('r.pric')} || ' yuan)' AS vola_cont_en
FROM ${source} r`;
}
