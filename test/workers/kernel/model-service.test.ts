/**
 * Model cells on the real kernel (DuckDB-WASM under Node, as the CLI and the browser worker run it): a
 * run writes the ranked output and its links and returns the first page; `resultPage` pages the rest;
 * a drill binds the entity id; a model missing data is skipped with the reason; a cancel, a bad
 * parameter, an unknown model and a name clash are errors that leave nothing behind; a data change
 * makes the output stale until the cell runs again.
 */
import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModelCellRequest, ResultPage } from '../../../workers/api';
import { newJobId } from '../../../core/shared/ids';
import { createNodeKernel, error, value, type NodeKernelHost } from './node-kernel-host';

let host: NodeKernelHost;
const job = () => newJobId();
const request = (patch: Partial<ModelCellRequest> = {}): ModelCellRequest => ({
  name: 'spend',
  model: 'summarize',
  parameters: {},
  pageSize: 3,
  ...patch,
});
const rowsOf = (page: ResultPage) =>
  tableFromIPC(page.ipc)
    .toArray()
    .map((r) => r.toJSON());
const count = async (sql: string) =>
  Number((await (await host.engine()).rows<{ n: number }>(`SELECT count(*) AS n FROM (${sql})`))[0]?.n);
const tables = async (prefix: string) =>
  (
    await (
      await host.engine()
    ).rows<{ t: string }>(
      `SELECT table_name AS t FROM duckdb_tables() WHERE table_name LIKE '${prefix}%' ORDER BY t`,
    )
  ).map((r) => r.t);

beforeAll(async () => {
  host = createNodeKernel();
  value(await host.kernel.loadDemo(job()));
}, 300_000);

afterAll(async () => {
  await host.close();
});

