import { defineRule } from '../../../core/rules/rule-types';
import { msg } from '../../../core/shared/msg';
import { DEATH_DAYS_CTE, GRACE_DAYS_PARAMETER } from './death-registry-sql';
import { yuanSql } from './fee-line-sql';

/**
 * 死亡后就医（费用明细）: fee lines dated after the person's registered death (the `death` table,
 * matched by psn_no). Care on the day of death is ordinary; a line more than `grace_days` days after
 * it is a service that cannot have happened (虚构医药服务) or a card used by someone else. Each such
 * line is violating with its amount; one finding per settlement. CL-BHV-005 is the settlement-level
 * variant for data without fee lines.
 */
export const serviceAfterDeath = defineRule({
  id: 'CL-BHV-004',
  name: msg('死亡后发生医药费用', 'Charges after death'),
  tier: '管理类',
  subclass: msg('行为主体监管类', 'Conduct of parties'),
  resultType: '可疑',
  severity: '高度可疑',
  behaviour: msg('虚构医药服务', 'Fabricated services'),
  scenes: ['inpatient', 'outpatient', 'pharmacy'],
  window: 'line',
  needs: {
    fields: {
      fee: ['feedetl_sn', 'setl_id', 'psn_no', 'fee_ocur_time', 'det_item_fee_sumamt'],
      death: ['psn_no', 'death_date'],
    },
  },
  parameters: [GRACE_DAYS_PARAMETER],
  basis: msg(
    '《医疗保障基金使用监督管理条例》第四十条（虚构医药服务项目；诱导、协助他人冒名就医）：参保人死亡后仍发生医药费用。',
    'Regulation on the Use of Medical Security Funds, art. 40 (fabricated services; helping others use a person’s credentials): charges dated after the insured person’s death.',
  ),
  origin: 'regulation',
  sql: `
WITH ${DEATH_DAYS_CTE},
hit AS (
  SELECT f.*, dd.death_day, CAST(f.fee_ocur_time AS DATE) AS d
  FROM fee f JOIN dd ON dd.psn_no = f.psn_no
  WHERE CAST(f.fee_ocur_time AS DATE) > dd.death_day + CAST($grace_days AS INTEGER)
),
f AS (
  SELECT coalesce(setl_id, psn_no) AS finding_key, count(*) AS n, min(d) AS first_day, max(d) AS last_day,
    sum(det_item_fee_sumamt) AS total
  FROM hit GROUP BY ALL
)
SELECT f.finding_key, h.psn_no, h.mdtrt_id, h.setl_id, h.fixmedins_code, h.bilg_dr_code AS dr_code, h.feedetl_sn,
  1 AS vola_item_type, h.det_item_fee_sumamt AS amount,
  '参保人 ' || h.psn_no || ' 于 ' || h.death_day || ' 死亡，之后仍发生费用 ' || f.n || ' 条（' || f.first_day
    || CASE WHEN f.last_day > f.first_day THEN ' 至 ' || f.last_day ELSE '' END || '，死亡后第 '
    || date_diff('day', h.death_day, f.first_day) || ' 天起），合计 ' || ${yuanSql('f.total')} || ' 元' AS vola_cont,
  'Person ' || h.psn_no || ' died on ' || h.death_day || ', yet ' || f.n || ' fee line(s) are dated ' || f.first_day
    || CASE WHEN f.last_day > f.first_day THEN ' to ' || f.last_day ELSE '' END || ' ('
    || date_diff('day', h.death_day, f.first_day) || ' day(s) after death), '
    || ${yuanSql('f.total')} || ' yuan in all' AS vola_cont_en
FROM hit h JOIN f ON f.finding_key = coalesce(h.setl_id, h.psn_no)
`,
});
