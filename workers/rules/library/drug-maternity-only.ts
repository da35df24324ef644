import { msg } from '../../../core/shared/msg';
import { defineLineRestrictionRule } from './line-restriction-sql';

/** 药品限生育保险: a drug the catalogue pays under maternity insurance only, settled under another insurance type. */
export const drugMaternityOnly = defineLineRestrictionRule({
  id: 'GZ10000101002000',
  name: msg('药品限生育保险', 'Drug restricted to maternity insurance'),
  tier: '政策类',
  subclass: msg('药品政策限定类', 'Drug policy restrictions'),
  resultType: '明确违规',
  severity: '明确违规',
  behaviour: msg('超医保支付范围', 'Outside the payment scope'),
  scenes: ['inpatient', 'outpatient', 'pharmacy'],
  item: 'drug',
  kinds: ['maternity'],
  basis: msg(
    '《国家基本医疗保险、工伤保险和生育保险药品目录》限生育保险的药品，其他险种不予支付（规则库 1.0 GZ10000101002000）。',
    'The national drug catalogue pays for this drug under maternity insurance only (rule base 1.0 GZ10000101002000).',
  ),
  origin: 'nhsa-1.0',
});
