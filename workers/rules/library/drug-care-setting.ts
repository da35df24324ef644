import { msg } from '../../../core/shared/msg';
import { defineLineRestrictionRule } from './line-restriction-sql';

/** 药品限就医方式: a drug the catalogue pays only in some care settings (e.g. inpatients), billed in another. */
export const drugCareSetting = defineLineRestrictionRule({
  id: 'NHSA2025-13',
  name: msg('药品限就医方式', 'Drug restricted to a care setting'),
  tier: '政策类',
  subclass: msg('药品政策限定类', 'Drug policy restrictions'),
  resultType: '明确违规',
  severity: '明确违规',
  behaviour: msg('超医保支付范围', 'Outside the payment scope'),
  scenes: ['inpatient', 'outpatient', 'pharmacy'],
  item: 'drug',
  kinds: ['med_type'],
  basis: msg(
    '《国家基本医疗保险、工伤保险和生育保险药品目录》限定就医方式（如限住院患者）的药品，其他就医方式不予支付（规则库 2025 版第 13 类“药品限就医方式”，NHSA2025-13）。',
    'The national drug catalogue pays for this drug only in the stated care setting, e.g. inpatients (rule base 2025, class 13, NHSA2025-13).',
  ),
  origin: 'nhsa-2025',
});
