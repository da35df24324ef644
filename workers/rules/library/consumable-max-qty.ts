import { defineRule } from '../../../core/rules/rule-types';
import { msg } from '../../../core/shared/msg';
import { FEE_FINDING_FIELDS } from './fee-finding-fields';
import { maxQtySql } from './max-qty-sql';

/**
 * 医用耗材数量超标: a consumable's (C code) net quantity in one settlement above its per-visit cap
 * (kb_restriction `max_qty`). The amount at issue is the excess quantity at the line's unit price, charged to
 * the latest lines (see `maxQtySql`).
 */
export const consumableMaxQty = defineRule({
  id: 'GZ10000303003000',
  name: msg('医用耗材数量超标', 'Consumable over the quantity limit'),
  tier: '医疗类',
  subclass: msg('医用耗材合理使用类', 'Rational use of consumables'),
  resultType: '可疑',
  severity: '高度可疑',
  behaviour: msg('超量使用', 'Excessive use'),
  scenes: ['inpatient', 'outpatient'],
  window: 'visit',
  needs: {
    fields: {
      fee: [...FEE_FINDING_FIELDS, 'fee_ocur_time', 'cnt'],
    },
    knowledge: [{ table: 'kb_restriction', kind: 'max_qty' }],
  },
  parameters: [],
  basis: msg(
    '《医保医用耗材分类与代码数据库》中有使用数量限定的耗材，单次就诊用量超出限定（规则库 1.0 GZ10000303003000）。',
    'Consumables with a quantity limit in the national consumables code database, used above the limit in one visit (rule base 1.0 GZ10000303003000).',
  ),
  origin: 'nhsa-1.0',
  sql: maxQtySql({ codePattern: '^C', itemZh: '医用耗材', itemEn: 'Consumable' }),
});
