import { defineModel, type ModelParameterValue } from '../../../core/models/model-types';
import { msg } from '../../../core/shared/msg';
import { countText, moneyText } from './analytic-sql';

/**
 * The duplicate sets: fee lines of one person and one item (`hilist_code`, trimmed), positive amounts,
 * with a known day, taken in order of amount then day; a line joins the set of the line before it when
 * it is at most `days` days later and its amount within ± `tolerance` % of that line's. Sets of two or
 * more lines are duplicates. Chaining neighbours keeps the work to one sort (no self-join).
 */
function setsSql(p: Readonly<Record<string, ModelParameterValue>>): string {
  const days = Number(p.days);
  const tolerance = Number(p.tolerance) / 100;
  // Only lines that share their key with another can be in a set: a hash aggregate keeps the sorts small.
  const keys = days === 0 && tolerance === 0 ? 'psn, item, day, amount' : 'psn, item';
  return `WITH lines AS (
      SELECT trim(CAST(psn_no AS VARCHAR)) AS psn, trim(CAST(hilist_code AS VARCHAR)) AS item,
        nullif(trim(CAST(hilist_name AS VARCHAR)), '') AS item_name,
        CAST(feedetl_sn AS VARCHAR) AS sn, setl_id, CAST(fee_ocur_time AS DATE) AS day,
        CAST(det_item_fee_sumamt AS DECIMAL(18, 2)) AS amount
      FROM fee
      WHERE det_item_fee_sumamt > 0 AND fee_ocur_time IS NOT NULL
        AND nullif(trim(CAST(psn_no AS VARCHAR)), '') IS NOT NULL
        AND nullif(trim(CAST(hilist_code AS VARCHAR)), '') IS NOT NULL),
    candidates AS (
      SELECT * FROM lines SEMI JOIN (SELECT ${keys} FROM lines GROUP BY ALL HAVING count(*) >= 2) k
        USING (${keys})),
    chained AS (
      SELECT *, CASE WHEN lag(day) OVER w IS NOT NULL AND day - lag(day) OVER w <= ${days}
          AND abs(amount - lag(amount) OVER w) <= ${tolerance} * lag(amount) OVER w THEN 0 ELSE 1 END AS starts
      FROM candidates WINDOW w AS (PARTITION BY psn, item ORDER BY amount, day, sn)),
    numbered AS (
      SELECT *, sum(starts) OVER (PARTITION BY psn, item ORDER BY amount, day, sn
        ROWS UNBOUNDED PRECEDING) AS set_no
      FROM chained),
    sets AS (
      SELECT *, count(*) OVER (PARTITION BY psn, item, set_no) AS n,
        first_value(day) OVER s AS first_day, first_value(sn) OVER s AS first_sn
      FROM numbered WINDOW s AS (PARTITION BY psn, item, set_no ORDER BY day, sn))
    SELECT psn || '|' || item || '|' || strftime(first_day, '%Y-%m-%d') || '|' || first_sn AS entity_id, *
    FROM sets WHERE n >= 2`;
}

function buildDuplicates(p: Readonly<Record<string, ModelParameterValue>>) {
  const sets = setsSql(p);
  const label = `item || coalesce(' ' || any_value(item_name), '')`;
  const sql = `SELECT 'group' AS entity_type, entity_id, (sum(amount) - max(amount))::DOUBLE AS score,
      count(*) AS lines, count(DISTINCT setl_id) AS settlements, any_value(psn) AS psn_no,
      ${label} AS item, strftime(min(day), '%Y-%m-%d') AS first_date,
      date_diff('day', min(day), max(day)) AS days_spanned,
      min(amount) AS amount_low, max(amount) AS amount_high, sum(amount) - max(amount) AS extra_amount,
      '同一人（' || any_value(psn) || '）同一项目 ' || ${label} || ' 有 ' || ${countText('count(*)')}
        || ' 条金额' || CASE WHEN min(amount) = max(amount) THEN ' ' || ${moneyText('max(amount)')}
          ELSE ' ' || ${moneyText('min(amount)')} || '–' || ${moneyText('max(amount)')} END
        || ' 的明细（' || strftime(min(day), '%Y-%m-%d') || ' 起 '
        || (date_diff('day', min(day), max(day)) + 1) || ' 天内，' || count(DISTINCT setl_id)
        || ' 次结算），重复部分 ' || ${moneyText('sum(amount) - max(amount)')} AS explain_zh,
      ${countText('count(*)')} || ' lines of ' || ${label} || ' for the same person (' || any_value(psn)
        || ') at ' || CASE WHEN min(amount) = max(amount) THEN ${moneyText('max(amount)')}
          ELSE ${moneyText('min(amount)')} || '–' || ${moneyText('max(amount)')} END
        || ' within ' || (date_diff('day', min(day), max(day)) + 1) || ' day(s) from '
        || strftime(min(day), '%Y-%m-%d') || ' (' || count(DISTINCT setl_id)
        || ' settlement(s)): ' || ${moneyText('sum(amount) - max(amount)')} || ' charged more than once'
        AS explain_en
    FROM (${sets}) GROUP BY entity_id, item`;
  return {
    sql,
    links: `SELECT DISTINCT entity_id, setl_id, psn AS psn_no, day AS begndate FROM (${sets})`,
    extras: [
      {
        suffix: 'lines',
        sql: `SELECT entity_id, sn AS feedetl_sn, setl_id, day, amount FROM (${sets}) ORDER BY entity_id, day, sn`,
      },
    ],
  };
}

