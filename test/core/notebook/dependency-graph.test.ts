import { describe, expect, it } from 'vitest';
import { cellId } from '../../../core/notebook/cell-types';
import { buildDependencyGraph } from '../../../core/notebook/dependency-graph';
import { staleCells } from '../../../core/notebook/stale-cells';
import { numberParameter, sqlCell } from './cells';

const id = cellId;

describe('buildDependencyGraph', () => {
  it('orders cells so each runs after what it reads, keeping document order otherwise', () => {
    const cells = [
      sqlCell('report', 'SELECT * FROM totals JOIN big USING (k)'),
      sqlCell('totals', 'SELECT k, sum(x) FROM big GROUP BY k'),
      sqlCell('other', 'SELECT 1'),
      sqlCell('big', 'SELECT * FROM fee WHERE cnt > ${limit}'),
      numberParameter('limit'),
    ];
    const graph = buildDependencyGraph(cells);
    expect(graph.order).toEqual(['other', 'limit', 'big', 'totals', 'report']);
    expect(graph.cells.get(id('report'))?.dependsOn).toEqual(['totals', 'big']);
    expect(graph.cycles).toEqual([]);
    expect(graph.blocked).toEqual([]);
  });

  it('ignores names in string literals, comments, quoted strings and after a dot', () => {
    const cells = [
      sqlCell('a', 'SELECT 1'),
      sqlCell(
        'b',
        "SELECT 'a', E'it\\'s a', $$ a $$, $t$ a $t$ -- a\n/* a /* nested */ a */ FROM x WHERE x.a = 1",
      ),
      sqlCell('c', 'SELECT * FROM "A"'),
    ];
    const graph = buildDependencyGraph(cells);
    expect(graph.cells.get(id('b'))?.dependsOn).toEqual([]);
    expect(graph.cells.get(id('c'))?.dependsOn).toEqual(['a']);
  });

  it('reports cycles and blocks the cells that read them', () => {
    const cells = [
      sqlCell('x', 'SELECT * FROM z'),
      sqlCell('y', 'SELECT * FROM x'),
      sqlCell('z', 'SELECT * FROM y'),
      sqlCell('after', 'SELECT * FROM y'),
      sqlCell('free', 'SELECT 2'),
      sqlCell('self', 'SELECT self FROM fee AS self'),
    ];
    const graph = buildDependencyGraph(cells);
    expect(graph.cycles).toEqual([['x', 'y', 'z']]);
    expect(graph.blocked).toEqual(['after']);
    expect(graph.order).toEqual(['free', 'self']);
  });

  it('reports unknown parameter and view references per cell', () => {
    const cells = [
      sqlCell('q', 'SELECT * FROM fee WHERE cnt > ${missing} AND ${known} > 0'),
      numberParameter('known'),
      { type: 'chart' as const, id: id('ch'), source: '', from: 'nowhere' },
      { type: 'chart' as const, id: id('ev'), source: '', from: 'q' },
    ];
    const graph = buildDependencyGraph(cells);
    expect(graph.cells.get(id('q'))).toEqual({ dependsOn: ['known'], unknown: ['missing'] });
    expect(graph.cells.get(id('ch'))?.unknown).toEqual(['nowhere']);
    expect(graph.cells.get(id('ev'))).toEqual({ dependsOn: ['q'], unknown: [] });
  });

  it('does not treat a plain name equal to a parameter as a parameter reference', () => {
    const graph = buildDependencyGraph([numberParameter('period'), sqlCell('q', 'SELECT period FROM setl')]);
    expect(graph.cells.get(id('q'))?.dependsOn).toEqual([]);
  });
});

describe('staleCells', () => {
  const cells = [
    numberParameter('p'),
    sqlCell('a', 'SELECT * FROM fee WHERE cnt > ${p}'),
    sqlCell('b', 'SELECT * FROM a'),
    sqlCell('c', 'SELECT * FROM b JOIN a USING (k)'),
    sqlCell('d', 'SELECT 1'),
  ];
  const graph = buildDependencyGraph(cells);

  it('marks the transitive dependents, in run order', () => {
    expect(staleCells(graph, id('p'))).toEqual(['a', 'b', 'c']);
    expect(staleCells(graph, id('b'))).toEqual(['c']);
  });

  it('marks nothing for a cell nobody reads', () => {
    expect(staleCells(graph, id('d'))).toEqual([]);
    expect(staleCells(graph, id('c'))).toEqual([]);
  });

  it('terminates on cycles and lists the cycle members', () => {
    const cyclic = buildDependencyGraph([sqlCell('x', 'SELECT * FROM y'), sqlCell('y', 'SELECT * FROM x')]);
    expect(staleCells(cyclic, id('x'))).toEqual(['y']);
  });
});
