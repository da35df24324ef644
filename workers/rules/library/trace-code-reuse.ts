import { defineRule } from '../../../core/rules/rule-types';
import { msg } from '../../../core/shared/msg';

/**
 * 药品追溯码重复结算: one drug traceability code (药品追溯码, one per smallest sales package) on fee
 * lines of two or more settlements — a package sold twice: re-sold returned drugs (回流药) or codes
 * copied onto substituted goods (串换). A line may carry several codes (separated by commas,
 * semicolons or spaces); placeholders (shorter than 8 characters, or one repeated character such as
 * 000…) are ignored. The first settlement (by its earliest line, then setl_id) is related; lines in
 * later settlements are violating with their amount. A refund (a line with a negative amount and
 * the same code) cancels one sale: with r refunds the first 1 + r settlements are related. One finding
 * per code.
 */
export const traceCodeReuse = defineRule({
  id: 'CL-BHV-007',
  name: msg('药品追溯码重复结算', 'Drug traceability code settled twice'),
  tier: '管理类',
  subclass: msg('行为主体监管类', 'Conduct of parties'),
  resultType: '可疑',
  severity: '高度可疑',
  behaviour: msg('串换药品', 'Substituted drugs'),
  scenes: ['inpatient', 'outpatient', 'pharmacy'],
  window: 'period',
  needs: {
    fields: {
      fee: ['feedetl_sn', 'setl_id', 'fee_ocur_time', 'hilist_code', 'det_item_fee_sumamt', 'trace_code'],
    },
  },
  parameters: [],
  basis: msg(
    '《医疗保障基金使用监督管理条例》第三十八条（串换药品；为参保人员转卖药品提供便利）；国家医保局药品追溯码监测：同一追溯码在两次及以上结算中出现。',
    'Regulation on the Use of Medical Security Funds, art. 38 (substituted drugs; helping to resell drugs); NHSA traceability-code monitoring: one code in two or more settlements.',
  ),
  origin: 'regulation',
  sql: `
WITH c AS (
  SELECT feedetl_sn, setl_id, mdtrt_id, psn_no, fixmedins_code, bilg_dr_code, hilist_code, fee_ocur_time,
    det_item_fee_sumamt, code
  FROM (
    SELECT *, trim(unnest(regexp_split_to_array(trace_code, '[,;，；\\s]+'))) AS code
    FROM fee WHERE trace_code IS NOT NULL AND setl_id IS NOT NULL
  )
  WHERE length(code) >= 8 AND replace(code, left(code, 1), '') <> ''
),
sale AS (
  SELECT code, setl_id, min(fee_ocur_time) AS t, min(hilist_code) AS drug
  FROM c WHERE coalesce(det_item_fee_sumamt, 0) >= 0 GROUP BY code, setl_id
),
refund AS (SELECT code, count(DISTINCT setl_id) AS r FROM c WHERE det_item_fee_sumamt < 0 GROUP BY code),
-- Codes sold in more settlements than refunds explain, found by aggregation before any window runs.
dup AS (
  SELECT n.code, n.n, coalesce(refund.r, 0) AS r
  FROM (SELECT code, count(*) AS n FROM sale GROUP BY code HAVING count(*) > 1) n LEFT JOIN refund USING (code)
  WHERE n.n > 1 + coalesce(refund.r, 0)
),
ranked AS (
  SELECT sale.*, dup.n, dup.r, row_number() OVER (PARTITION BY code ORDER BY t, setl_id) AS k
  FROM sale JOIN dup USING (code)
),
lst AS (
  SELECT code,
    string_agg(setl_id || '（' || coalesce(strftime(t, '%Y-%m-%d %H:%M'), '—') || '，' || coalesce(drug, '—') || '）',
      '、' ORDER BY k) AS list,
    string_agg(setl_id || ' (' || coalesce(strftime(t, '%Y-%m-%d %H:%M'), '—') || ', ' || coalesce(drug, '—') || ')',
      ', ' ORDER BY k) AS list_en
  FROM ranked GROUP BY code
),
flag AS (SELECT ranked.*, lst.list, lst.list_en FROM ranked JOIN lst USING (code))
-- DISTINCT: a line that lists one code twice is still one line of the finding.
SELECT DISTINCT c.code AS finding_key, c.psn_no, c.mdtrt_id, c.setl_id, c.fixmedins_code, c.bilg_dr_code AS dr_code,
  c.feedetl_sn, CASE WHEN f.k > 1 + f.r THEN 1 ELSE 2 END AS vola_item_type,
  CASE WHEN f.k > 1 + f.r THEN c.det_item_fee_sumamt ELSE 0 END AS amount,
  '药品追溯码 ' || c.code || ' 在 ' || f.n || ' 个结算中出现：' || f.list
    || CASE WHEN f.r > 0 THEN '；其间退费 ' || f.r || ' 次' ELSE '' END
    || '；首次之后的 ' || (f.n - 1 - f.r) || ' 次为重复结算' AS vola_cont,
  'Traceability code ' || c.code || ' appears in ' || f.n || ' settlements: '
    || f.list_en || CASE WHEN f.r > 0 THEN '; refunded ' || f.r || ' time(s)' ELSE '' END || '; '
    || (f.n - 1 - f.r) || ' sale(s) after the first are duplicates' AS vola_cont_en
FROM c JOIN flag f ON f.code = c.code AND f.setl_id = c.setl_id
WHERE coalesce(c.det_item_fee_sumamt, 0) >= 0
`,
});
