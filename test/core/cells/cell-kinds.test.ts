import { describe, expect, it } from 'vitest';
import { CELL_KINDS, isRunnable, kindOf, kindOfFence, publishedTables } from '../../../core/cells/cell-kinds';
import { cellId, type Cell, type CellType } from '../../../core/notebook/cell-types';
import { buildDependencyGraph } from '../../../core/notebook/dependency-graph';
import { parseNotebook } from '../../../core/notebook/parse-notebook';
import { planRun } from '../../../core/notebook/run-plan';
import { serializeNotebook } from '../../../core/notebook/serialize-notebook';

const HEAD = '---\ntitle: kinds\nparameters:\n  p:\n    kind: number\n    value: 3\n---\n';

/** One block per fence word this version reads, and the cell type it becomes. */
const BLOCKS: readonly { fence: string; type: CellType; block: string }[] = [
  { fence: 'markdown', type: 'markdown', block: '```markdown {id=m1}\n# Title\n```' },
  { fence: 'sql', type: 'sql', block: '```sql {id=q1 name=big}\nSELECT * FROM fee WHERE n > ${p}\n```' },
  { fence: 'rule', type: 'rule', block: '```rule {id=r1 name=findings}\npack: all\n```' },
  {
    fence: 'custom-rule',
    type: 'custom-rule',
    block: '```custom-rule {id=cr1 rule=NB-1}\nname: x\n---\nSELECT * FROM big\n```',
  },
  { fence: 'chart', type: 'chart', block: '```chart {id=ch1 from=big}\nmark: bar\n```' },
  { fence: 'parameter', type: 'parameter', block: '```parameter {id=p1 name=p}\nThreshold\n```' },
  {
    fence: 'model',
    type: 'model',
    block: '```model {id=mo1 name=spend model=summarize}\nby: institution\n```',
  },
  { fence: 'evidence', type: 'unavailable', block: '```evidence {id=ev1 from=big}\nCheck each row.\n```' },
  { fence: 'map', type: 'unknown', block: '```map {id=x1 zoom=3}\nlat: 1\n```' },
];

/** Front matter without parameters (a parameter without its cell would not be written back). */
const BARE = '---\ntitle: kinds\n---\n';

const NOTEBOOK = HEAD + BLOCKS.map((b) => `\n${b.block}\n`).join('');

function cellsOf(text: string): readonly Cell[] {
  return parseNotebook(text).notebook.cells;
}

