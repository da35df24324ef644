import { describe, expect, it } from 'vitest';
import { recordsToCsv, sheetRecords } from '../../../workers/loaders/sheet-records';

describe('sheetRecords', () => {
  it('pads rows and writes values as stored, dates as ISO', () => {
    const rows = [
      ['id', '日期', '时间'],
      ['001', new Date(Date.UTC(2024, 2, 1)), new Date(Date.UTC(2024, 2, 1, 8, 30))],
      [true, null],
    ];
    expect(sheetRecords(rows)).toEqual([
      ['id', '日期', '时间'],
      ['001', '2024-03-01', '2024-03-01T08:30:00'],
      ['true', '', ''],
    ]);
  });
});

describe('recordsToCsv', () => {
  it('quotes only what needs quoting', () => {
    expect(recordsToCsv([['a', 'b,c', 'say "hi"', 'x\ny']])).toBe('a,"b,c","say ""hi""","x\ny"\n');
  });

  it('keeps an empty one-column record from becoming a blank line', () => {
    expect(recordsToCsv([['x'], [''], ['y']])).toBe('x\n""\ny\n');
  });
});