/**
 * `duplicates` — exact and near duplicate charges: the same person charged for the same item at the same
 * amount on the same day (defaults), or — with `days` > 0 and/or `tolerance` > 0 — within N days and ±x %
 * (see `setsSql` for how sets are formed). Entity: one duplicate set (`group`, id
 * `psn|item|first day|first line`). Score = the extra amount: the set's total minus its largest line
 * (what was charged beyond one line). Lines with no person, item or day, or an amount ≤ 0 (refunds) are
 * not compared. Extra table `lines`: the set's fee lines; links: its settlements (person, day).
 */
export const duplicates = defineModel({
  id: 'duplicates',
  family: 'analytics',
  name: msg('重复收费（完全重复与近似重复）', 'Duplicate charges (exact and near)'),
  description: msg(
    '同一参保人同一医保目录项目在同一天（或 N 天内）以相同（或 ±x%）金额收费多次；按多收金额排序。',
    'The same person charged for the same catalogue item at the same amount (or within ±x %) on the same day (or within N days), ranked by the amount charged more than once.',
  ),
  entity: 'group',
  needs: {
    fields: {
      fee: ['feedetl_sn', 'setl_id', 'psn_no', 'hilist_code', 'fee_ocur_time', 'det_item_fee_sumamt'],
    },
  },
  parameters: [
    {
      name: 'days',
      label: msg('时间窗（天）', 'Window (days)'),
      kind: 'integer',
      default: 0,
      min: 0,
      max: 31,
      unit: msg('天', 'days'),
      reason: msg(
        '重复收费（《医疗保障基金使用监督管理条例》第 38 条）典型为同日同项目重复计费；0 即同一天。',
        'Duplicate charging (Regulations on the Supervision of Medical Security Funds, art. 38) is typically the same item billed twice on one day; 0 = the same day.',
      ),
    },
    {
      name: 'tolerance',
      label: msg('金额容差（%）', 'Amount tolerance (%)'),
      kind: 'number',
      default: 0,
      min: 0,
      max: 50,
      unit: msg('%', '%'),
      reason: msg(
        '完全重复的金额相同；近似重复（如改动几分钱）可放宽到几个百分点。',
        'Exact duplicates have equal amounts; near ones (a few fen changed) need a few per cent.',
      ),
    },
  ],
  indicators: [
    {
      name: 'lines',
      label: msg('明细数', 'Lines'),
      format: 'count',
      description: msg('重复组内明细条数', 'Fee lines in the set'),
    },
    {
      name: 'settlements',
      label: msg('结算数', 'Settlements'),
      format: 'count',
      description: msg('这些明细所属结算数', 'Settlements the lines belong to'),
    },
    {
      name: 'psn_no',
      label: msg('人员编号', 'Person'),
      format: 'text',
      description: msg('参保人', 'The insured person'),
    },
    {
      name: 'item',
      label: msg('项目', 'Item'),
      format: 'text',
      description: msg('医保目录编码与名称', 'Catalogue code and name'),
    },
    {
      name: 'first_date',
      label: msg('首日', 'First day'),
      format: 'text',
      description: msg('组内最早的费用日期', 'Earliest fee day of the set'),
    },
    {
      name: 'days_spanned',
      label: msg('跨度（天）', 'Span (days)'),
      format: 'days',
      description: msg('最早与最晚费用日期相差天数', 'Days between the first and last fee day'),
    },
    {
      name: 'amount_low',
      label: msg('最低金额', 'Lowest amount'),
      format: 'money',
      description: msg('组内最低单条金额', 'Lowest line amount in the set'),
    },
    {
      name: 'amount_high',
      label: msg('最高金额', 'Highest amount'),
      format: 'money',
      description: msg('组内最高单条金额', 'Highest line amount in the set'),
    },
    {
      name: 'extra_amount',
      label: msg('重复金额', 'Extra amount'),
      format: 'money',
      description: msg(
        '组内总额减去最高一条：多收的金额',
        'Set total minus its largest line: what was charged more than once',
      ),
    },
  ],
  basis: msg(
    '《医疗保障基金使用监督管理条例》第 38 条：重复收费；国家医保局飞行检查常见问题。',
    'Regulations on the Supervision of Medical Security Funds, art. 38: duplicate charging; a common NHSA inspection finding.',
  ),
  chart: { kind: 'score-bars' },
  build: buildDuplicates,
});