describe('the kernel runs Model cells', () => {
  it('lists the library as plain data, with what each model needs on the data loaded now', async () => {
    const library = await host.kernel.modelLibrary();
    const summary = library.find((m) => m.id === 'summarize');
    expect(summary).toMatchObject({ family: 'analytics', entity: 'group', keepAll: true });
    expect(summary?.missing).toBeUndefined();
    expect(() => structuredClone(library)).not.toThrow();
    expect(Object.values(summary ?? {}).some((v) => typeof v === 'function')).toBe(false);
  });

  it('writes the ranked output and its links, returns the first page and pages the rest', async () => {
    const result = value(await host.kernel.runModel(request(), job()));
    expect(result.outcome).toMatchObject({
      status: 'ran',
      model: 'summarize',
      table: 'spend',
      tables: ['spend_links'],
      parameters: { by: 'institution', of: 'setl' },
    });
    const institutions = await count("SELECT DISTINCT coalesce(fixmedins_code, '') FROM setl");
    expect(result.outcome.status === 'ran' && result.outcome.entities).toBe(institutions);
    const first = result.firstPage as ResultPage;
    expect(first.totalRows).toBe(institutions);
    expect(first.columns.map((c) => c.name).slice(0, 4)).toEqual([
      'entity_type',
      'entity_id',
      'score',
      'rank',
    ]);
    const top = rowsOf(first);
    expect(top.map((r) => r.rank)).toEqual([1, 2, 3]);
    expect(top[0]?.score).toBeGreaterThanOrEqual(top[1]?.score as number);
    const next = value(await host.kernel.resultPage('spend', 3, 2, job()));
    expect(rowsOf(next).map((r) => r.rank)).toEqual([4, 5].slice(0, Math.max(0, institutions - 3)));
    expect(await count('SELECT * FROM spend_links')).toBe(await count('SELECT * FROM setl'));
  });

  it('drills from an entity to its settlements and their fee lines, binding the id', async () => {
    value(await host.kernel.runModel(request(), job()));
    const [top] = rowsOf(value(await host.kernel.resultPage('spend', 0, 1, job())));
    const id = String(top?.entity_id);
    const drill = value(await host.kernel.modelDrill('spend', id, 100_000));
    expect(rowsOf(drill.entity).map((r) => r.entity_id)).toEqual([id]);
    const bound = (sql: string) => sql.replace('$id', `'${id.replace(/'/g, "''")}'`);
    expect(drill.settlements.rowCount).toBe(
      await count(bound('SELECT * FROM setl WHERE fixmedins_code = $id')),
    );
    expect(drill.lines.rowCount).toBe(
      await count(
        bound('SELECT * FROM fee WHERE setl_id IN (SELECT setl_id FROM setl WHERE fixmedins_code = $id)'),
      ),
    );
    expect(rowsOf(drill.settlements).every((r) => r.fixmedins_code === id)).toBe(true);
    const limited = value(await host.kernel.modelDrill('spend', id, 2));
    expect([limited.settlements.rowCount, limited.lines.rowCount]).toEqual([2, 2]);
    for (const odd of ["x' OR '1'='1", 'H1"; DROP TABLE setl; --', '']) {
      expect(error(await host.kernel.modelDrill('spend', odd, 10)).code).toBe('model.unknown-entity');
    }
    expect(await count('SELECT * FROM setl')).toBeGreaterThan(0);
    expect(error(await host.kernel.modelDrill('setl', id, 10)).code).toBe('model.unknown-table');
  });

  it('refuses an unknown model, listing the known ones, and a bad parameter, naming it', async () => {
    const unknown = error(await host.kernel.runModel(request({ model: 'fake-ring' }), job()));
    expect(unknown.code).toBe('model.unknown');
    expect(unknown.message.en).toContain('summarize');
    expect(unknown.message.zh).toContain('fake-ring');
    const bad = error(
      await host.kernel.runModel(request({ name: 'bad', parameters: { by: 'nope' } }), job()),
    );
    expect(bad.code).toBe('model.bad-parameter');
    expect(bad.message.en).toContain('by');
    const extra = error(
      await host.kernel.runModel(request({ name: 'bad', parameters: { depth: 3 } }), job()),
    );
    expect(extra.code).toBe('model.unknown-parameter');
    expect(await tables('bad')).toEqual([]);
  });

  it('refuses names that belong to data, a SQL cell’s view or a Rule cell’s findings', async () => {
    value(
      await host.kernel.runCell(
        { name: 'my_view', sql: 'SELECT 1 AS x', parameters: [], pageSize: 1 },
        job(),
      ),
    );
    value(
      await host.kernel.runRules(
        { name: 'flags', pack: { kind: 'custom', rules: ['GZ10000204001000'] } },
        job(),
      ),
    );
    for (const name of ['setl', 'kb_x', 'my_view', 'flags', 'flags_lines']) {
      const refused = error(await host.kernel.runModel(request({ name }), job()));
      expect(refused.code, name).toBe('model.name-taken');
    }
    await (await host.engine()).exec('CREATE TABLE mine_links AS SELECT 1 AS x');
    expect(error(await host.kernel.runModel(request({ name: 'mine' }), job())).code).toBe('model.name-taken');
    expect(await count('SELECT * FROM mine_links')).toBe(1);
    // A Model cell's output is its own: a SQL cell or a Rule cell cannot take it.
    value(await host.kernel.runModel(request(), job()));
    expect(
      error(await host.kernel.runCell({ name: 'spend', sql: 'SELECT 1', parameters: [], pageSize: 1 }, job()))
        .code,
    ).toBe('sql.name-taken');
    expect(error(await host.kernel.runRules({ name: 'spend', pack: { kind: 'all' } }, job())).code).toBe(
      'rule.name-taken',
    );
  });

  it('cancels a run, leaving no output behind', async () => {
    const id = job();
    const running = host.kernel.runModel(request({ name: 'cancelled_run' }), id);
    expect(await host.kernel.cancel(id)).toBe(true);
    expect(error(await running).kind).toBe('cancelled');
    expect(await tables('cancelled_run')).toEqual([]);
  });

  it('skips a model whose data is missing (a result, not an error); a data change makes outputs stale', async () => {
    value(await host.kernel.runModel(request(), job()));
    const fee = (await host.kernel.listDatasets()).find((d) => d.mapping?.target === 'fee');
    expect(fee).toBeDefined();
    value(await host.kernel.unmapDataset(fee!.id));
    const [top] = rowsOf(value(await host.kernel.resultPage('spend', 0, 1, job())));
    const stale = error(await host.kernel.modelDrill('spend', String(top?.entity_id), 10));
    expect(stale.code).toBe('model.stale');
    expect(stale.message.zh).toContain('请重新运行该模型单元');

    const skipped = value(
      await host.kernel.runModel(request({ name: 'lines', parameters: { of: 'fee', by: 'item' } }), job()),
    );
    expect(skipped.outcome.status).toBe('skipped');
    expect(skipped.firstPage).toBeUndefined();
    if (skipped.outcome.status === 'skipped') expect(skipped.outcome.reason.en).toContain('fee table');
    expect(await tables('lines')).toEqual([]);
    const library = await host.kernel.modelLibrary();
    expect(library.find((m) => m.id === 'summarize')?.missing).toBeUndefined();

    value(await host.kernel.runModel(request(), job()));
    value(await host.kernel.modelDrill('spend', String(top?.entity_id), 10));
  });
});
