import { defineRule } from '../../../core/rules/rule-types';
import { msg } from '../../../core/shared/msg';
import { yuanSql } from './fee-line-sql';

/**
 * 重复结算: two or more settlements of one person at one institution with the same visit dates
 * (begndate, enddate), medical type and total (`medfee_sumamt`) — one claim paid more than once. The
 * first settlement (by setl_time, then setl_id) is related; the others are violating whole settlements.
 * A reversal (the same claim with the negated total, as extracts record a cancelled settlement) cancels
 * one copy: with r reversals the first 1 + r copies are related. Totals of zero or below `min_amount`
 * are ignored. One finding per claim, keyed by its first setl_id. A file without an end date, care type or
 * settlement time (a pharmacy's purchases) is still checked: those fields join the claim only when present.
 */
export const duplicateSettlement = defineRule({
  id: 'CL-BHV-006',
  name: msg('重复结算', 'Duplicate settlement'),
  tier: '管理类',
  subclass: msg('行为主体监管类', 'Conduct of parties'),
  resultType: '可疑',
  severity: '高度可疑',
  behaviour: msg('重复享受医疗保障待遇', 'Benefits claimed twice'),
  scenes: ['inpatient', 'outpatient', 'pharmacy'],
  window: 'visit',
  needs: {
    fields: {
      // enddate, med_type and setl_time refine the claim and the order when present (NULL otherwise).
      setl: ['setl_id', 'psn_no', 'fixmedins_code', 'begndate', 'medfee_sumamt'],
    },
  },
  parameters: [
    {
      name: 'min_amount',
      label: msg('计入的最低结算金额（元）', 'Smallest settlement total considered (yuan)'),
      kind: 'number',
      default: 0,
      min: 0,
      max: 1_000_000,
      unit: msg('元', 'yuan'),
    },
  ],
  basis: msg(
    '《医疗保障基金使用监督管理条例》第四十一条（重复享受医疗保障待遇）、第三十八条（重复收费）：同一就诊重复结算。',
    'Regulation on the Use of Medical Security Funds, art. 41 (benefits received twice) and art. 38 (duplicate charges): one visit settled more than once.',
  ),
  origin: 'regulation',
  sql: `
WITH s AS (
  SELECT setl_id, mdtrt_id, psn_no, fixmedins_code, atddr_no, med_type, medfee_sumamt, setl_time,
    CAST(begndate AS DATE) AS b, CAST(enddate AS DATE) AS e, abs(medfee_sumamt) AS amt,
    concat_ws('|', psn_no, fixmedins_code, CAST(begndate AS DATE), CAST(enddate AS DATE), med_type,
      abs(medfee_sumamt)) AS claim
  FROM setl
  WHERE psn_no IS NOT NULL AND fixmedins_code IS NOT NULL AND begndate IS NOT NULL
    AND medfee_sumamt <> 0 AND abs(medfee_sumamt) >= $min_amount
),
-- Claims settled more than once, found by aggregation before any window runs.
dup AS (
  SELECT claim, count(*) FILTER (WHERE medfee_sumamt > 0) AS copies,
    count(*) FILTER (WHERE medfee_sumamt < 0) AS reversals
  FROM s GROUP BY claim
  HAVING count(*) FILTER (WHERE medfee_sumamt > 0) > 1 + count(*) FILTER (WHERE medfee_sumamt < 0)
),
g AS (
  SELECT s.*, dup.copies, dup.reversals,
    row_number() OVER (PARTITION BY s.claim ORDER BY s.setl_time, s.setl_id) AS k
  FROM s JOIN dup USING (claim)
  WHERE s.medfee_sumamt > 0
),
lst AS (SELECT claim, min_by(setl_id, k) AS first_id, string_agg(setl_id, '、' ORDER BY k) AS ids FROM g GROUP BY claim)
SELECT first_id AS finding_key, psn_no, mdtrt_id, setl_id,
  fixmedins_code, atddr_no AS dr_code, NULL AS feedetl_sn,
  CASE WHEN k > 1 + reversals THEN 1 ELSE 2 END AS vola_item_type,
  CASE WHEN k > 1 + reversals THEN medfee_sumamt ELSE 0 END AS amount,
  '同一参保人在机构 ' || fixmedins_code || ' 的同一就诊（' || b || ' 至 ' || CAST(coalesce(e, b) AS VARCHAR)
    || '，医疗类别 ' || coalesce(med_type, '—') || '，金额 ' || ${yuanSql('amt')} || ' 元）结算 ' || copies
    || ' 次（' || ids || '）' || CASE WHEN reversals > 0 THEN '，冲销 ' || reversals || ' 次' ELSE '' END
    || '，重复 ' || (copies - 1 - reversals) || ' 次' AS vola_cont,
  'The same visit at ' || fixmedins_code || ' (' || b || ' to ' || CAST(coalesce(e, b) AS VARCHAR)
    || ', medical type ' || coalesce(med_type, '—') || ', ' || ${yuanSql('amt')} || ' yuan) was settled '
    || copies || ' times (' || ids || ')' || CASE WHEN reversals > 0 THEN ', reversed ' || reversals || ' time(s)'
      ELSE '' END || ': ' || (copies - 1 - reversals) || ' duplicate(s)' AS vola_cont_en
FROM g JOIN lst USING (claim)
`,
});
