import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bindParameters } from '../../../core/notebook/bind-parameters';
import type { ParameterSpec } from '../../../core/notebook/cell-types';
import { buildDependencyGraph } from '../../../core/notebook/dependency-graph';
import { parseNotebook } from '../../../core/notebook/parse-notebook';
import { staleCells } from '../../../core/notebook/stale-cells';
import { createNodeEngine, type NodeEngine } from '../../../node/engine/duckdb-node-engine';
import { CLAIMS_DIR } from '../../../workers/engine/engine-settings';
import { quoteIdent, quoteLiteral } from '../../../workers/engine/sql-quote';
import { generateDemoFiles } from '../../../workers/generator/demo-dataset';
import { shippedNotebooks } from './notebook-files';

let engine: NodeEngine;

beforeAll(async () => {
  engine = await createNodeEngine();
  for (const file of generateDemoFiles()) {
    const path = `${CLAIMS_DIR}${file.name}`;
    await engine.registerBuffer(path, new TextEncoder().encode(file.text));
    const table = file.name.replace('.csv', '');
    await engine.exec(`CREATE TABLE ${quoteIdent(table)} AS SELECT * FROM read_csv(${quoteLiteral(path)})`);
  }
});

afterAll(async () => {
  await engine.close();
});

/**
 * Runs every SQL cell in graph order over the demo data as one DuckDB prepared statement (PREPARE with
 * the `?` placeholders, EXECUTE with the bound values): the SQL cells it reads, directly or not, come
 * first as CTEs under their names, so their placeholders come first too. Returns rows per cell name.
 */
async function runAll(text: string): Promise<Map<string, number>> {
  const { notebook } = parseNotebook(text);
  const graph = buildDependencyGraph(notebook.cells);
  const parameters = new Map<string, ParameterSpec>();
  for (const cell of notebook.cells) if (cell.type === 'parameter') parameters.set(cell.name, cell.spec);
  const sqlCells = new Map(notebook.cells.flatMap((c) => (c.type === 'sql' ? [[c.id, c] as const] : [])));
  const counts = new Map<string, number>();
  for (const id of graph.order) {
    const cell = sqlCells.get(id);
    if (!cell) continue;
    const upstream = graph.order.filter(
      (other) => sqlCells.has(other) && staleCells(graph, other).includes(id),
    );
    const parts = [...upstream.map((u) => sqlCells.get(u)!), cell].map((c) => {
      const bound = bindParameters(c.source, parameters);
      if (!bound.ok) throw new Error(bound.message.en);
      return { name: c.name, ...bound.value };
    });
    const body = parts.at(-1)!;
    const ctes = parts.slice(0, -1).map((p) => `${quoteIdent(p.name)} AS (\n${p.sql}\n)`);
    const sql = ctes.length > 0 ? `WITH ${ctes.join(',\n')}\n${body.sql}` : body.sql;
    const args = parts
      .flatMap((p) => p.values)
      .map((v) => (typeof v === 'number' ? String(v) : quoteLiteral(v)));
    await engine.exec(`PREPARE run_cell AS ${sql}`);
    const ipc = await engine.queryIpc(
      args.length > 0 ? `EXECUTE run_cell(${args.join(', ')})` : 'EXECUTE run_cell',
    );
    await engine.exec('DEALLOCATE run_cell');
    counts.set(cell.name, tableFromIPC(ipc).numRows);
  }
  return counts;
}

describe('shipped notebooks over the demo data', () => {
  // Notebooks with Rule cells read tables the rule kernel writes: test/cli/shipped-notebooks.test.ts runs
  // every notebook end to end through the kernel.
  const sqlOnly = shippedNotebooks().filter((n) => !/^```rule /m.test(n.text));
  it.each(sqlOnly)('$name runs every SQL cell and finds rows', async ({ text }) => {
    const counts = await runAll(text);
    expect(counts.size).toBeGreaterThanOrEqual(2);
    for (const [name, count] of counts) expect([name, count > 0]).toEqual([name, true]);
  });
});
