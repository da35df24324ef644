import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KernelApi } from '../../../workers/api';
import { createNodeEngine, type NodeEngine } from '../../../node/engine/duckdb-node-engine';
import type { Cell } from '../../../core/notebook/cell-types';
import { buildDependencyGraph } from '../../../core/notebook/dependency-graph';
import { parseNotebook } from '../../../core/notebook/parse-notebook';
import { runNotebookCell } from '../../../src/state/cell-runner';
import { nodeKernel } from './node-kernel';

let engine: NodeEngine;
let kernel: KernelApi;

beforeAll(async () => {
  engine = await createNodeEngine();
  await engine.exec(`CREATE TABLE setl AS SELECT range AS n, range * 10.0 AS amount FROM range(7)`);
  kernel = nodeKernel(engine);
});

afterAll(async () => {
  await engine.close();
});

const { notebook } = parseNotebook(`---
title: runner
---

\`\`\`sql {id=q1 name=big}
SELECT n, amount FROM setl WHERE n >= 2 ORDER BY n
\`\`\`

\`\`\`chart {id=ch1 from=big}
mark: bar
\`\`\`

\`\`\`model {id=m1 model=iso.forest}
contamination: 0.01
\`\`\`
`);
const graph = buildDependencyGraph(notebook.cells);
const cell = (id: string): Cell => notebook.cells.find((c) => c.id === id) as Cell;
const rowsOf = (ipc: Uint8Array) =>
  tableFromIPC(ipc)
    .toArray()
    .map((r) => Number(r.n));

describe('runNotebookCell (the browser host of runCellKind) on the real engine', () => {
  it('runs a SQL cell into its view, then a chart reads that view', async () => {
    const started: string[] = [];
    const sql = await runNotebookCell(kernel, notebook, graph, cell('q1'), {
      datasets: [],
      onStart: (jobId) => started.push(jobId),
    });
    expect(sql.error).toBeUndefined();
    expect(sql.result?.source).toBe('big');
    expect(sql.result?.page.totalRows).toBe(5);
    expect(rowsOf(sql.result?.page.ipc as Uint8Array)).toEqual([2, 3, 4, 5, 6]);
    expect(sql.entry).toMatchObject({ cell: 'q1', status: 'done' });

    const chart = await runNotebookCell(kernel, notebook, graph, cell('ch1'), {
      datasets: [],
      onStart: (jobId) => started.push(jobId),
    });
    expect(chart.error).toBeUndefined();
    expect(rowsOf(chart.result?.page.ipc as Uint8Array)).toEqual([2, 3, 4, 5, 6]);
    expect(chart.entry).toMatchObject({ cell: 'ch1', status: 'done' });
    expect(started).toHaveLength(2);
  });

  it('leaves a model cell alone: no error, no result, no audit entry, never started', async () => {
    const started: string[] = [];
    const outcome = await runNotebookCell(kernel, notebook, graph, cell('m1'), {
      datasets: [],
      onStart: (jobId) => started.push(jobId),
    });
    expect(outcome).toEqual({});
    expect(started).toEqual([]);
  });
});
