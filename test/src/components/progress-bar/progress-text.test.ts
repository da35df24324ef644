import { describe, expect, it } from 'vitest';
import { progressText } from '../../../../src/components/progress-bar/progress-text';

describe('progressText', () => {
  it('reads bytes with a known total', () => {
    expect(
      progressText({ phase: 'read', done: 5 * 1024 * 1024, total: 20 * 1024 * 1024, unit: 'bytes' }, 'zh'),
    ).toEqual({
      phase: '读取文件',
      amount: '5 MB / 20 MB',
      percent: 25,
    });
  });

  it('counts rows with and without a total', () => {
    expect(progressText({ phase: 'insert', done: 30000, total: 120000, unit: 'rows' }, 'en')).toEqual({
      phase: 'Inserting rows',
      amount: '30,000 / 120,000 rows',
      percent: 25,
    });
    expect(progressText({ phase: 'insert', done: 30000, total: 0, unit: 'rows' }, 'zh')).toEqual({
      phase: '写入数据表',
      amount: '30,000 行',
      percent: undefined,
    });
  });

  it('shows bare percentages without an amount, clamped to 0–100', () => {
    expect(progressText({ phase: 'map', done: 150, total: 100, unit: 'percent' }, 'en')).toEqual({
      phase: 'Mapping and validating',
      amount: '',
      percent: 100,
    });
  });
});
