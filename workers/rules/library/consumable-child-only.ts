import { msg } from '../../../core/shared/msg';
import { defineLineRestrictionRule } from './line-restriction-sql';

/** 耗材限儿童使用: a consumable paid for children only, billed for a person at or over the age limit. */
export const consumableChildOnly = defineLineRestrictionRule({
  id: 'GZ10000103002000',
  name: msg('耗材限儿童使用', 'Consumable restricted to children'),
  tier: '政策类',
  subclass: msg('医用耗材政策限定类', 'Consumable policy restrictions'),
  resultType: '明确违规',
  severity: '明确违规',
  behaviour: msg('超医保支付范围', 'Outside the payment scope'),
  scenes: ['inpatient', 'outpatient'],
  item: 'consumable',
  kinds: ['child'],
  basis: msg(
    '《医保医用耗材分类与代码数据库》中限儿童使用的耗材，成人使用不予支付（规则库 1.0 GZ10000103002000）。',
    'Consumables restricted to children in the national consumable code database are not paid for adults (rule base 1.0 GZ10000103002000).',
  ),
  origin: 'nhsa-1.0',
});
