import { describe, expect, it } from 'vitest';
import type { CellHost, ResultPage } from '../../../core/cells/cell-host';
import { CHART_ROW_LIMIT } from '../../../core/cells/chart/chart-kind';
import { FIRST_PAGE_ROWS, runCellKind } from '../../../core/cells/run-cell-kind';
import { fail, ok } from '../../../core/shared/errors';
import { buildDependencyGraph } from '../../../core/notebook/dependency-graph';
import { parseNotebook } from '../../../core/notebook/parse-notebook';
import type { Cell, ModelCell } from '../../../core/notebook/cell-types';
import { modelId } from '../../../core/models/model-types';
import { msg } from '../../../core/shared/msg';

const TEXT = `---
title: run
parameters:
  p:
    kind: number
    value: 3
---

\`\`\`parameter {id=p1 name=p}
Threshold
\`\`\`

\`\`\`sql {id=q1 name=big}
SELECT * FROM fee WHERE n > \${p}
\`\`\`

\`\`\`chart {id=ch1 from=big}
mark: bar
\`\`\`

\`\`\`rule {id=r1 name=findings}
pack: all
\`\`\`

\`\`\`evidence {id=ev1 from=big}
Check each row.
\`\`\`

\`\`\`model {id=m1 name=spend model=summarize}
by: institution
\`\`\`

\`\`\`model {id=m2 name=broken model=summarize}
of: fee
by: [institution
\`\`\`
`;

const SKIP = msg('缺少 setl.psn_no', 'setl.psn_no is not mapped');

const PAGE: ResultPage = { ipc: new Uint8Array([1, 2]), offset: 0, rowCount: 2, totalRows: 9, columns: [] };
const NOW = () => new Date('2026-11-23T08:00:30.000Z');

/** A host that records each call and answers with fixed values (the kernel's own tests run the engine). */
function recordingHost(): { host: CellHost; calls: unknown[][] } {
  const calls: unknown[][] = [];
  const host: CellHost = {
    runCell: async (request, jobId) => {
      calls.push(['runCell', request, typeof jobId]);
      const columns = PAGE.columns;
      return ok({ view: request.name, totalRows: 9, columns, firstPage: PAGE, elapsedMs: 1 });
    },
    resultPage: async (name, offset, limit) => {
      calls.push(['resultPage', name, offset, limit]);
      return ok(PAGE);
    },
    runRules: async (request) => {
      calls.push(['runRules', request.name, request.customRules?.length ?? 0]);
      return fail({ kind: 'cancelled', code: 'cancelled', message: { zh: '已取消', en: 'Cancelled' } });
    },
    checkCustomRule: async () => {
      calls.push(['checkCustomRule']);
      return ok(undefined);
    },
    runModel: async (request, jobId) => {
      calls.push(['runModel', request, typeof jobId]);
      const outcome = {
        status: 'skipped',
        model: modelId(request.model),
        parameters: {},
        reason: SKIP,
      } as const;
      return ok({ outcome, elapsedMs: 1 });
    },
  };
  return { host, calls };
}

