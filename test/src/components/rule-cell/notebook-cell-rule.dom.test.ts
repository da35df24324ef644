// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CellChangeEvent } from '../../../../src/components/notebook-cell/notebook-cell.component';
import { cellId, type Cell } from '../../../../core/notebook/cell-types';
import { FakeFindingsSource, LIBRARY, change, deepQuery, settle } from './rule-cell-fixtures';

beforeAll(async () => {
  await import('../../../../src/components/notebook-cell/notebook-cell');
});

afterEach(() => document.body.replaceChildren());

async function mount(cell: Cell) {
  const el = document.createElement('cl-notebook-cell');
  el.cell = cell;
  el.ruleLibrary = LIBRARY;
  el.findingsSource = new FakeFindingsSource();
  const changes: CellChangeEvent['detail'][] = [];
  el.addEventListener('cl-cell-change', (e) => changes.push(e.detail));
  document.body.append(el);
  await settle(el);
  return { el, changes };
}

describe('<cl-notebook-cell> with rule cells', () => {
  it('renders a Rule cell with its name field and reports settings edits as source changes', async () => {
    const { el, changes } = await mount({
      type: 'rule',
      id: cellId('c1'),
      name: 'findings',
      source: 'pack: all',
    });
    expect(deepQuery<HTMLInputElement>(el, '[data-testid="cell-name"]').value).toBe('findings');
    expect(deepQuery(el, '[data-testid="run"]')).toBeTruthy();
    change(deepQuery<HTMLInputElement>(el, '[data-testid="pack-scene"]'), true);
    await settle(el);
    expect(changes).toEqual([{ id: 'c1', change: { source: 'pack: scene\nscene: inpatient' } }]);
  });

  it('renders a custom-rule cell and reports its edits as source changes', async () => {
    const source = 'name: 测试\n---\nSELECT 1';
    const { el, changes } = await mount({ type: 'custom-rule', id: cellId('c2'), rule: 'NB-1', source });
    expect(deepQuery(el, '[data-testid="custom-rule-meta"]').textContent).toContain('测试');
    deepQuery(el, 'cl-sql-editor').dispatchEvent(
      new CustomEvent('cl-sql-input', { detail: { value: `${source} WHERE true` } }),
    );
    expect(changes).toEqual([{ id: 'c2', change: { source: `${source} WHERE true` } }]);
  });
});
