import { msg } from '../../../core/shared/msg';
import { defineLineRestrictionRule } from './line-restriction-sql';

/**
 * 药品限医疗机构级别: a drug the catalogue pays only at institutions of a minimum level, billed at a lower-level
 * one (the level is the settlement's `medins_lv`).
 */
export const drugInstitutionLevel = defineLineRestrictionRule({
  id: 'GZ10000101012000',
  name: msg('药品限医疗机构级别', 'Drug restricted by institution level'),
  tier: '政策类',
  subclass: msg('药品政策限定类', 'Drug policy restrictions'),
  resultType: '明确违规',
  severity: '明确违规',
  behaviour: msg('超医保支付范围', 'Outside the payment scope'),
  scenes: ['inpatient', 'outpatient'],
  item: 'drug',
  kinds: ['medins_lv'],
  basis: msg(
    '《国家基本医疗保险、工伤保险和生育保险药品目录》限定医疗机构级别的药品，低于限定级别的机构使用不予支付（规则库 1.0 GZ10000101012000）。',
    'The national drug catalogue pays for this drug only at institutions of the stated level or above (rule base 1.0 GZ10000101012000).',
  ),
  origin: 'nhsa-1.0',
});
