import { describe, expect, it } from 'vitest';
import { knowledgeLayoutOf } from '../../../workers/knowledge/recognize-knowledge';

describe('knowledgeLayoutOf', () => {
  it('recognises a knowledge file by its name, whatever its header', () => {
    expect(knowledgeLayoutOf('kb_restriction.csv', [])).toEqual({ kind: 'kb', table: 'kb_restriction' });
    expect(knowledgeLayoutOf('C:\\exports\\KB_Price_Cap.json', ['x'])).toEqual({
      kind: 'kb',
      table: 'kb_price_cap',
    });
  });

  it('recognises a knowledge file by its columns, in Chinese or English, in any order', () => {
    expect(knowledgeLayoutOf('限定.csv', ['限定类型', '编码', '来源', '参数'])).toEqual({
      kind: 'kb',
      table: 'kb_restriction',
    });
    expect(knowledgeLayoutOf('pairs.csv', ['code_b', 'CODE_A', 'window', 'source'])).toEqual({
      kind: 'kb',
      table: 'kb_exclusive_pair',
    });
  });

  it("recognises NHSA's knowledge-point layout by its columns or record keys, in English or Chinese", () => {
    // The keys of a record of NHSA's published JSON, in their order there.
    const jsonKeys = ['kp_id', 'rule_class', 'gz_code', 'level1', 'level2', 'med_code', 'med_codes'];
    expect(knowledgeLayoutOf('all_records.json', [...jsonKeys, 'item_name', 'constraint', 'source'])).toEqual(
      {
        kind: 'nhsa',
      },
    );
    expect(knowledgeLayoutOf('省两库.csv', ['项目名称', '限定条件', '医保编码', '规则分类'])).toEqual({
      kind: 'nhsa',
    });
    expect(knowledgeLayoutOf('kp.xlsx', ['Rule_Class', 'MED_CODES', 'KP_ID'])).toEqual({ kind: 'nhsa' });
    // A name that names a knowledge table wins over the header.
    expect(knowledgeLayoutOf('kb_restriction.csv', ['rule_class', 'med_code', 'kp_id'])).toEqual({
      kind: 'kb',
      table: 'kb_restriction',
    });
  });

  it('does not take a file for NHSA knowledge without a rule class, a code, and an id or restriction', () => {
    expect(knowledgeLayoutOf('x.csv', ['医保编码', '项目名称', '限定条件'])).toBeUndefined();
    expect(knowledgeLayoutOf('x.csv', ['规则分类', '项目名称', '限定条件'])).toBeUndefined();
    expect(knowledgeLayoutOf('x.csv', ['规则分类', '医保编码', '项目名称'])).toBeUndefined();
  });

  it('leaves data files alone, even when they share some column names with a knowledge table', () => {
    expect(knowledgeLayoutOf('费用明细.csv', ['结算ID', '项目编码', '金额'])).toBeUndefined();
    expect(knowledgeLayoutOf('kbd.csv', ['编码', '类型', '金额'])).toBeUndefined();
    expect(knowledgeLayoutOf('fee.csv', [])).toBeUndefined();
  });
});
