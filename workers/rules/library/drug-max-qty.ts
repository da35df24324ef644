import { defineRule } from '../../../core/rules/rule-types';
import { msg } from '../../../core/shared/msg';
import { FEE_FINDING_FIELDS } from './fee-finding-fields';
import { maxQtySql } from './max-qty-sql';

/**
 * 药品限最大支付天数/开药量: a drug's net quantity in one settlement above its per-visit cap (kb_restriction
 * `max_qty`). The amount at issue is the excess quantity at the line's unit price, charged to the latest
 * lines (see `maxQtySql`).
 */
export const drugMaxQty = defineRule({
  id: 'GZ10000101009000',
  name: msg('药品限最大支付天数/开药量', 'Drug over the maximum quantity'),
  tier: '政策类',
  subclass: msg('药品政策限定类', 'Drug policy restrictions'),
  resultType: '明确违规',
  severity: '明确违规',
  behaviour: msg('超量开药', 'Over-prescribing'),
  scenes: ['inpatient', 'outpatient', 'pharmacy'],
  window: 'visit',
  needs: {
    fields: {
      fee: [...FEE_FINDING_FIELDS, 'fee_ocur_time', 'cnt'],
    },
    knowledge: [{ table: 'kb_restriction', kind: 'max_qty' }],
  },
  parameters: [],
  basis: msg(
    '政策限定最大支付天数/支付量的药品，超出部分不予支付（规则库 1.0 GZ10000101009000）。',
    'Drugs with a maximum paid quantity or days supplied: the excess is not paid (rule base 1.0 GZ10000101009000).',
  ),
  origin: 'nhsa-1.0',
  sql: maxQtySql({ codePattern: '^[XZ]', itemZh: '药品', itemEn: 'Drug' }),
});
