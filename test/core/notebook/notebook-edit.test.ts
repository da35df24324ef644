import { describe, expect, it } from 'vitest';
import { cellId, type Cell } from '../../../core/notebook/cell-types';
import {
  changeCellType,
  checkCellName,
  createCell,
  deleteCell,
  duplicateCell,
  insertCell,
  moveCell,
  restoreCell,
  updateCell,
  updateMeta,
} from '../../../core/notebook/notebook-edit';
import type { Notebook } from '../../../core/notebook/notebook-types';
import { parseNotebook } from '../../../core/notebook/parse-notebook';
import { serializeNotebook } from '../../../core/notebook/serialize-notebook';

const id = cellId;

function notebookOf(...cells: Cell[]): Notebook {
  return { meta: { title: 't', datasets: [], mappings: [] }, cells, log: [] };
}

const base = notebookOf(
  { type: 'markdown', id: id('c1'), source: '# Title', isFenced: true },
  { type: 'sql', id: id('c2'), source: 'SELECT 1', name: 'result_1' },
  { type: 'parameter', id: id('c5'), source: 'Min', name: 'param_1', spec: { kind: 'number', value: 2 } },
  { type: 'sql', id: id('q'), source: 'SELECT 2', name: 'inpatient' },
);
const frozen = JSON.stringify(base);
const ids = (notebook: Notebook): string[] => notebook.cells.map((c) => c.id);

describe('createCell', () => {
  it('gives a SQL cell an id above every c<n> and the first free result_<n>', () => {
    expect(createCell(base, 'sql')).toEqual({ type: 'sql', id: 'c6', source: '', name: 'result_2' });
  });

  it('treats names case-insensitively, as DuckDB does', () => {
    const notebook = notebookOf({ type: 'sql', id: id('a'), source: '', name: 'RESULT_1' });
    expect(createCell(notebook, 'sql')).toMatchObject({ id: 'c1', name: 'result_2' });
  });

  it('starts a parameter as the number 0 with a fresh name', () => {
    expect(createCell(base, 'parameter', { source: 'Label' })).toEqual({
      type: 'parameter',
      id: 'c6',
      source: 'Label',
      name: 'param_2',
      spec: { kind: 'number', value: 0 },
    });
  });

  it('points a chart at the nearest SQL cell before where it goes', () => {
    expect(createCell(base, 'chart')).toMatchObject({ type: 'chart', from: 'inpatient' });
    expect(createCell(base, 'chart', { index: 3 })).toMatchObject({ from: 'result_1' });
    expect(createCell(base, 'chart', { index: 1 })).toMatchObject({ from: '' });
  });

  it('makes fenced Markdown', () => {
    expect(createCell(notebookOf(), 'markdown')).toEqual({
      type: 'markdown',
      id: 'c1',
      source: '',
      isFenced: true,
    });
  });

  it('refuses an index outside the notebook', () => {
    expect(() => createCell(base, 'chart', { index: 9 })).toThrow(/invariant/);
  });
});

describe('insert, delete, restore', () => {
  it('inserts at an index and refuses a taken id', () => {
    const cell = createCell(base, 'sql', { index: 1 });
    expect(ids(insertCell(base, 1, cell))).toEqual(['c1', 'c6', 'c2', 'c5', 'q']);
    expect(() => insertCell(base, 0, { ...cell, id: id('q') })).toThrow(/duplicate cell id: q/);
    expect(() => insertCell(base, 5, cell)).toThrow(/invalid cell index/);
  });

  it('deletes a cell and puts it back where it was (Jupyter Z)', () => {
    const { notebook, deleted } = deleteCell(base, id('c5'));
    expect(ids(notebook)).toEqual(['c1', 'c2', 'q']);
    expect(deleted).toEqual({ cell: base.cells[2], index: 2 });
    expect(restoreCell(notebook, deleted)).toEqual(base);
  });

  it('gives a restored cell a fresh id and name if they were taken meanwhile', () => {
    const { notebook, deleted } = deleteCell(base, id('q'));
    const taken = insertCell(notebook, 0, { type: 'sql', id: id('q'), source: '', name: 'Inpatient' });
    const restored = restoreCell(taken, deleted);
    expect(restored.cells[3]).toEqual({ type: 'sql', id: 'c6', source: 'SELECT 2', name: 'inpatient_2' });
  });

  it('restores at the end when the notebook has shrunk', () => {
    const { notebook, deleted } = deleteCell(base, id('q'));
    const smaller = deleteCell(notebook, id('c5')).notebook;
    expect(ids(restoreCell(smaller, deleted))).toEqual(['c1', 'c2', 'q']);
  });
});

