/**
 * Runs a library model on the real engine (DuckDB-WASM under Node) over a small fixture, as the kernel
 * does: canonical tables with every canonical column (unmapped ones NULL) and knowledge tables, then
 * `runModel`. Returns the outcome and the output tables read back as plain rows.
 */
import type { ModelDefinition } from '../../../core/models/model-types';
import type { ModelRunOutcome } from '../../../core/models/model-run-types';
import { quoteIdent } from '../../../workers/engine/sql-quote';
import { runModel } from '../../../workers/models/run-model';
import { loadFixture, testEngine, type Fixture } from '../rules/rule-harness';

export type { Fixture, Row } from '../rules/rule-harness';

/** A model's run over a fixture. */
export interface ModelRun {
  readonly outcome: ModelRunOutcome;
  /** The output table by rank (DECIMAL and BIGINT read as numbers). */
  readonly rows: Record<string, unknown>[];
  /** `<table>_links`, when written. */
  readonly links: Record<string, unknown>[];
  /** Each extra table, by suffix. */
  readonly extras: Record<string, Record<string, unknown>[]>;
}

/** Loads `fixture` and runs `model` with `parameters` into table `out`. */
export async function runModelOn(
  model: ModelDefinition,
  fixture: Fixture,
  parameters: Readonly<Record<string, unknown>> = {},
  table = 'out',
): Promise<ModelRun> {
  const engine = await testEngine();
  const data = await loadFixture(engine, fixture);
  const outcome = await runModel(engine, data, { model, parameters, table });
  if (outcome.status === 'skipped') return { outcome, rows: [], links: [], extras: {} };
  const rows = await readAll(`SELECT * FROM ${quoteIdent(table)} ORDER BY "rank"`);
  const links = outcome.tables.includes(`${table}_links`)
    ? await readAll(`SELECT * FROM ${quoteIdent(`${table}_links`)}`)
    : [];
  const extras: Record<string, Record<string, unknown>[]> = {};
  for (const name of outcome.tables) {
    if (name === `${table}_links`) continue;
    extras[name.slice(table.length + 1)] = await readAll(`SELECT * FROM ${quoteIdent(name)}`);
  }
  return { outcome, rows, links, extras };

  async function readAll(sql: string): Promise<Record<string, unknown>[]> {
    const raw = await engine.rows(sql);
    return raw.map((r) =>
      Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])),
    );
  }
}

/** The entity ids of the top `k` ranks. */
export function topIds(run: ModelRun, k: number): string[] {
  return run.rows.slice(0, k).map((r) => String(r.entity_id));
}
