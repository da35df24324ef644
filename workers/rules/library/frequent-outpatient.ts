import { defineRule } from '../../../core/rules/rule-types';
import { msg } from '../../../core/shared/msg';
import { frequentVisitsParameters, frequentVisitsSql } from './frequent-visits-sql';

/**
 * 频繁门诊: a person with more than `max_visits` outpatient visits within any `window_days` days
 * (rolling). Defaults: more than 8 in 30 days. Chronic patients usually come once a month or less
 * (long prescriptions cover up to 12 weeks), so nine visits in a month — more than twice a week, every
 * week — is far outside ordinary care and matches the 冒名就医 / 刷卡套现 patterns the regulation names;
 * it stays a suspicion (dialysis, dressing changes and rehabilitation courses are legitimate reasons),
 * so the threshold is a parameter. A visit is a person's settlements at one institution on one day.
 * One finding per person per episode: see `frequentVisitsSql`.
 */
export const frequentOutpatient = defineRule({
  id: 'GZ10000204002000',
  name: msg('频繁门诊', 'Frequent outpatient visits'),
  tier: '管理类',
  subclass: msg('行为主体监管类', 'Conduct of parties'),
  resultType: '可疑',
  severity: '可疑',
  behaviour: msg('频繁就医', 'Frequent visits'),
  scenes: ['outpatient'],
  window: 'days',
  needs: {
    fields: { setl: ['setl_id', 'psn_no', 'fixmedins_code', 'med_type', 'begndate', 'medfee_sumamt'] },
  },
  parameters: frequentVisitsParameters(8, 30),
  basis: msg(
    '规则库 1.0 GZ10000204002000（频繁门诊）：对单位时间区内参保人门诊就医次数超出设定次数的情形进行监管；《医疗保障基金使用监督管理条例》第四十一条（冒名就医、转卖药品）。',
    'Rule base 1.0 GZ10000204002000 (frequent outpatient visits): outpatient visits of an insured person within a period above the set number; Regulation on the Use of Medical Security Funds, art. 41 (impersonation, drug resale).',
  ),
  origin: 'nhsa-1.0',
  sql: frequentVisitsSql({ scene: 'outpatient', act: msg('门诊就诊', 'outpatient visits') }),
});
