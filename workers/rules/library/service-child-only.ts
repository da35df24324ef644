import { msg } from '../../../core/shared/msg';
import { defineLineRestrictionRule } from './line-restriction-sql';

/** 医疗服务项目限儿童使用: a service item paid for children only, billed for a person at or over the age limit. */
export const serviceChildOnly = defineLineRestrictionRule({
  id: 'GZ10000102006000',
  name: msg('医疗服务项目限儿童使用', 'Service item restricted to children'),
  tier: '政策类',
  subclass: msg('医疗服务项目政策限定类', 'Service-item policy restrictions'),
  resultType: '明确违规',
  severity: '明确违规',
  behaviour: msg('超医保支付范围', 'Outside the payment scope'),
  scenes: ['inpatient', 'outpatient'],
  item: 'service',
  kinds: ['child'],
  basis: msg(
    '医疗服务项目分类与代码中限儿童使用的项目，成人使用不予支付（规则库 1.0 GZ10000102006000）。',
    'Service items restricted to children are not paid for adults (rule base 1.0 GZ10000102006000).',
  ),
  origin: 'nhsa-1.0',
});
