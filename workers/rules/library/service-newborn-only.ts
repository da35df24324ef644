import { msg } from '../../../core/shared/msg';
import { defineLineRestrictionRule } from './line-restriction-sql';

/** 医疗服务项目限新生儿使用: a service item paid for newborns only, billed for a person past the newborn period. */
export const serviceNewbornOnly = defineLineRestrictionRule({
  id: 'GZ10000102005000',
  name: msg('医疗服务项目限新生儿使用', 'Service item restricted to newborns'),
  tier: '政策类',
  subclass: msg('医疗服务项目政策限定类', 'Service-item policy restrictions'),
  resultType: '明确违规',
  severity: '明确违规',
  behaviour: msg('超医保支付范围', 'Outside the payment scope'),
  scenes: ['inpatient', 'outpatient'],
  item: 'service',
  kinds: ['newborn'],
  basis: msg(
    '医疗服务项目分类与代码中限新生儿使用的项目，超出新生儿期使用不予支付（规则库 1.0 GZ10000102005000）。',
    'Service items restricted to newborns are not paid past the newborn period (rule base 1.0 GZ10000102005000).',
  ),
  origin: 'nhsa-1.0',
});
