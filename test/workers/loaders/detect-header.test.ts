import { describe, expect, it } from 'vitest';
import { cellShape } from '../../../workers/loaders/cell-shape';
import { detectHeader } from '../../../workers/loaders/detect-header';

const rows = (text: string) => text.split('\n').map((l) => l.split(','));

describe('cellShape', () => {
  it.each([
    ['001103000010000', 'number'],
    ['-12.50', 'number'],
    ['1,234.5', 'number'],
    ['¥30', 'number'],
    ['15%', 'number'],
    ['2024-03-01', 'date'],
    ['2024/3/1 08:30:00', 'date'],
    ['2024年3月1日', 'date'],
    ['结算ID', 'text'],
    ['psn_no', 'text'],
    ['  ', 'empty'],
  ])('%j is %s', (value, shape) => {
    expect(cellShape(value)).toBe(shape);
  });
});

describe('detectHeader', () => {
  it('sees a text row above numbers and dates', () => {
    expect(detectHeader(rows('结算ID,金额,结算日期\nS001,12.5,2024-03-01\nS002,8,2024-03-02'))).toBe(true);
  });

  it('sees no header when the first row has numbers', () => {
    expect(detectHeader(rows('S001,12.5,2024-03-01\nS002,8,2024-03-02'))).toBe(false);
  });

  it('takes distinct, filled-in text over all-text columns as a header', () => {
    expect(detectHeader(rows('姓名,科室\n张三,内科\n李四,外科'))).toBe(true);
  });

  it('sees no header when the first row repeats as data in its column', () => {
    expect(detectHeader(rows('内科,张三\n外科,李四\n内科,王五'))).toBe(false);
  });

  it('sees no header in all-text rows with a blank first cell', () => {
    expect(detectHeader(rows(',张三\n外科,李四'))).toBe(false);
  });

  it('accepts a blank header cell when other columns clearly have a header', () => {
    expect(detectHeader(rows('金额,\n12.5,x\n8,y'))).toBe(true);
  });

  it('takes a lone text row (a header-only file) as a header', () => {
    expect(detectHeader(rows('结算ID,金额'))).toBe(true);
  });
});
