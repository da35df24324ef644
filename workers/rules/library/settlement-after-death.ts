import { defineRule } from '../../../core/rules/rule-types';
import { msg } from '../../../core/shared/msg';
import { DEATH_DAYS_CTE, GRACE_DAYS_PARAMETER } from './death-registry-sql';

/**
 * 死亡后就医（结算）: a settlement whose visit or stay began more than `grace_days` days after the
 * person's registered death (the `death` table, matched by psn_no). The settlement-level variant of
 * CL-BHV-004 for data without fee lines: the whole settlement is violating (`medfee_sumamt`). A stay
 * that began before death and ended with it is not flagged.
 */
export const settlementAfterDeath = defineRule({
  id: 'CL-BHV-005',
  name: msg('死亡后就医结算', 'Visits after death'),
  tier: '管理类',
  subclass: msg('行为主体监管类', 'Conduct of parties'),
  resultType: '可疑',
  severity: '高度可疑',
  behaviour: msg('虚构医药服务', 'Fabricated services'),
  scenes: ['inpatient', 'outpatient', 'pharmacy'],
  window: 'visit',
  needs: {
    fields: {
      setl: ['setl_id', 'psn_no', 'begndate', 'medfee_sumamt'],
      death: ['psn_no', 'death_date'],
    },
  },
  parameters: [GRACE_DAYS_PARAMETER],
  basis: msg(
    '《医疗保障基金使用监督管理条例》第四十条（虚构医药服务项目；诱导、协助他人冒名就医）：参保人死亡后仍发生就医结算。',
    'Regulation on the Use of Medical Security Funds, art. 40 (fabricated services; helping others use a person’s credentials): visits that began after the insured person’s death.',
  ),
  origin: 'regulation',
  sql: `
WITH ${DEATH_DAYS_CTE}
SELECT s.setl_id AS finding_key, s.psn_no, s.mdtrt_id, s.setl_id, s.fixmedins_code, s.atddr_no AS dr_code,
  NULL AS feedetl_sn, 1 AS vola_item_type, s.medfee_sumamt AS amount,
  '参保人 ' || s.psn_no || ' 于 ' || dd.death_day || ' 死亡，死亡后第 '
    || date_diff('day', dd.death_day, CAST(s.begndate AS DATE)) || ' 天（' || CAST(s.begndate AS DATE)
    || '）仍在机构 ' || coalesce(s.fixmedins_code, '—') || ' 就医结算' AS vola_cont,
  'Person ' || s.psn_no || ' died on ' || dd.death_day || ', yet a visit at ' || coalesce(s.fixmedins_code, '—')
    || ' began on ' || CAST(s.begndate AS DATE) || ', '
    || date_diff('day', dd.death_day, CAST(s.begndate AS DATE)) || ' day(s) later' AS vola_cont_en
FROM setl s JOIN dd ON dd.psn_no = s.psn_no
WHERE CAST(s.begndate AS DATE) > dd.death_day + CAST($grace_days AS INTEGER)
`,
});
