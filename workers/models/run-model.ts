import type { ModelRunOutcome } from '../../core/models/model-run-types';
import { MODEL_OUTPUT_COLUMNS, type ModelDefinition } from '../../core/models/model-types';
import type { ExecOptions, SqlEngine } from '../engine/sql-engine';
import { quoteIdent } from '../engine/sql-quote';
import { missingNeeds, type DataAvailability } from '../rules/rule-availability';
import { resolveModelParameters } from './model-parameters';

/** What a run is asked to do. */
export interface ModelRunRequest {
  readonly model: ModelDefinition;
  /** The Model cell's parameters (its YAML body): only values that differ from the defaults. */
  readonly parameters?: Readonly<Record<string, unknown>>;
  /** The output table's name (the cell's name, a checked SQL identifier). */
  readonly table: string;
}

/**
 * Runs one model: checks its parameters (refused with an `AppErrorException` naming the parameter),
 * skips it with the reason when the data lacks a table, field or knowledge it needs, otherwise writes
 * `<table>` — `entity_type, entity_id, score, rank`, the indicators, `explain_zh`, `explain_en`, ordered
 * by rank (1 = most suspicious; equal scores ranked by `entity_id`) — and `<table>_links` and any extra
 * tables the model declares. Tables of an earlier run under the same name are replaced; a skipped run
 * drops them, so no later cell reads an old result as if it were the current one.
 */
export async function runModel(
  engine: SqlEngine,
  data: DataAvailability,
  request: ModelRunRequest,
  options: ExecOptions = {},
): Promise<ModelRunOutcome> {
  const { model, table } = request;
  const parameters = resolveModelParameters(model, request.parameters);
  const query = model.build(parameters, data.fields);
  const extras = query.extras ?? [];
  const others = [...(query.links === undefined ? [] : ['links']), ...extras.map((e) => e.suffix)].map(
    (suffix) => `${table}_${suffix}`,
  );
  await dropTables(engine, [table, `${table}_links`, ...others], options);
  const reason = missingNeeds({ needs: model.needsFor?.(parameters) ?? model.needs }, data);
  if (reason) return { status: 'skipped', model: model.id, parameters, reason };

  const indicators = model.indicators.map((i) => quoteIdent(i.name));
  const kept = model.keepAll === true ? '' : 'WHERE m.score > 0';
  const columns = [
    'CAST(m.entity_type AS VARCHAR) AS entity_type',
    'CAST(m.entity_id AS VARCHAR) AS entity_id',
    'CAST(m.score AS DOUBLE) AS score',
    'CAST(row_number() OVER (ORDER BY m.score DESC, CAST(m.entity_id AS VARCHAR)) AS INTEGER) AS "rank"',
    ...indicators.map((c) => `m.${c}`),
    'CAST(m.explain_zh AS VARCHAR) AS explain_zh',
    'CAST(m.explain_en AS VARCHAR) AS explain_en',
  ];
  await engine.exec(
    `CREATE TABLE ${quoteIdent(table)} AS SELECT ${columns.join(', ')}
     FROM (${query.sql}) m ${kept} ORDER BY "rank"`,
    options,
  );
  if (query.links !== undefined) {
    await engine.exec(`CREATE TABLE ${quoteIdent(`${table}_links`)} AS ${query.links}`, options);
  }
  for (const extra of extras) {
    await engine.exec(`CREATE TABLE ${quoteIdent(`${table}_${extra.suffix}`)} AS ${extra.sql}`, options);
  }
  const [count] = await engine.rows<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${quoteIdent(table)}`);
  return {
    status: 'ran',
    model: model.id,
    parameters,
    table,
    tables: others,
    entities: count?.n ?? 0,
  };
}

async function dropTables(engine: SqlEngine, tables: readonly string[], options: ExecOptions): Promise<void> {
  for (const t of tables) {
    await engine.exec(`DROP TABLE IF EXISTS ${quoteIdent(t)}`, options);
  }
}

/** The output columns, in order, for a model (what `claimlens run` writes to `<cell>.csv`). */
export function modelOutputColumns(model: ModelDefinition): readonly string[] {
  return [...MODEL_OUTPUT_COLUMNS, ...model.indicators.map((i) => i.name), 'explain_zh', 'explain_en'];
}
