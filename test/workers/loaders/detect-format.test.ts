import { describe, expect, it } from 'vitest';
import { detectFormat, fileExtension } from '../../../workers/loaders/detect-format';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('detectFormat', () => {
  it('trusts magic bytes over the extension', () => {
    expect(detectFormat(bytes(0x50, 0x41, 0x52, 0x31), 'data.csv')).toBe('parquet');
    expect(detectFormat(bytes(0x50, 0x4b, 0x03, 0x04), 'data.csv')).toBe('xlsx');
    expect(detectFormat(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), 'a.xlsx')).toBe('xls');
  });

  it('falls back to the extension, then to delimited text', () => {
    expect(detectFormat(bytes(0x61), 'x.PARQUET')).toBe('parquet');
    expect(detectFormat(bytes(0x61), 'x.xlsx')).toBe('xlsx');
    expect(detectFormat(bytes(0x61), 'x.tsv')).toBe('csv');
    expect(detectFormat(bytes(0x61), 'noext')).toBe('csv');
  });

  it('reads extensions', () => {
    expect(fileExtension('a/b.c/File.TSV')).toBe('tsv');
    expect(fileExtension('.hidden')).toBe('');
  });
});
