import { describe, expect, it } from 'vitest';
import type { DatasetId } from '../../../workers/api';
import { fail, ok } from '../../../core/shared/errors';
import { AppStore } from '../../../src/state/app-store';
import { FakeKernel, datasetInfo, flush } from './fake-kernel';

function file(name: string, text = 'a,b\n1,2\n'): File {
  return new File([text], name);
}

async function startedStore() {
  const kernel = new FakeKernel();
  const store = new AppStore(kernel);
  await store.start();
  return { kernel, store };
}

describe('AppStore', () => {
  it('starts the engine and loads the demo', async () => {
    const { kernel, store } = await startedStore();
    expect(kernel.calls).toEqual(['init', 'loadDemo']);
    expect(store.state.engine).toEqual({ state: 'ready', info: { duckdbVersion: 'v1.4.3', bundle: 'eh' } });
    expect(store.state.demo).toBe('loaded');
    expect(store.state.datasets.map((d) => d.id)).toEqual(['demo-1']);
    expect(store.state.loads).toEqual([]);
  });

  it('reports an engine that does not start, and loads nothing', async () => {
    const kernel = new FakeKernel();
    kernel.init = async () =>
      fail({ kind: 'engine', code: 'engine.start', message: { zh: '未能启动', en: 'did not start' } });
    const store = new AppStore(kernel);
    await store.start();
    expect(store.state.engine.state).toBe('failed');
    expect(store.state.demo).toBe('idle');
    expect(kernel.calls).toEqual([]);
  });

  it('turns a rejected kernel call into an error state instead of throwing', async () => {
    const kernel = new FakeKernel();
    kernel.init = () => Promise.reject(new Error('worker gone'));
    const store = new AppStore(kernel);
    await store.start();
    expect(store.state.engine).toMatchObject({
      state: 'failed',
      error: { kind: 'internal', detail: 'worker gone' },
    });
  });

  it('loads a file with progress, then proposes a mapping and opens the editor', async () => {
    const { kernel, store } = await startedStore();
    const done = store.loadFiles([file('a.csv')]);
    await flush();
    const [pending] = kernel.pendingLoads;
    expect(store.state.loads).toMatchObject([{ fileName: 'a.csv', status: 'running' }]);
    pending!.onProgress?.({ phase: 'read', done: 50, total: 100, unit: 'bytes' });
    expect(store.state.loads[0]?.progress).toEqual({ phase: 'read', done: 50, total: 100, unit: 'bytes' });

    kernel.settle(pending!.jobId, ok(datasetInfo('d-a', 'a.csv')));
    await done;
    await flush();
    expect(store.state.loads).toEqual([]);
    expect(store.state.datasets.map((d) => d.id)).toContain('d-a');
    expect(kernel.calls).toContain('propose:d-a');
    expect(store.state.mapping).toMatchObject({ datasetId: 'd-a', status: 'editing' });
    expect(store.state.mapping?.proposal?.mapping.target).toBe('setl');
  });

  it('keeps a failed load as a dismissable error carrying the file name', async () => {
    const { kernel, store } = await startedStore();
    const done = store.loadFiles([file('bad.csv')]);
    await flush();
    kernel.settle(
      kernel.pendingLoads[0]!.jobId,
      fail({
        kind: 'load',
        code: 'csv.ragged-row',
        row: 7,
        column: '金额',
        message: { zh: '第 7 行列数不对', en: 'Row 7 is ragged' },
      }),
    );
    await done;
    const [job] = store.state.loads;
    expect(job).toMatchObject({ status: 'failed', error: { file: 'bad.csv', row: 7, column: '金额' } });
    expect(store.state.mapping).toBeUndefined();
    expect(store.state.datasets.map((d) => d.id)).toEqual(['demo-1']);
    store.dismissLoad(job!.jobId);
    expect(store.state.loads).toEqual([]);
  });

  it('rejects unsupported files without asking the kernel', async () => {
    const { kernel, store } = await startedStore();
    await store.loadFiles([file('old.xls')]);
    expect(kernel.calls).not.toContain('openFile:old.xls');
    expect(store.state.loads[0]).toMatchObject({
      status: 'failed',
      error: { code: 'load.unsupported-type', file: 'old.xls' },
    });
  });

  it('loads several files one after another; cancelling drops the job quietly', async () => {
    const { kernel, store } = await startedStore();
    const done = store.loadFiles([file('one.csv'), file('two.csv')]);
    await flush();
    expect(kernel.pendingLoads.map((p) => p.file.name)).toEqual(['one.csv']);
    expect(store.state.loads.map((j) => j.status)).toEqual(['running', 'queued']);

    // Cancelling the queued one removes it before it starts.
    await store.cancelLoad(store.state.loads[1]!.jobId);
    // Cancelling the running one goes through the kernel.
    await store.cancelLoad(store.state.loads[0]!.jobId);
    await done;
    expect(kernel.calls.filter((c) => c.startsWith('openFile'))).toEqual(['openFile:one.csv']);
    expect(kernel.cancelled).toHaveLength(1);
    expect(store.state.loads).toEqual([]);
  });

  it('applies a mapping, shows its report, and opens the next waiting dataset on close', async () => {
    const { kernel, store } = await startedStore();
    const done = store.loadFiles([file('a.csv'), file('b.csv')]);
    await flush();
    kernel.settle(kernel.pendingLoads[0]!.jobId, ok(datasetInfo('d-a', 'a.csv')));
    await flush();
    kernel.settle(kernel.pendingLoads[0]!.jobId, ok(datasetInfo('d-b', 'b.csv')));
    await done;
    await flush();
    expect(store.state.mapping?.datasetId).toBe('d-a');
    expect(store.state.pendingMappings).toEqual(['d-b']);

    const mapping = store.state.mapping!.proposal!.mapping;
    await store.applyMapping(mapping);
    expect(store.state.mapping).toMatchObject({ status: 'applied', report: { target: 'setl', rowsRead: 3 } });
    expect(store.state.reports.map((r) => r.target)).toEqual(['setl']);

    await store.closeMapping();
    expect(store.state.mapping).toMatchObject({ datasetId: 'd-b', status: 'editing' });
    expect(store.state.pendingMappings).toEqual([]);
  });

  it('shows a failed apply in the editor and lets the user try again', async () => {
    const { kernel, store } = await startedStore();
    kernel.applyResult = () =>
      fail({ kind: 'mapping', code: 'mapping.failed', message: { zh: '失败', en: 'failed' } });
    await store.openMapping(store.state.datasets[0]!.id);
    await store.applyMapping(store.state.mapping!.proposal!.mapping);
    expect(store.state.mapping).toMatchObject({ status: 'editing', error: { code: 'mapping.failed' } });
  });

  it('marks the engine failed when the worker crashes', async () => {
    const { store } = await startedStore();
    store.engineCrashed('out of memory');
    expect(store.state.engine).toMatchObject({
      state: 'failed',
      error: { code: 'engine.crashed', detail: 'out of memory' },
    });
  });
});

