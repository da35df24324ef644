import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { isKnowledgeFile } from '../../../workers/kernel/open-file';
import { readHeader } from '../../../workers/kernel/read-header';

const file = (name: string, bytes: BlobPart) => new File([bytes], name);

describe('readHeader', () => {
  it('reads the first line in the encoding the loader would detect, with its delimiter', async () => {
    const gbk = new Uint8Array(iconv.encode('代码\t类别\t参数\t来源\r\nX\tchild\t18\t局\r\n', 'gbk'));
    expect(await readHeader(file('a.tsv', gbk), 'a.tsv')).toEqual(['代码', '类别', '参数', '来源']);
    const bom = '\uFEFF"code";" max_pric ";medins_lv\n1;2;3\n';
    expect(await readHeader(file('b.txt', bom), 'b.txt')).toEqual(['code', 'max_pric', 'medins_lv']);
  });

  it('reads nothing from files whose header is not plain text', async () => {
    expect(await readHeader(file('c.xlsx', 'PK\u0003\u0004'), 'c.xlsx')).toEqual([]);
    expect(await readHeader(file('d.csv', new Uint8Array([0, 1, 2, 0])), 'd.csv')).toEqual([]);
  });
});

describe('isKnowledgeFile', () => {
  it('takes JSON, kb_* names and knowledge headers as knowledge; data stays data', async () => {
    expect(await isKnowledgeFile(file('rules.json', '{}'))).toBe(true);
    expect(await isKnowledgeFile(file('KB_Price_Cap (2).csv', 'x,y\n'))).toBe(true);
    expect(await isKnowledgeFile(file('frequency.csv', 'code,max_cnt,period,source\n'))).toBe(true);
    // Sharing a column name or two with a knowledge table does not make a data file knowledge.
    expect(await isKnowledgeFile(file('fee.csv', 'feedetl_sn,code,source,det_item_fee_sumamt\n'))).toBe(
      false,
    );
    expect(await isKnowledgeFile(file('结算.csv', '结算ID,人员编号\n'))).toBe(false);
  });
});
