import { describe, expect, it } from 'vitest';
import { sniffDelimiter } from '../../../workers/loaders/sniff-delimiter';

describe('sniffDelimiter', () => {
  it.each([
    [',', 'a,b,c\n1,2,3\n4,5,6\n'],
    ['\t', 'a\tb\tc\n1\t2\t3\n'],
    ['|', 'a|b|c\n1|2|3\n'],
    [';', 'a;b;c\n1,5;2,25;3\n'],
  ])('finds %j', (delimiter, text) => {
    expect(sniffDelimiter(text, true)).toBe(delimiter);
  });

  it('ignores delimiters inside quotes', () => {
    const text = 'name;note\n"Li, Wei";"a, b, c"\n"Wang, Fang";"d, e"\n';
    expect(sniffDelimiter(text, true)).toBe(';');
  });

  it('prefers the consistent delimiter over the more frequent one', () => {
    const text = '项目|说明\n挂号费|普通,门诊,复诊\n检查费|CT\n';
    expect(sniffDelimiter(text, true)).toBe('|');
  });

  it('ignores a record cut off by the end of the sample', () => {
    const text = 'a\tb\tc\n1\t2\t3\n4\t5\t6\n7,8';
    expect(sniffDelimiter(text, false)).toBe('\t');
  });

  it('falls back for a one-column file', () => {
    expect(sniffDelimiter('name\nLi\nWang\n', true)).toBe(',');
    expect(sniffDelimiter('name\nLi\nWang\n', true, '\t')).toBe('\t');
  });
});
