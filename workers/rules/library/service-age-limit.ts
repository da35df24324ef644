import { msg } from '../../../core/shared/msg';
import { defineLineRestrictionRule } from './line-restriction-sql';

/** 医疗服务项目限年龄: a service item paid only within an age range (e.g. working age), billed outside it. */
export const serviceAgeLimit = defineLineRestrictionRule({
  id: 'NHSA2025-29',
  name: msg('医疗服务项目限年龄', 'Service item restricted by age'),
  tier: '政策类',
  subclass: msg('医疗服务项目政策限定类', 'Service-item policy restrictions'),
  resultType: '明确违规',
  severity: '明确违规',
  behaviour: msg('超医保支付范围', 'Outside the payment scope'),
  scenes: ['inpatient', 'outpatient'],
  item: 'service',
  kinds: ['age_min', 'age_max'],
  basis: msg(
    '限定年龄范围（如限法定就业年龄段患者）的医疗服务项目，超出年龄范围使用不予支付（规则库 2025 版第 29 类“医疗服务项目限年龄”，NHSA2025-29）。',
    'Service items paid only within an age range (e.g. working age) are not paid outside it (rule base 2025, class 29, NHSA2025-29).',
  ),
  origin: 'nhsa-2025',
});