describe('moveCell and duplicateCell', () => {
  it('moves up and down, stopping at the ends', () => {
    expect(ids(moveCell(base, id('c5'), -1))).toEqual(['c1', 'c5', 'c2', 'q']);
    expect(ids(moveCell(base, id('c2'), 1))).toEqual(['c1', 'c5', 'c2', 'q']);
    expect(ids(moveCell(base, id('c2'), -10))).toEqual(['c2', 'c1', 'c5', 'q']);
    expect(ids(moveCell(base, id('q'), 1))).toEqual(['c1', 'c2', 'c5', 'q']);
  });

  it('duplicates after the original with a new id and a unique name', () => {
    const once = duplicateCell(base, id('q'));
    expect(once.cells[4]).toEqual({ type: 'sql', id: 'c6', source: 'SELECT 2', name: 'inpatient_2' });
    const twice = duplicateCell(once, id('c6'));
    expect(twice.cells.map((c) => (c.type === 'sql' ? c.name : c.type))).toEqual([
      'markdown',
      'result_1',
      'parameter',
      'inpatient',
      'inpatient_2',
      'inpatient_3',
    ]);
    expect(duplicateCell(base, id('c5')).cells[3]).toMatchObject({
      id: 'c6',
      name: 'param_2',
      spec: { value: 2 },
    });
  });
});

describe('changeCellType', () => {
  it('turns Markdown into SQL with a fresh name, keeping the text (Jupyter Y)', () => {
    const changed = changeCellType(base, id('c1'), 'sql');
    expect(changed.cells[0]).toEqual({ type: 'sql', id: 'c1', source: '# Title', name: 'result_2' });
  });

  it('turns SQL into fenced Markdown, keeping the text (Jupyter M)', () => {
    expect(changeCellType(base, id('c2'), 'markdown').cells[1]).toEqual({
      type: 'markdown',
      id: 'c2',
      source: 'SELECT 1',
      isFenced: true,
    });
  });

  it('leaves a cell of the same type as it is, and keeps a parameter name becoming SQL', () => {
    expect(changeCellType(base, id('c2'), 'sql').cells).toEqual(base.cells);
    expect(changeCellType(base, id('c5'), 'sql').cells[2]).toEqual({
      type: 'sql',
      id: 'c5',
      source: 'Min',
      name: 'param_1',
    });
  });
});

describe('updateCell and updateMeta', () => {
  it('changes the fields a cell has', () => {
    const updated = updateCell(base, id('c5'), { name: 'min_copies', spec: { kind: 'text', value: 'x' } });
    expect(updated.cells[2]).toEqual({
      type: 'parameter',
      id: 'c5',
      source: 'Min',
      name: 'min_copies',
      spec: { kind: 'text', value: 'x' },
    });
    expect(updateCell(base, id('c1'), { source: 'new' }).cells[0]).toMatchObject({ source: 'new' });
  });

  it('throws a developer error for a field the cell lacks, a bad or taken name', () => {
    expect(() => updateCell(base, id('c1'), { name: 'x' })).toThrow(/markdown cell has no name/);
    expect(() => updateCell(base, id('c2'), { name: 'drop table' })).toThrow(/invalid name/);
    expect(() => updateCell(base, id('c2'), { name: 'INPATIENT' })).toThrow(/duplicate name/);
    expect(() => updateCell(base, id('nope'), { source: '' })).toThrow(/invalid cell id: nope/);
  });

  it('checks names for the UI with bilingual messages', () => {
    expect(checkCellName(base, id('c2'), 'result_1')).toBeUndefined();
    expect(checkCellName(base, id('c2'), 'Inpatient')?.zh).toContain('已被其他单元使用');
    expect(checkCellName(base, id('c2'), '1x')?.en).toContain('invalid');
  });

  it('changes front matter and removes fields set to undefined', () => {
    const withAuthor = updateMeta(base, { title: 'New', author: 'Li' });
    expect(withAuthor.meta).toEqual({ title: 'New', author: 'Li', datasets: [], mappings: [] });
    expect(updateMeta(withAuthor, { author: undefined }).meta).toEqual({
      title: 'New',
      datasets: [],
      mappings: [],
    });
  });
});

describe('every operation', () => {
  it('leaves its input unchanged and returns a new notebook that serializes cleanly', () => {
    const results = [
      insertCell(base, 0, createCell(base, 'chart')),
      deleteCell(base, id('c2')).notebook,
      moveCell(base, id('c1'), 2),
      duplicateCell(base, id('c2')),
      changeCellType(base, id('c1'), 'sql'),
      updateCell(base, id('q'), { source: 'SELECT 3' }),
      updateMeta(base, { title: 'x' }),
    ];
    expect(JSON.stringify(base)).toBe(frozen);
    for (const result of results) {
      expect(result).not.toBe(base);
      const { notebook, problems } = parseNotebook(serializeNotebook(result));
      expect(problems).toEqual([]);
      expect(notebook).toEqual(result);
    }
  });
});
