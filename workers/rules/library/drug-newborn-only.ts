import { msg } from '../../../core/shared/msg';
import { defineLineRestrictionRule } from './line-restriction-sql';

/** 药品限新生儿使用: a drug the catalogue pays for newborns only, billed for a person past the newborn period. */
export const drugNewbornOnly = defineLineRestrictionRule({
  id: 'GZ10000101006000',
  name: msg('药品限新生儿使用', 'Drug restricted to newborns'),
  tier: '政策类',
  subclass: msg('药品政策限定类', 'Drug policy restrictions'),
  resultType: '明确违规',
  severity: '明确违规',
  behaviour: msg('超医保支付范围', 'Outside the payment scope'),
  scenes: ['inpatient', 'outpatient', 'pharmacy'],
  item: 'drug',
  kinds: ['newborn'],
  basis: msg(
    '《国家基本医疗保险、工伤保险和生育保险药品目录》限新生儿使用的药品，超出新生儿期使用不予支付（规则库 1.0 GZ10000101006000）。',
    'The national drug catalogue pays for this drug for newborns only (rule base 1.0 GZ10000101006000).',
  ),
  origin: 'nhsa-1.0',
});