describe('AppStore: the session’s data is the user’s', () => {
  it('takes the demo out on the first user file: a notice, and every table reported changed', async () => {
    const { kernel, store } = await startedStore();
    const changes: (readonly string[])[] = [];
    store.onDataChange((tables) => changes.push(tables));
    const done = store.loadFiles([file('mine.csv')]);
    await flush();
    kernel.settle(
      kernel.pendingLoads[0]!.jobId,
      ok(datasetInfo('d-mine', 'mine.csv', { table: 'raw_mine' })),
    );
    await done;
    await flush();
    expect(store.state.datasets.map((d) => d.id)).toEqual(['d-mine']);
    expect(store.state).toMatchObject({ demo: 'removed', demoNotice: true });
    expect(changes).toHaveLength(1);
    expect(changes[0]).toEqual(expect.arrayContaining(['setl', 'fee', 'kb_restriction', 'raw_mine']));
    store.dismissDemoNotice();
    expect(store.state.demoNotice).toBe(false);
  });

  it('hands a knowledge file’s report to the knowledge panel, and opens no mapping', async () => {
    const { store } = await startedStore();
    const reports: string[] = [];
    const changes: (readonly string[])[] = [];
    store.onKnowledgeImported((report) => reports.push(report.file));
    store.onDataChange((tables) => changes.push(tables));
    await store.loadFiles([file('kb_restriction.csv')]);
    expect(reports).toEqual(['kb_restriction.csv']);
    expect(changes[0]).toContain('kb_restriction');
    expect(changes[0]).not.toContain('setl');
    expect(store.state.mapping).toBeUndefined();
    expect(store.state.demo).toBe('loaded');
  });

  it('keeps the demo apart and removes it again, reporting the demo schema changed', async () => {
    const { kernel, store } = await startedStore();
    const changes: (readonly string[])[] = [];
    store.onDataChange((tables) => changes.push(tables));
    await store.keepDemoApart();
    expect(store.state.demoApart).toEqual({ status: 'kept', tables: ['demo.setl'] });
    await store.removeDemoApart();
    expect(store.state.demoApart).toEqual({ status: 'none' });
    expect(kernel.calls).toEqual(expect.arrayContaining(['keepDemoApart', 'removeDemoApart']));
    expect(changes).toEqual([['demo'], ['demo']]);
  });

  it('undoes a mapping and removes the demo, reporting only the tables they fed', async () => {
    const { kernel, store } = await startedStore();
    kernel.datasets = [
      datasetInfo('d-fee', 'fee.csv', {
        table: 'raw_fee',
        mapping: { source: 'raw_fee', target: 'fee', columns: {} },
      }),
      ...kernel.datasets,
    ];
    await store.refresh();
    const changes: (readonly string[])[] = [];
    store.onDataChange((tables) => changes.push(tables));
    expect(await store.unmapDataset('d-fee' as DatasetId)).toBeUndefined();
    expect(kernel.calls).toContain('unmap:d-fee');
    expect(store.state.datasets.find((d) => d.id === 'd-fee')?.mapping).toBeUndefined();
    await store.removeDataset('demo-1' as DatasetId);
    expect(store.state.demo).toBe('removed');
    expect(changes).toEqual([['fee'], ['raw_setl']]);
  });
});
