import { msg } from '../../../core/shared/msg';
import { defineLineRestrictionRule } from './line-restriction-sql';

/** 医疗服务项目限就医方式: a service item paid only in some care settings, billed in another. */
export const serviceCareSetting = defineLineRestrictionRule({
  id: 'GZ10000102009000',
  name: msg('医疗服务项目限就医方式', 'Service item restricted to a care setting'),
  tier: '政策类',
  subclass: msg('医疗服务项目政策限定类', 'Service-item policy restrictions'),
  resultType: '明确违规',
  severity: '明确违规',
  behaviour: msg('超医保支付范围', 'Outside the payment scope'),
  scenes: ['inpatient', 'outpatient'],
  item: 'service',
  kinds: ['med_type'],
  basis: msg(
    '医疗服务项目分类与代码中限定就医方式支付的项目，其他就医方式不予支付（规则库 1.0 GZ10000102009000）。',
    'Service items paid only in a stated care setting are not paid in another (rule base 1.0 GZ10000102009000).',
  ),
  origin: 'nhsa-1.0',
});
