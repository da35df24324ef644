import { msg } from '../../../core/shared/msg';
import { defineLineRestrictionRule } from './line-restriction-sql';

/** 医疗服务项目限科室使用: a service item paid only when billed by given departments, billed by another one. */
export const serviceDepartmentOnly = defineLineRestrictionRule({
  id: 'GZ10000102008000',
  name: msg('医疗服务项目限科室使用', 'Service item restricted to departments'),
  tier: '政策类',
  subclass: msg('医疗服务项目政策限定类', 'Service-item policy restrictions'),
  resultType: '明确违规',
  severity: '明确违规',
  behaviour: msg('超医保支付范围', 'Outside the payment scope'),
  scenes: ['inpatient', 'outpatient'],
  item: 'service',
  kinds: ['dept'],
  basis: msg(
    '医疗服务项目分类与代码中限定科室使用的项目，其他科室开单不予支付（规则库 1.0 GZ10000102008000）。',
    'Service items restricted to certain departments are not paid when billed by another department (rule base 1.0 GZ10000102008000).',
  ),
  origin: 'nhsa-1.0',
});
