import { describe, expect, it } from 'vitest';
import { parseCustomRule } from '../../../core/notebook/custom-rule-text';
import { createCell, emptyNotebook } from '../../../core/notebook/notebook-edit';

const TEXT = `name: 夜间大额手术
name_en: Large surgery at night
severity: 高度可疑
behaviour: 虚构医药服务
behaviour_en: Fabricated services
basis: 条例第四十条
scenes:
  - inpatient
needs:
  - fee.fee_ocur_time
parameters:
  - name: min_amount
    label: 最低金额
    label_en: Minimum amount
    kind: number
    default: 5000
    min: 0
---
SELECT 1 AS x`;

describe('custom rule text', () => {
  it('reads metadata, needs, parameters and SQL', () => {
    const r = parseCustomRule('NB-1', TEXT);
    if (!r.ok) throw new Error(r.message.en);
    expect(r.value).toMatchObject({
      id: 'NB-1',
      name: { zh: '夜间大额手术', en: 'Large surgery at night' },
      severity: '高度可疑',
      basis: { zh: '条例第四十条', en: '条例第四十条' },
      scenes: ['inpatient'],
      needs: ['fee.fee_ocur_time'],
      parameters: [{ name: 'min_amount', kind: 'number', default: 5000, min: 0 }],
      sql: 'SELECT 1 AS x',
    });
  });

  it('the template a new custom-rule cell starts with reads', () => {
    const cell = createCell(emptyNotebook(), 'custom-rule');
    expect(cell.type === 'custom-rule' && parseCustomRule(cell.rule, cell.source).ok).toBe(true);
  });

  it('reports what is wrong with its line', () => {
    expect(parseCustomRule('NB-1', 'name: x\nSELECT 1')).toMatchObject({ ok: false, line: 1 });
    expect(parseCustomRule('NB-1', 'name: x\n---\n')).toMatchObject({ ok: false, line: 3 });
    expect(parseCustomRule('NB-1', 'name: x\nseverity: 严重\n---\nSELECT 1')).toMatchObject({
      ok: false,
      line: 2,
    });
    expect(parseCustomRule('NB-1', 'name: x\nneeds:\n  - trace_code\n---\nSELECT 1')).toMatchObject({
      ok: false,
      line: 2,
    });
    expect(
      parseCustomRule(
        'NB-1',
        'name: x\nparameters:\n  - name: n\n    kind: number\n    default: abc\n---\nSELECT 1',
      ),
    ).toMatchObject({ ok: false, line: 2 });
  });
});
