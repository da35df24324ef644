import { describe, expect, it } from 'vitest';
import { parseRecords } from '../../../workers/loaders/parse-records';

describe('parseRecords', () => {
  it('splits on the delimiter and on \\n, \\r\\n and \\r', () => {
    expect(parseRecords('a,b\r\n1,2\n3,4\r5,6', ',').records).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
  });

  it('keeps delimiters, line breaks and doubled quotes inside quoted fields', () => {
    const { records, endsInQuote } = parseRecords('a,b\n"x,1","say ""hi""\nthere"\n', ',');
    expect(records).toEqual([
      ['a', 'b'],
      ['x,1', 'say "hi"\nthere'],
    ]);
    expect(endsInQuote).toBe(false);
  });

  it('treats a quote inside an unquoted field as a character', () => {
    expect(parseRecords('5"x,2\n', ',').records).toEqual([['5"x', '2']]);
  });

  it('skips blank lines and keeps empty fields', () => {
    expect(parseRecords('a,b\n\n,\n', ',').records).toEqual([
      ['a', 'b'],
      ['', ''],
    ]);
  });

  it('reports a text that ends inside a quoted field', () => {
    expect(parseRecords('a,"open', ',').endsInQuote).toBe(true);
  });

  it('stops after maxRecords', () => {
    expect(parseRecords('1\n2\n3\n', ',', 2).records).toEqual([['1'], ['2']]);
  });
});
