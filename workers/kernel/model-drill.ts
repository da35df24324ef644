import type { ResultPage } from '../../core/cells/cell-host';
import type { ModelDrill } from '../../core/models/model-api-types';
import { MODEL_LINKS_SUFFIX } from '../../core/notebook/cell-types';
import { quoteIdent } from '../engine/sql-quote';
import type { CellEngine } from './run-cell';

/** What a drill needs from an engine: a cell's calls, and a prepared query to find the entity by its id. */
export interface DrillEngine extends CellEngine {
  rowsPrepared<T extends object>(sql: string, args: readonly (string | number | null)[]): Promise<T[]>;
}

/**
 * One entity of the Model cell output `table` with the settlements and fee lines behind it: its output
 * row, the `setl` rows its `<table>_links` rows name, and the `fee` lines of those settlements, each a
 * page of at most `limit` rows (settlements by `setl_id`, lines by `setl_id`, `feedetl_sn`). A model that
 * writes no links, or data without `setl` or `fee`, gives empty pages there. The id is bound in a
 * prepared query that finds the entity's rank (unique per output row); the pages then select by that
 * integer, so the id's text never enters SQL. Undefined when the table has no such entity.
 */
export async function modelDrill(
  engine: DrillEngine,
  table: string,
  entityId: string,
  limit: number,
  signal: AbortSignal,
): Promise<ModelDrill | undefined> {
  const output = quoteIdent(table);
  const [found] = await engine.rowsPrepared<{ r: number | bigint }>(
    `SELECT CAST("rank" AS BIGINT) AS r FROM ${output} WHERE entity_id = ? ORDER BY "rank" LIMIT 1`,
    [entityId],
  );
  if (found === undefined) return undefined;
  const rank = Number(found.r);
  if (!Number.isSafeInteger(rank)) return undefined;
  const existing = new Set(
    (
      await engine.rows<{ name: string }>(
        `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'main'`,
      )
    ).map((r) => r.name.toLowerCase()),
  );
  const links = `${table}${MODEL_LINKS_SUFFIX}`;
  const hasLinks = existing.has(links.toLowerCase());
  const linked = `(SELECT l.setl_id FROM ${quoteIdent(links)} l
    WHERE CAST(l.entity_id AS VARCHAR) = (SELECT entity_id FROM ${output} WHERE "rank" = ${rank}))`;
  const entity = await page(engine, `SELECT * FROM ${output} WHERE "rank" = ${rank}`, signal);
  const settlements =
    hasLinks && existing.has('setl')
      ? await page(
          engine,
          `SELECT * FROM setl WHERE setl_id IN ${linked} ORDER BY setl_id LIMIT ${limit}`,
          signal,
        )
      : await page(engine, EMPTY, signal);
  const lines =
    hasLinks && existing.has('fee')
      ? await page(
          engine,
          `SELECT * FROM fee WHERE setl_id IN ${linked} ORDER BY setl_id, feedetl_sn LIMIT ${limit}`,
          signal,
        )
      : await page(engine, EMPTY, signal);
  return { entity, settlements, lines };
}

/** A page with no rows (no links, or no such table loaded). */
const EMPTY = 'SELECT NULL::VARCHAR AS setl_id WHERE false';

async function page(engine: CellEngine, sql: string, signal: AbortSignal): Promise<ResultPage> {
  const r = await engine.queryIpc(sql, signal);
  return { ipc: r.ipc, offset: 0, rowCount: r.rowCount, totalRows: r.rowCount, columns: r.columns };
}
