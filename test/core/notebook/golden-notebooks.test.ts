import { describe, expect, it } from 'vitest';
import { buildDependencyGraph } from '../../../core/notebook/dependency-graph';
import { parseNotebook } from '../../../core/notebook/parse-notebook';
import { serializeNotebook } from '../../../core/notebook/serialize-notebook';
import { shippedNotebooks } from './notebook-files';

const byName = (name: string): string => {
  const file = shippedNotebooks().find((n) => n.name === name);
  if (!file) throw new Error(`missing notebook ${name}`);
  return file.text;
};

describe('shipped notebooks', () => {
  it('includes the introduction and the duplicate-charges walkthrough', () => {
    expect(shippedNotebooks().map((n) => n.name)).toEqual(
      expect.arrayContaining(['introduction.claimlens.md', 'duplicate-charges.claimlens.md']),
    );
  });

  it('parses the introduction into its golden model', () => {
    const { notebook, problems } = parseNotebook(byName('introduction.claimlens.md'));
    expect(problems).toEqual([]);
    expect(notebook.meta).toEqual({
      title: '入门：住院结算概览 / Introduction to inpatient settlements',
      author: 'ClaimLens',
      description:
        '按时间段筛选普通住院结算，再按医院汇总。 / Filter ordinary inpatient settlements by period, then total them per hospital.',
      language: 'zh-CN',
      datasets: [
        { table: 'setl', file: 'setl.csv' },
        { table: 'medins', file: 'medins.csv' },
      ],
      mappings: [],
    });
    expect(notebook.cells.map((c) => [c.type, c.id])).toEqual([
      ['markdown', 'intro'],
      ['parameter', 'p-period'],
      ['sql', 'q-inpatient'],
      ['sql', 'q-by-hospital'],
      ['markdown', 'chart-intro'],
      ['chart', 'g-by-hospital'],
    ]);
    expect(notebook.cells[5]).toMatchObject({ type: 'chart', from: 'by_hospital' });
    const parameter = notebook.cells[1];
    expect(parameter).toEqual({
      type: 'parameter',
      id: 'p-period',
      name: 'period',
      source: '审计期间（入院日期） / Audit period (admission date)',
      spec: { kind: 'date-range', value: { start: '2024-01-01', end: '2024-12-31' } },
    });
    const sql = notebook.cells[3];
    expect(sql?.type === 'sql' && sql.name).toBe('by_hospital');
    expect(sql?.source.split('\n')[0]).toBe('-- 按医院汇总 / totals per hospital');
  });

  it('orders the introduction: parameter, then inpatient, then by_hospital', () => {
    const { notebook } = parseNotebook(byName('introduction.claimlens.md'));
    const graph = buildDependencyGraph(notebook.cells);
    expect(graph.cells.get(notebook.cells[3]!.id)?.dependsOn).toEqual(['q-inpatient']);
    expect(graph.cells.get(notebook.cells[2]!.id)?.dependsOn).toEqual(['p-period']);
    expect(graph.order.indexOf(notebook.cells[1]!.id)).toBeLessThan(
      graph.order.indexOf(notebook.cells[2]!.id),
    );
    expect(graph.cycles).toEqual([]);
  });

  it('parses the duplicate-charges walkthrough: a parameter, a query and a query on its view', () => {
    const { notebook, problems } = parseNotebook(byName('duplicate-charges.claimlens.md'));
    expect(problems).toEqual([]);
    expect(notebook.cells.map((c) => c.type)).toEqual(['markdown', 'parameter', 'sql', 'sql']);
    expect(notebook.cells[1]).toMatchObject({ name: 'min_copies', spec: { kind: 'number', value: 2 } });
    const graph = buildDependencyGraph(notebook.cells);
    expect(graph.cells.get(notebook.cells[3]!.id)?.dependsOn).toEqual(['q-duplicates']);
  });

  it.each(shippedNotebooks())(
    '$name has no evidence cell (not available in this version) and opens each model fence as a Model cell',
    ({ text }) => {
      const { cells } = parseNotebook(text).notebook;
      expect(cells.filter((c) => c.type === 'unavailable' || c.type === 'unknown')).toEqual([]);
      expect(text).not.toMatch(/^`{3,}evidence\b/m);
      const fences = text.match(/^`{3,}model\b/gm) ?? [];
      expect(cells.filter((c) => c.type === 'model')).toHaveLength(fences.length);
    },
  );

  it.each(shippedNotebooks())('$name serializes back to the same text', ({ text }) => {
    const { notebook, problems } = parseNotebook(text);
    expect(problems).toEqual([]);
    expect(serializeNotebook(notebook)).toBe(text);
  });
});

describe('the format example in core/notebook/README.md', () => {
  it('parses without problems', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../../../core/notebook/README.md', import.meta.url), 'utf8');
    const example = /````text\n([\s\S]*?)\n````/.exec(readme)?.[1] ?? '';
    const { notebook, problems } = parseNotebook(example);
    expect(problems).toEqual([]);
    expect(notebook.meta.mappings).toEqual([
      { source: 'raw_setl', target: 'setl', columns: { setl_id: '结算ID' } },
    ]);
    expect(notebook.cells.map((c) => c.type)).toEqual(['parameter', 'sql']);
    expect(
      notebook.log.map((entry) => [entry.cell, entry.status, entry.datasets.map((d) => d.table)]),
    ).toEqual([['c3', 'done', ['setl']]]);
  });
});
