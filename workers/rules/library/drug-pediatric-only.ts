import { msg } from '../../../core/shared/msg';
import { defineLineRestrictionRule } from './line-restriction-sql';

/** 药品儿童专用: a drug meant for children only, billed for a person at or over the age limit. */
export const drugPediatricOnly = defineLineRestrictionRule({
  id: 'GZ10000301002000',
  name: msg('药品儿童专用', 'Pediatric-only drug'),
  tier: '医疗类',
  subclass: msg('药品合理使用类', 'Rational drug use'),
  resultType: '可疑',
  severity: '可疑',
  behaviour: msg('不合理用药', 'Inappropriate drug use'),
  scenes: ['inpatient', 'outpatient', 'pharmacy'],
  item: 'drug',
  kinds: ['pediatric'],
  basis: msg(
    '仅适用于儿童的药品，参保人年龄超出儿童年龄限制（规则库 1.0 GZ10000301002000）。',
    'A drug meant for children only, billed for a person over the child age limit (rule base 1.0 GZ10000301002000).',
  ),
  origin: 'nhsa-1.0',
});
