import { msg } from '../../../core/shared/msg';
import { defineLineRestrictionRule } from './line-restriction-sql';

/**
 * 医疗服务项目限医疗机构级别: a service item paid only at institutions of a minimum level, billed at a lower-level one
 * (the level is the settlement's `medins_lv`).
 */
export const serviceInstitutionLevel = defineLineRestrictionRule({
  id: 'GZ10000102011000',
  name: msg('医疗服务项目限医疗机构级别', 'Service item restricted by institution level'),
  tier: '政策类',
  subclass: msg('医疗服务项目政策限定类', 'Service-item policy restrictions'),
  resultType: '明确违规',
  severity: '明确违规',
  behaviour: msg('超医保支付范围', 'Outside the payment scope'),
  scenes: ['inpatient', 'outpatient'],
  item: 'service',
  kinds: ['medins_lv'],
  basis: msg(
    '医疗服务项目分类与代码中限定医疗机构级别的项目，低于限定级别的机构使用不予支付（规则库 1.0 GZ10000102011000）。',
    'Service items restricted to institutions of a stated level are not paid at lower-level ones (rule base 1.0 GZ10000102011000).',
  ),
  origin: 'nhsa-1.0',
});
