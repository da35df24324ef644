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

  it('leaves data files alone, even when they share some column names with a knowledge table', () => {
    expect(knowledgeLayoutOf('费用明细.csv', ['结算ID', '项目编码', '金额'])).toBeUndefined();
    expect(knowledgeLayoutOf('kbd.csv', ['编码', '类型', '金额'])).toBeUndefined();
    expect(knowledgeLayoutOf('fee.csv', [])).toBeUndefined();
  });
});
