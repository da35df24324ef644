import { describe, expect, it } from 'vitest';
import { FILE_ACCEPT, extensionOf, unsupportedFileError } from '../../../src/state/supported-files';

describe('supported files', () => {
  it('accepts the formats the loaders read, in any case', () => {
    for (const name of ['a.csv', 'B.TSV', 'c.txt', 'd.parquet', 'e.XLSX', 'kb_price_cap.json']) {
      expect(unsupportedFileError(name), name).toBeUndefined();
    }
    expect(FILE_ACCEPT).toBe('.csv,.tsv,.txt,.parquet,.xlsx,.json');
  });

  it('explains what to do with other files, in both languages', () => {
    const xls = unsupportedFileError('结算.xls');
    expect(xls).toMatchObject({ kind: 'load', code: 'load.unsupported-type', file: '结算.xls' });
    expect(xls?.message.zh).toContain('.xlsx');
    expect(xls?.message.en).toContain('Save it as .xlsx');
    expect(unsupportedFileError('README')?.message.en).toContain('unsupported file type.');
  });

  it('finds extensions', () => {
    expect(extensionOf('a.b.CSV')).toBe('.csv');
    expect(extensionOf('.hidden')).toBe('');
    expect(extensionOf('none')).toBe('');
  });
});
