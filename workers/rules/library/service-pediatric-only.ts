import { msg } from '../../../core/shared/msg';
import { defineLineRestrictionRule } from './line-restriction-sql';

/** 医疗服务项目儿童专用: a service item meant for children only, billed for a person at or over the age limit. */
export const servicePediatricOnly = defineLineRestrictionRule({
  id: 'GZ10000302003000',
  name: msg('医疗服务项目儿童专用', 'Pediatric-only service item'),
  tier: '医疗类',
  subclass: msg('医疗服务项目合理使用类', 'Rational use of service items'),
  resultType: '可疑',
  severity: '可疑',
  behaviour: msg('不合理诊疗', 'Inappropriate treatment'),
  scenes: ['inpatient', 'outpatient'],
  item: 'service',
  kinds: ['pediatric'],
  basis: msg(
    '医疗服务项目分类与代码中儿童专用的项目，参保人年龄超出儿童年龄限制（规则库 1.0 GZ10000302003000）。',
    'A service item meant for children only, billed for a person over the child age limit (rule base 1.0 GZ10000302003000).',
  ),
  origin: 'nhsa-1.0',
});
