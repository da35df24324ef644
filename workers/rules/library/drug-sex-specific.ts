import { msg } from '../../../core/shared/msg';
import { defineLineRestrictionRule } from './line-restriction-sql';

/** 药品区分性别使用: a drug for one sex billed for a person of the other (unknown sex is not flagged). */
export const drugSexSpecific = defineLineRestrictionRule({
  id: 'GZ10000301004000',
  name: msg('药品区分性别使用', 'Sex-specific drug'),
  tier: '医疗类',
  subclass: msg('药品合理使用类', 'Rational drug use'),
  resultType: '可疑',
  severity: '高度可疑',
  behaviour: msg('不合理用药', 'Inappropriate drug use'),
  scenes: ['inpatient', 'outpatient', 'pharmacy'],
  item: 'drug',
  kinds: ['sex'],
  basis: msg(
    '《国家基本医疗保险、工伤保险和生育保险药品目录》区分性别使用的药品，与参保人性别不符（规则库 1.0 GZ10000301004000）。',
    'The national drug catalogue marks this drug for one sex; the person is of the other (rule base 1.0 GZ10000301004000).',
  ),
  origin: 'nhsa-1.0',
});
