import { defineRule } from '../../../core/rules/rule-types';
import { msg } from '../../../core/shared/msg';
import { frequentVisitsParameters, frequentVisitsSql } from './frequent-visits-sql';

/**
 * 频繁购药: a person with more than `max_visits` pharmacy purchases within any `window_days` days
 * (rolling). Defaults: more than 6 in 30 days. A prescription filled at a pharmacy covers weeks (chronic
 * conditions up to 12 weeks), so buying on seven different days of one month — weekly and more — is
 * the 频繁刷卡 signal of credential cash-out and drug resale (倒卖医保药品) the supervisors name, while
 * a patient with several conditions buying weekly stays under the limit. A purchase is a person's
 * settlements at one pharmacy on one day (a split payment counts once). See `frequentVisitsSql`.
 */
export const frequentPharmacy = defineRule({
  id: 'GZ10000204003000',
  name: msg('频繁购药', 'Frequent pharmacy purchases'),
  tier: '管理类',
  subclass: msg('行为主体监管类', 'Conduct of parties'),
  resultType: '可疑',
  severity: '可疑',
  behaviour: msg('频繁购药', 'Frequent purchases'),
  scenes: ['pharmacy'],
  window: 'days',
  needs: {
    fields: { setl: ['setl_id', 'psn_no', 'fixmedins_code', 'med_type', 'begndate', 'medfee_sumamt'] },
  },
  parameters: frequentVisitsParameters(6, 30),
  basis: msg(
    '规则库 1.0 GZ10000204003000（频繁购药）：对参保人单位时间内购药次数进行监管；《医疗保障基金使用监督管理条例》第四十一条（利用享受医疗保障待遇的机会转卖药品）。',
    'Rule base 1.0 GZ10000204003000 (frequent purchases): the number of purchases of an insured person within a period; Regulation on the Use of Medical Security Funds, art. 41 (reselling drugs obtained through insurance).',
  ),
  origin: 'nhsa-1.0',
  sql: frequentVisitsSql({ scene: 'pharmacy', act: msg('购药', 'pharmacy purchases') }),
});
