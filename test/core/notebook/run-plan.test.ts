import { describe, expect, it } from 'vitest';
import { cellId, type Cell } from '../../../core/notebook/cell-types';
import { buildDependencyGraph } from '../../../core/notebook/dependency-graph';
import type { Notebook } from '../../../core/notebook/notebook-types';
import { planRun, type RunRequest } from '../../../core/notebook/run-plan';
import { numberParameter, sqlCell } from './cells';

const id = cellId;

function notebookOf(...cells: Cell[]): Notebook {
  return { meta: { title: 't', datasets: [], mappings: [] }, cells, log: [] };
}

const plan = (notebook: Notebook, request: RunRequest) =>
  planRun(notebook, buildDependencyGraph(notebook.cells), request);
const blockedIds = (notebook: Notebook, request: RunRequest) =>
  plan(notebook, request).blocked.map((b) => b.id);

// Notebook order differs from run order: `report` comes first but reads `totals` and `big`.
const audit = notebookOf(
  { type: 'markdown', id: id('intro'), source: '# Audit', isFenced: true },
  sqlCell('report', 'SELECT * FROM totals JOIN big USING (k)'),
  { type: 'chart', id: id('plot'), source: '', from: 'totals' },
  sqlCell('totals', 'SELECT k, sum(x) FROM big GROUP BY k'),
  sqlCell('other', 'SELECT 1'),
  sqlCell('big', 'SELECT * FROM fee WHERE cnt > ${limit}'),
  numberParameter('limit'),
  { type: 'rule', id: id('dup'), source: '', name: 'dup_findings' },
  { type: 'chart', id: id('ev'), source: '', from: 'report' },
  {
    type: 'unavailable',
    id: id('later'),
    source: 'notes',
    fence: 'evidence',
    info: 'evidence {id=later from=report}',
  },
);

describe('planRun', () => {
  it('runs every runnable cell after what it reads, skipping prose and parameters', () => {
    expect(plan(audit, { kind: 'all' })).toEqual({
      run: ['other', 'big', 'totals', 'report', 'plot', 'dup', 'ev'],
      blocked: [],
    });
  });

  it('runs from a cell: it and every later cell, in dependency order, not the earlier inputs', () => {
    expect(plan(audit, { kind: 'from', id: id('totals') }).run).toEqual([
      'other',
      'big',
      'totals',
      'dup',
      'ev',
    ]);
    expect(plan(audit, { kind: 'from', id: id('intro') }).run).toEqual(plan(audit, { kind: 'all' }).run);
  });

  it('runs one cell, or nothing for a cell that does not run', () => {
    expect(plan(audit, { kind: 'one', id: id('report') })).toEqual({ run: ['report'], blocked: [] });
    expect(plan(audit, { kind: 'one', id: id('limit') })).toEqual({ run: [], blocked: [] });
    expect(plan(audit, { kind: 'one', id: id('later') })).toEqual({ run: [], blocked: [] });
  });

  it('re-runs every cell that reads an edited parameter, transitively', () => {
    expect(plan(audit, { kind: 'dependents', id: id('limit') }).run).toEqual([
      'big',
      'totals',
      'report',
      'plot',
      'ev',
    ]);
  });

  it('re-runs an edited SQL cell’s dependents, with the cell itself when asked', () => {
    expect(plan(audit, { kind: 'dependents', id: id('totals') }).run).toEqual(['report', 'plot', 'ev']);
    expect(plan(audit, { kind: 'dependents', id: id('totals'), includeSelf: true }).run).toEqual([
      'totals',
      'report',
      'plot',
      'ev',
    ]);
    expect(plan(audit, { kind: 'dependents', id: id('other') }).run).toEqual([]);
  });

  it('blocks cells in a cycle and everything reading them, with reasons naming the others', () => {
    const notebook = notebookOf(
      sqlCell('a', 'SELECT * FROM b'),
      sqlCell('b', 'SELECT * FROM c'),
      sqlCell('c', 'SELECT * FROM a'),
      sqlCell('d', 'SELECT * FROM c'),
      { type: 'chart', id: id('e'), source: '', from: 'd' },
      sqlCell('ok', 'SELECT 1'),
    );
    const result = plan(notebook, { kind: 'all' });
    expect(result.run).toEqual(['ok']);
    expect(result.blocked.map((b) => b.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(result.blocked[0]?.reason.zh).toContain('“b”、“c”');
    expect(result.blocked[0]?.reason.en).toContain('cycle with "b", "c"');
    expect(result.blocked[3]?.reason.en).toContain('Depends on "c"');
    expect(result.blocked[4]?.reason.zh).toContain('“d”');
  });

  it('blocks unknown parameters and from-cells, and what reads them', () => {
    const notebook = notebookOf(
      sqlCell('a', 'SELECT * FROM setl WHERE x > ${missing}'),
      sqlCell('b', 'SELECT * FROM a'),
      { type: 'chart', id: id('c'), source: '', from: 'nowhere' },
      { type: 'chart', id: id('d'), source: '', from: '' },
      sqlCell('e', 'SELECT 1'),
    );
    const result = plan(notebook, { kind: 'all' });
    expect(result.run).toEqual(['e']);
    expect(result.blocked.map((b) => [b.id, b.reason.en.slice(0, 20)])).toEqual([
      ['a', 'References parameter'],
      ['b', 'Depends on "a", whic'],
      ['c', 'Reads the SQL cell "'],
      ['d', 'No SQL cell to read '],
    ]);
    expect(result.blocked[0]?.reason.zh).toContain('${missing}');
  });

  it('reports only the blocked cells within the request', () => {
    const notebook = notebookOf(sqlCell('a', 'SELECT ${missing}'), sqlCell('b', 'SELECT 1'));
    expect(blockedIds(notebook, { kind: 'from', id: id('b') })).toEqual([]);
    expect(blockedIds(notebook, { kind: 'one', id: id('a') })).toEqual(['a']);
  });

  it('throws a developer error for an id not in the notebook', () => {
    expect(() => plan(audit, { kind: 'one', id: id('nope') })).toThrow(/invalid cell id: nope/);
  });
});