describe('the cell kind registry', () => {
  it('registers every cell type once, under its own type, with a view', () => {
    const types: CellType[] = [
      'markdown',
      'sql',
      'rule',
      'custom-rule',
      'chart',
      'parameter',
      'model',
      'unavailable',
      'unknown',
    ];
    expect(Object.keys(CELL_KINDS).sort()).toEqual([...types].sort());
    for (const [type, kind] of Object.entries(CELL_KINDS)) {
      expect(kind.type).toBe(type);
      expect(kind.view).toMatch(/^cl-[a-z-]+$/);
    }
  });

  it('gives each fence word to exactly one kind; any other word is unknown', () => {
    const fences = Object.values(CELL_KINDS).flatMap((kind) => [...kind.fences]);
    expect(new Set(fences).size).toBe(fences.length);
    for (const { fence, type } of BLOCKS) expect(kindOfFence(fence)?.type ?? 'unknown').toBe(type);
    expect(kindOfFence('claimlens-log')).toBeUndefined();
  });

  it.each(BLOCKS)(
    'reads a $fence block as a $type cell and writes it back byte for byte',
    ({ block, type }) => {
      const text = `${type === 'parameter' ? HEAD : BARE}\n${block}\n`;
      const { notebook } = parseNotebook(text);
      expect(notebook.cells.map((c) => c.type)).toEqual([type]);
      expect(serializeNotebook(notebook)).toBe(text);
    },
  );

  it('round-trips a notebook holding every kind', () => {
    const { notebook, problems } = parseNotebook(NOTEBOOK);
    expect(problems.map((p) => p.code)).toEqual(['unknown-cell-type']);
    expect(serializeNotebook(notebook)).toBe(NOTEBOOK);
  });

  it('says which names each kind defines and reads', () => {
    const cells = cellsOf(NOTEBOOK);
    const byId = (id: string): Cell => cells.find((c) => c.id === id) as Cell;
    const defines = (id: string) => kindOf(byId(id)).defines(byId(id));
    const reads = (id: string) => kindOf(byId(id)).reads(byId(id));
    expect(defines('q1')).toEqual({ tables: ['big'] });
    expect(defines('r1')).toEqual({ tables: ['findings', 'findings_lines'] });
    expect(defines('p1')).toEqual({ tables: [], parameter: 'p' });
    expect(defines('mo1')).toEqual({ tables: ['spend', 'spend_links'] });
    for (const id of ['m1', 'cr1', 'ch1', 'ev1', 'x1']) expect(defines(id).tables).toEqual([]);
    // Every name outside strings and comments may be a cell's view; only `${p}` must name a cell.
    expect(reads('q1').names.filter((n) => n.isRequired)).toEqual([
      { name: 'p', role: 'parameter', isRequired: true },
    ]);
    expect(reads('q1').names).toContainEqual({ name: 'fee', role: 'table', isRequired: false });
    expect(reads('cr1').names).toContainEqual({ name: 'big', role: 'table', isRequired: false });
    expect(reads('cr1').names.filter((n) => n.isRequired)).toEqual([]);
    expect(reads('r1')).toEqual({ names: [], everyCellOf: ['custom-rule'] });
    expect(reads('ch1').names).toEqual([{ name: 'big', role: 'table', isRequired: true }]);
    for (const id of ['m1', 'p1', 'mo1', 'ev1', 'x1']) expect(reads(id)).toEqual({ names: [] });
    expect(publishedTables(byId('r1'))).toEqual(['findings', 'findings_lines']);

    const graph = buildDependencyGraph(cells);
    expect(graph.cells.get(cellId('q1'))?.dependsOn).toEqual(['p1']);
    expect(graph.cells.get(cellId('cr1'))?.dependsOn).toEqual(['q1']);
    expect(graph.cells.get(cellId('r1'))?.dependsOn).toEqual(['cr1']);
    expect(graph.cells.get(cellId('ch1'))?.dependsOn).toEqual(['q1']);
    expect(graph.cells.get(cellId('ev1'))).toEqual({ dependsOn: [], unknown: [] });
  });

  it('runs SQL, Rule, chart and Model cells in plans; unavailable cells never run and are kept as written', () => {
    const cells = cellsOf(NOTEBOOK);
    expect(cells.filter(isRunnable).map((c) => c.id)).toEqual(['q1', 'r1', 'ch1', 'mo1']);
    const { notebook } = parseNotebook(NOTEBOOK);
    const graph = buildDependencyGraph(notebook.cells);
    expect(planRun(notebook, graph, { kind: 'all' })).toEqual({
      run: ['q1', 'r1', 'ch1', 'mo1'],
      blocked: [],
    });
    for (const id of ['ev1']) {
      expect(planRun(notebook, graph, { kind: 'one', id: cellId(id) })).toEqual({ run: [], blocked: [] });
      const cell = cells.find((c) => c.id === id) as Cell;
      expect(kindOf(cell).run).toBeUndefined();
      expect(kindOf(cell).logSummary).toBeUndefined();
    }
    expect(cells.find((c) => c.id === 'ev1')).toEqual({
      type: 'unavailable',
      id: 'ev1',
      fence: 'evidence',
      info: 'evidence {id=ev1 from=big}',
      source: 'Check each row.',
    });
  });

  it('keeps evidence fences verbatim, whatever their attributes, without problems', () => {
    const odd = [
      '```evidence {id=ev3 extra=1 model="a b"}\n```',
      '````evidence\n```sql\nSELECT 1\n```\n````',
      '```evidence {id=ev2 from=nowhere note="引号 \\"x\\""}\n证据说明\n```',
    ];
    const text = BARE + odd.map((b) => `\n${b}\n`).join('');
    const { notebook, problems } = parseNotebook(text);
    expect(problems).toEqual([]);
    expect(notebook.cells.map((c) => c.type)).toEqual(['unavailable', 'unavailable', 'unavailable']);
    expect(serializeNotebook(notebook)).toBe(text);
  });

  it('opens a model fence without a valid name or model id as an unknown cell, kept verbatim, with the problem', () => {
    const odd = [
      '```model {id=mo2 model="a b" name=x}\n```',
      '```model {id=mo3 model=summarize}\nby: person\n```',
    ];
    const text = BARE + odd.map((b) => `\n${b}\n`).join('');
    const { notebook, problems } = parseNotebook(text);
    expect(notebook.cells.map((c) => c.type)).toEqual(['unknown', 'unknown']);
    expect(problems.map((p) => p.code)).toEqual(['bad-attribute', 'missing-attribute']);
    expect(problems[0]?.message.en).toContain('"model"');
    expect(problems[1]?.message.en).toContain('"name"');
    expect(serializeNotebook(notebook)).toBe(text);
  });

  it('reads a Model cell: its name, model and body; a new one starts on the summary model', () => {
    const [model] = cellsOf(
      BARE + '\n```model {id=a name=ring model=fake-admission-ring}\nmin_people: 5\n```\n',
    );
    expect(model).toEqual({
      type: 'model',
      id: 'a',
      name: 'ring',
      model: 'fake-admission-ring',
      source: 'min_people: 5',
    });
    const kind = kindOf(model as Cell);
    expect(kind.label(model as Cell)).toEqual({ zh: '模型', en: 'Model' });
    expect(kind.view).toBe('cl-model-cell');
    const created = CELL_KINDS.model.create({
      id: cellId('n1'),
      cells: [],
      index: 0,
      source: undefined,
      freshName: (prefix) => `${prefix}_1`,
    });
    expect(created).toEqual({ type: 'model', id: 'n1', source: '', name: 'model_1', model: 'summarize' });
  });

  it('labels unavailable cells bilingually as not available in this version', () => {
    const [evidence] = cellsOf(BARE + '\n```evidence {id=b}\n```\n');
    const kind = kindOf(evidence as Cell);
    expect(kind.label(evidence as Cell).en).toMatch(/not available in this version/);
    expect(kind.notice?.(evidence as Cell).en).toMatch(/cells are not available in this version/);
    expect(kind.notice?.(evidence as Cell).zh).toContain('证据单元将在后续版本提供');
  });
});
