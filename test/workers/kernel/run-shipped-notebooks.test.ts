/**
 * Every shipped notebook, run through the real kernel (the one the browser worker and the CLI create)
 * on the demo dataset under Node: no cell fails, every SQL cell of a SQL-only notebook finds rows, and
 * every Rule cell flags settlements the demo planted (scored against the demo's hidden answer key, as
 * the workshop panel does). It replaces the shadow runner that re-did the SQL cells as CTEs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseNotebook } from '../../../core/notebook/parse-notebook';
import { newJobId } from '../../../core/shared/ids';
import { shippedNotebooks } from '../../core/notebook/notebook-files';
import { createNodeKernel, value, type NodeKernelHost } from './node-kernel-host';
import { runNotebook } from './run-notebook';

let host: NodeKernelHost;

beforeAll(async () => {
  host = createNodeKernel();
  value(await host.kernel.loadDemo(newJobId()));
}, 120_000);

afterAll(async () => {
  await host.close();
});

describe('shipped notebooks through the real kernel, on the demo data', () => {
  it.each(shippedNotebooks())(
    '$name: no cell fails, SQL cells find rows, Rule cells find planted cases',
    async ({ text }) => {
      const { notebook, problems } = parseNotebook(text);
      expect(problems).toEqual([]);
      const outcomes = await runNotebook(host.kernel, notebook);
      try {
        expect(outcomes.filter((o) => o.status === 'failed' || o.status === 'blocked')).toEqual([]);
        const sql = outcomes.filter((o) => o.type === 'sql');
        const rules = outcomes.filter((o) => o.type === 'rule');
        expect(sql.length + rules.length).toBeGreaterThanOrEqual(1);
        // A notebook of SQL cells only teaches by its rows: each cell finds some on the demo data. (A
        // workshop notebook's exploratory cells may find none at the demo's low planting rates.)
        if (rules.length === 0) {
          expect(sql.length).toBeGreaterThanOrEqual(2);
          for (const o of sql) expect([o.name, (o.rows ?? 0) > 0]).toEqual([o.name, true]);
        }
        for (const o of rules) {
          const score = value(await host.kernel.scoreWorkshop(o.name!, 'setl'));
          expect([o.name, score.overall.truePositives > 0]).toEqual([o.name, true]);
        }
      } finally {
        await host.kernel.dropCellViews(notebook.cells.flatMap((c) => (c.type === 'sql' ? [c.name] : [])));
      }
    },
  );
});
