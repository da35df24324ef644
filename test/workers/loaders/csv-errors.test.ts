import { describe, expect, it } from 'vitest';
import { translateCsvError } from '../../../workers/loaders/csv-errors';

const ctx = { fileName: 'fee.csv', delimiter: ',', hasHeader: true };

describe('translateCsvError', () => {
  it('turns a column-count error into a ragged-row error on the data row', () => {
    const detail =
      'Invalid Input Error: CSV Error on Line: 5\nOriginal Line: 4,5\nExpected Number of Columns: 3 Found: 2';
    const e = translateCsvError(detail, ctx);
    expect(e).toMatchObject({ kind: 'load', code: 'csv.ragged-row', file: 'fee.csv', row: 4, detail });
    expect(e.message.en).toContain('data row 4 (line 5 of the file) has 2 fields, the header has 3');
    expect(e.message.zh).toContain('第 4 行数据（文件第 5 行）有 2 个字段，而表头有 3 个');
  });

  it('counts from the first line when there is no header', () => {
    const detail = 'CSV Error on Line: 2\nExpected Number of Columns: 3 Found: 4';
    const e = translateCsvError(detail, { ...ctx, hasHeader: false });
    expect(e).toMatchObject({ row: 2 });
    expect(e.message.en).toContain('the first row has 3');
  });

  it('recognises invalid unicode and unterminated quotes', () => {
    expect(
      translateCsvError('CSV Error on Line: 3\nInvalid unicode (byte sequence mismatch)', ctx),
    ).toMatchObject({
      code: 'csv.invalid-encoding',
      row: 2,
    });
    expect(
      translateCsvError('CSV Error on Line: 2\nValue with unterminated quote found.', ctx),
    ).toMatchObject({
      code: 'csv.unterminated-quote',
      row: 1,
    });
  });

  it('keeps anything else as a generic read error with DuckDB’s text', () => {
    const e = translateCsvError('IO Error: something odd', ctx);
    expect(e).toMatchObject({ code: 'csv.read-failed', detail: 'IO Error: something odd' });
    expect(e.row).toBeUndefined();
  });
});
