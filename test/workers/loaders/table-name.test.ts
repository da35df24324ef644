import { describe, expect, it } from 'vitest';
import { rawTableName } from '../../../workers/loaders/table-name';

describe('rawTableName', () => {
  it('prefixes raw_ and keeps letters (Chinese too), digits and _', () => {
    expect(rawTableName('结算明细 2024-03.csv', new Set())).toBe('raw_结算明细_2024_03');
    expect(rawTableName('C:\\exports\\Fee List.CSV', new Set())).toBe('raw_fee_list');
  });

  it('names a file without a usable stem raw_file', () => {
    expect(rawTableName('---.csv', new Set())).toBe('raw_file');
    expect(rawTableName('.csv', new Set())).toBe('raw_csv');
  });

  it('is unique against taken names, case-insensitively', () => {
    expect(rawTableName('fee.csv', new Set(['RAW_FEE', 'raw_fee_2']))).toBe('raw_fee_3');
  });

  it('caps the stem length', () => {
    expect(rawTableName(`${'a'.repeat(100)}.csv`, new Set())).toBe(`raw_${'a'.repeat(48)}`);
  });
});
