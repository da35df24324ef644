import { msg } from '../../../core/shared/msg';
import { defineLineRestrictionRule } from './line-restriction-sql';

/** 药品限工伤保险: a drug the catalogue pays under work-injury insurance only, settled under another insurance type. */
export const drugWorkInjuryOnly = defineLineRestrictionRule({
  id: 'GZ10000101001000',
  name: msg('药品限工伤保险', 'Drug restricted to work-injury insurance'),
  tier: '政策类',
  subclass: msg('药品政策限定类', 'Drug policy restrictions'),
  resultType: '明确违规',
  severity: '明确违规',
  behaviour: msg('超医保支付范围', 'Outside the payment scope'),
  scenes: ['inpatient', 'outpatient', 'pharmacy'],
  item: 'drug',
  kinds: ['work_injury'],
  basis: msg(
    '《国家基本医疗保险、工伤保险和生育保险药品目录》限工伤保险的药品，其他险种不予支付（规则库 1.0 GZ10000101001000）。',
    'The national drug catalogue pays for this drug under work-injury insurance only (rule base 1.0 GZ10000101001000).',
  ),
  origin: 'nhsa-1.0',
});
