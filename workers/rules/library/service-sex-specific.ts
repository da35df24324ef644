import { msg } from '../../../core/shared/msg';
import { defineLineRestrictionRule } from './line-restriction-sql';

/** 医疗服务项目区分性别使用: a service item for one sex billed for a person of the other (unknown sex is not flagged). */
export const serviceSexSpecific = defineLineRestrictionRule({
  id: 'GZ10000302004000',
  name: msg('医疗服务项目区分性别使用', 'Sex-specific service item'),
  tier: '医疗类',
  subclass: msg('医疗服务项目合理使用类', 'Rational use of service items'),
  resultType: '可疑',
  severity: '高度可疑',
  behaviour: msg('不合理诊疗', 'Inappropriate treatment'),
  scenes: ['inpatient', 'outpatient'],
  item: 'service',
  kinds: ['sex'],
  basis: msg(
    '医疗服务项目分类与代码中区分性别使用的项目，与参保人性别不符（规则库 1.0 GZ10000302004000）。',
    'The service item is for one sex; the person is of the other (rule base 1.0 GZ10000302004000).',
  ),
  origin: 'nhsa-1.0',
});
