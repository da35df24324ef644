import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KernelApi } from '../../../workers/api';
import { createNodeEngine, type NodeEngine } from '../../../node/engine/duckdb-node-engine';
import { cellId } from '../../../core/notebook/cell-types';
import { emptyNotebook } from '../../../core/notebook/notebook-edit';
import { serializeNotebook } from '../../../core/notebook/serialize-notebook';
import { NotebookStore } from '../../../src/state/notebook-store';
import { nodeKernel } from './node-kernel';

let engine: NodeEngine;
let kernel: KernelApi;

beforeAll(async () => {
  engine = await createNodeEngine();
  kernel = nodeKernel(engine, []);
});

afterAll(async () => {
  await engine.close();
});

const NOTEBOOK = `---
title: 模型 / Models
---

\`\`\`model {id=m1 name=by_institution model=summarize}
by: institution
\`\`\`

\`\`\`sql {id=q1 name=other}
SELECT 1 AS n
\`\`\`
`;

describe('NotebookStore and Model cells', () => {
  it('inserts a Model cell from the toolbar types', async () => {
    const store = new NotebookStore(kernel, { datasets: () => [] }, emptyNotebook());
    await store.open(NOTEBOOK, 'models.claimlens.md', 'file');
    const cell = store.insert('model', 'below', cellId('q1'));
    expect(cell.type).toBe('model');
    expect(store.state.notebook.cells.map((c) => c.type)).toEqual(['model', 'sql', 'model']);
  });

  it('points a Model cell at another model, keeping its body, and marks the change unsaved', async () => {
    const store = new NotebookStore(kernel, { datasets: () => [] }, emptyNotebook());
    await store.open(NOTEBOOK, 'models.claimlens.md', 'file');
    store.setModel(cellId('m1'), 'benford');
    const cell = store.state.notebook.cells[0];
    expect(cell?.type === 'model' ? cell.model : undefined).toBe('benford');
    expect(cell?.source).toBe('by: institution');
    expect(store.state.isDirty).toBe(true);
    expect(serializeNotebook(store.state.notebook)).toContain(
      '```model {id=m1 name=by_institution model=benford}',
    );
    // Only Model cells have a model.
    store.setModel(cellId('q1'), 'benford');
    expect(store.state.notebook.cells[1]).not.toHaveProperty('model');
  });
});
