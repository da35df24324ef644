import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { KernelApi } from '../../../workers/api';
import { createNodeEngine, type NodeEngine } from '../../../node/engine/duckdb-node-engine';
import { cellId } from '../../../core/notebook/cell-types';
import { emptyNotebook } from '../../../core/notebook/notebook-edit';
import { NotebookStore } from '../../../src/state/notebook-store';
import { nodeKernel } from './node-kernel';

let engine: NodeEngine;
let kernel: KernelApi;

beforeAll(async () => {
  engine = await createNodeEngine();
  await engine.exec(`CREATE TABLE claims AS SELECT * FROM (VALUES
    ('甲医院', 30000.5), ('乙医院', 120.0), ('丙医院', 4500.0)
  ) t(org, total)`);
  kernel = nodeKernel(engine);
});

afterAll(async () => {
  await engine.close();
});

const NOTEBOOK = `---
title: 图表 / Charts
---

\`\`\`sql {id=q1 name=by_org}
SELECT org, total FROM claims ORDER BY total DESC
\`\`\`
`;

/** A store over the real engine, recording every kernel call it makes. */
async function openStore(calls: string[]): Promise<NotebookStore> {
  const counted = new Proxy(kernel, {
    get(target, key: string) {
      const value = target[key as keyof KernelApi] as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push(key);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  const store = new NotebookStore(counted, { datasets: () => [] }, emptyNotebook());
  await store.open(NOTEBOOK, 'charts.claimlens.md', 'file');
  return store;
}

const status = (store: NotebookStore, id: string) => store.state.runs.get(cellId(id))?.status ?? 'idle';

describe('a new chart cell and auto-run', () => {
  it('runs as soon as its spec is complete, paging the kept result without re-running the query', async () => {
    const calls: string[] = [];
    const store = await openStore(calls);
    await store.run({ kind: 'one', id: cellId('q1') });
    const chart = store.insert('chart', 'below', cellId('q1'));
    expect(chart.type === 'chart' && chart.from).toBe('by_org');
    calls.length = 0;
    // x alone is not a bar chart yet: nothing runs.
    store.setSource(chart.id, 'mark: bar\nx: org\n');
    expect(status(store, chart.id)).toBe('idle');
    store.setSource(chart.id, 'mark: bar\nx: org\ny: total\n');
    await vi.waitFor(() => expect(status(store, chart.id)).toBe('done'));
    expect(store.state.runs.get(chart.id)?.result?.page.totalRows).toBe(3);
    expect(calls).toEqual(['resultPage']);
    // A later change to the spec draws it again, still from the kept result.
    store.setSource(chart.id, 'mark: bar\nx: org\ny: total\ntitle: 合计\n');
    await vi.waitFor(() => expect(status(store, chart.id)).toBe('done'));
    expect(calls).toEqual(['resultPage', 'resultPage']);
  });

  it('with auto-run off, a completed chart stays not run, and an edit of a drawn one marks it stale', async () => {
    const store = await openStore([]);
    store.setAutoRun(false);
    await store.run({ kind: 'one', id: cellId('q1') });
    const chart = store.insert('chart', 'below', cellId('q1'));
    store.setSource(chart.id, 'mark: bar\nx: org\ny: total\n');
    expect(status(store, chart.id)).toBe('idle');
    await store.run({ kind: 'one', id: chart.id });
    expect(status(store, chart.id)).toBe('done');
    store.setSource(chart.id, 'mark: dot\nx: org\ny: total\n');
    expect(status(store, chart.id)).toBe('stale');
  });

  it('a chart completed before its source ran is drawn when the source runs (auto-run)', async () => {
    const store = await openStore([]);
    const chart = store.insert('chart', 'below', cellId('q1'));
    store.setSource(chart.id, 'mark: bar\nx: org\ny: total\n');
    expect(status(store, chart.id)).toBe('idle');
    await store.run({ kind: 'one', id: cellId('q1') });
    expect(status(store, chart.id)).toBe('done');
  });
});
