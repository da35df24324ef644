import { msg } from '../../../core/shared/msg';
import { defineLineRestrictionRule } from './line-restriction-sql';

/** 药品限儿童使用: a drug the catalogue pays for children only, billed for a person at or over the age limit. */
export const drugChildOnly = defineLineRestrictionRule({
  id: 'GZ10000101007000',
  name: msg('药品限儿童使用', 'Drug restricted to children'),
  tier: '政策类',
  subclass: msg('药品政策限定类', 'Drug policy restrictions'),
  resultType: '明确违规',
  severity: '明确违规',
  behaviour: msg('超医保支付范围', 'Outside the payment scope'),
  scenes: ['inpatient', 'outpatient', 'pharmacy'],
  item: 'drug',
  kinds: ['child'],
  basis: msg(
    '《国家基本医疗保险、工伤保险和生育保险药品目录》限儿童使用的药品，成人使用不予支付（规则库 1.0 GZ10000101007000）。',
    'The national drug catalogue pays for this drug for children only; adult use is not paid (rule base 1.0 GZ10000101007000).',
  ),
  origin: 'nhsa-1.0',
});