describe('runCellKind', () => {
  const { notebook } = parseNotebook(TEXT);
  const graph = buildDependencyGraph(notebook.cells);
  const cell = (id: string): Cell => notebook.cells.find((c) => c.id === id) as Cell;
  const datasets = [{ table: 'raw_fee', sha256: 'ab'.repeat(32), mapping: { target: 'fee' } }];

  it('runs a SQL cell for its first page, with the parameters, and logs the run', async () => {
    const { host, calls } = recordingHost();
    const started: unknown[] = [];
    const outcome = await runCellKind(host, notebook, graph, cell('q1'), {
      datasets,
      pageSize: 50,
      onStart: (jobId) => started.push(jobId),
      now: NOW,
    });
    expect(calls).toEqual([
      [
        'runCell',
        {
          name: 'big',
          sql: 'SELECT * FROM fee WHERE n > ${p}',
          parameters: [{ name: 'p', spec: { kind: 'number', value: 3 } }],
          pageSize: 50,
        },
        'string',
      ],
    ]);
    expect(started).toHaveLength(1);
    expect(outcome.result).toMatchObject({ view: 'big', totalRows: 9, firstPage: PAGE });
    expect(outcome.entry).toMatchObject({
      time: '2026-11-23T08:00:30.000Z',
      cell: 'q1',
      status: 'done',
      datasets: [{ table: 'fee', sha256: 'ab'.repeat(32) }],
    });
    expect(outcome.entry?.sourceSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('asks for the first page by default', async () => {
    const { host, calls } = recordingHost();
    await runCellKind(host, notebook, graph, cell('q1'), { datasets: [], now: NOW });
    expect((calls[0]?.[1] as { pageSize: number }).pageSize).toBe(FIRST_PAGE_ROWS);
  });

  it('draws a chart from the rows the kernel keeps, without running the upstream query', async () => {
    const { host, calls } = recordingHost();
    const outcome = await runCellKind(host, notebook, graph, cell('ch1'), { datasets, now: NOW });
    expect(calls).toEqual([['resultPage', 'big', 0, CHART_ROW_LIMIT + 1]]);
    expect(outcome.result).toBe(PAGE);
    expect(outcome.entry?.status).toBe('done');
  });

  it('runs a Rule cell on the host and logs nothing when the run is cancelled', async () => {
    const { host, calls } = recordingHost();
    const outcome = await runCellKind(host, notebook, graph, cell('r1'), { datasets, now: NOW });
    expect(calls).toEqual([['runRules', 'findings', 0]]);
    expect(outcome.error?.kind).toBe('cancelled');
    expect(outcome.entry).toBeUndefined();
  });

  it('does not run an unavailable cell: no call, no error, no audit entry', async () => {
    const { host, calls } = recordingHost();
    const started: unknown[] = [];
    const outcome = await runCellKind(host, notebook, graph, cell('ev1'), {
      datasets,
      onStart: (jobId) => started.push(jobId),
    });
    expect(outcome).toEqual({});
    expect([calls, started]).toEqual([[], []]);
  });

  it('runs a Model cell with the values its body sets; a skip is a result, logged with the files it read', async () => {
    const { host, calls } = recordingHost();
    const started: unknown[] = [];
    const outcome = await runCellKind(host, notebook, graph, cell('m1'), {
      datasets,
      pageSize: 20,
      onStart: (jobId) => started.push(jobId),
      now: NOW,
    });
    expect(calls).toEqual([
      [
        'runModel',
        { name: 'spend', model: 'summarize', parameters: { by: 'institution' }, pageSize: 20 },
        'string',
      ],
    ]);
    expect(started).toHaveLength(1);
    expect(outcome.error).toBeUndefined();
    expect(outcome.model?.outcome).toMatchObject({ status: 'skipped', reason: SKIP });
    expect(outcome.entry).toMatchObject({
      cell: 'm1',
      status: 'done',
      datasets: [{ table: 'fee', sha256: 'ab'.repeat(32) }],
    });
  });

  it('logs another parameter value or model as another run', async () => {
    const base = cell('m1') as ModelCell;
    const hashOf = async (c: ModelCell) => {
      const { host } = recordingHost();
      const cells = notebook.cells.map((x) => (x.id === c.id ? c : x));
      const nb = { ...notebook, cells };
      return (await runCellKind(host, nb, buildDependencyGraph(cells), c, { datasets, now: NOW })).entry
        ?.sourceSha256;
    };
    const same = await hashOf({ ...base, source: '# a comment\nby:   institution' });
    expect(same).toBe(await hashOf(base));
    expect(await hashOf({ ...base, source: 'by: person' })).not.toBe(same);
    expect(await hashOf({ ...base, model: 'benford' })).not.toBe(same);
  });

  it('fails a Model cell whose body does not read, naming the cell and line, without calling the kernel', async () => {
    const { host, calls } = recordingHost();
    const started: unknown[] = [];
    const outcome = await runCellKind(host, notebook, graph, cell('m2'), {
      datasets,
      onStart: (jobId) => started.push(jobId),
    });
    expect([calls, started]).toEqual([[], []]);
    expect(outcome.error?.code).toBe('model.parameters-text');
    expect(outcome.error?.message.zh).toContain('模型单元 broken 的参数第 2 行');
    expect(outcome.error?.message.en).toContain('Model cell broken, parameters line 2');
    expect(outcome.entry).toBeUndefined();
  });
});
