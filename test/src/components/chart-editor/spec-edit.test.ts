import { describe, expect, it } from 'vitest';
import { withChannel, withSort, withTitle } from '../../../../src/components/chart-editor/spec-edit';
import type { ChartSpec } from '../../../../core/notebook/chart-spec';

const base: ChartSpec = { mark: 'bar', x: 'hospital', y: 'fee', tooltip: true };

describe('chart editor edits', () => {
  it('binds and unbinds channels without leaving empty keys', () => {
    expect(withChannel(base, 'fill', 'dept')).toEqual({ ...base, fill: 'dept' });
    const cleared = withChannel(base, 'x', '');
    expect(cleared).toEqual({ mark: 'bar', y: 'fee', tooltip: true });
    expect('x' in cleared).toBe(false);
    expect(base.x).toBe('hospital');
  });

  it('sets and clears the title', () => {
    expect(withTitle(base, '费用')).toEqual({ ...base, title: '费用' });
    expect('title' in withTitle({ ...base, title: 'x' }, '  ')).toBe(false);
  });

  it('turns sorting on with useful defaults, changes it, and turns it off', () => {
    const on = withSort(base, { channel: 'x' });
    expect(on.sort).toEqual({ channel: 'x', by: 'y', order: 'descending' });
    expect(withSort(base, { channel: 'y' }).sort).toEqual({ channel: 'y', by: 'x', order: 'descending' });
    const changed = withSort(on, { order: 'ascending', limit: 10 });
    expect(changed.sort).toEqual({ channel: 'x', by: 'y', order: 'ascending', limit: 10 });
    expect(withSort(changed, { by: 'fill' }).sort).toEqual({
      channel: 'x',
      by: 'fill',
      order: 'ascending',
      limit: 10,
    });
    expect(withSort(changed, { limit: undefined }).sort).toEqual({
      channel: 'x',
      by: 'y',
      order: 'ascending',
    });
    expect(withSort(changed, { limit: 2.5 }).sort?.limit).toBeUndefined();
    expect(withSort(changed, { limit: 1e9 }).sort?.limit).toBe(10_000);
    const off = withSort(changed, { channel: undefined });
    expect('sort' in off).toBe(false);
  });
});
