import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadNativeDuckDB } from '../../node/native/native-duckdb';
import { createNodeEngine, type NodeEngine } from '../../node/engine/duckdb-node-engine';
import { nodeRuleEngine } from '../../node/engine/node-rule-engine';
import { exportRulePackSql } from '../../workers/rules/export-sql';
import { buildFindingsSql, insertHitsSql, RUN_TABLES } from '../../workers/rules/findings-build';
import { RULE_MACROS } from '../../workers/rules/rule-macros';
import type { CustomRuleSpec } from '../../core/rules/rule-run-types';
import { rulesForRequest } from '../../workers/rules/rule-session';
import { attackRules, expectedMetaRow } from '../workers/rules/export-sql-cases';
import { nativeDirForTests } from './cli-fixtures';

/** The part of `@duckdb/node-api` this test uses: DuckDB's own statement splitter and prepared statements. */
interface NativeStatement {
  readonly statementType: number;
  run(): Promise<unknown>;
  destroySync(): void;
}
interface NativeTestConnection {
  extractStatements(
    sql: string,
  ): Promise<{ readonly count: number; prepare(i: number): Promise<NativeStatement> }>;
  run(sql: string): Promise<unknown>;
  runAndReadAll(sql: string): Promise<{ getRowObjectsJS(): Record<string, unknown>[] }>;
  closeSync(): void;
}

/** `StatementType` of `@duckdb/node-bindings`, for the kinds an exported script may hold (and COPY). */
const KIND: Readonly<Record<number, string>> = {
  1: 'SELECT',
  2: 'INSERT',
  5: 'DELETE',
  7: 'CREATE',
  11: 'COPY',
};

let engine: NodeEngine;
let out: string;
let native: NativeTestConnection | undefined;
/** Why native DuckDB is not available here, or undefined when it is. */
let nativeMissing: string | undefined;

beforeAll(async () => {
  engine = await createNodeEngine();
  out = await mkdtemp(path.join(tmpdir(), 'claimlens-export-native-'));
  try {
    const DuckDBInstance = await loadNativeDuckDB(nativeDirForTests());
    const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
    native = (await instance.connect()) as unknown as NativeTestConnection;
  } catch (e) {
    nativeMissing = e instanceof Error ? e.message : String(e);
  }
}, 300_000);

afterAll(async () => {
  native?.closeSync();
  await engine.close();
  await rm(out, { recursive: true, force: true });
});

function nativeConnection(ctx: { skip: (note?: string) => never }): NativeTestConnection {
  if (native) return native;
  const note = `native DuckDB cannot be installed here, so the exported script is not run natively: ${nativeMissing}`;
  console.warn(note);
  return ctx.skip(note);
}

/** Splits `script` with native DuckDB's own parser and runs each statement in turn; returns their kinds. */
async function runStatements(conn: NativeTestConnection, script: string): Promise<string[]> {
  const extracted = await conn.extractStatements(script);
  const kinds: string[] = [];
  for (let i = 0; i < extracted.count; i++) {
    const statement = await extracted.prepare(i);
    try {
      kinds.push(KIND[statement.statementType] ?? `type ${statement.statementType}`);
      await statement.run();
    } finally {
      statement.destroySync();
    }
  }
  return kinds;
}

const customRules = (specs: readonly CustomRuleSpec[]) =>
  rulesForRequest({
    name: 'findings',
    pack: { kind: 'custom', rules: specs.map((s) => s.id) },
    customRules: specs,
  });

describe('an exported rule pack on native DuckDB (test/attacks/export-sql)', () => {
  it.for(['hostile-text.claimlens.md', 'nul-in-text.claimlens.md'])(
    '%s: holds exactly the expected statements, keeps the texts exactly, and writes no file',
    async (file, ctx) => {
      const conn = nativeConnection(ctx);
      const specs = await attackRules(file, out);
      const script = await exportRulePackSql(nodeRuleEngine(engine), customRules(specs));
      await conn.run(`CREATE OR REPLACE TABLE psn AS SELECT 'P1' AS psn_no`);

      const kinds = await runStatements(conn, script);

      const parameters = specs.reduce((n, s) => n + s.parameters.length, 0);
      const expected = [
        ...RULE_MACROS.map(() => 'CREATE'),
        ...RUN_TABLES.map((sql) => (sql.startsWith('DELETE') ? 'DELETE' : 'CREATE')),
        ...specs.map(() => 'INSERT'), // metadata
        ...Array.from({ length: parameters }, () => 'INSERT'),
        ...specs.map(() => 'INSERT'), // hits
        ...buildFindingsSql('findings').map(() => 'CREATE'),
      ];
      expect(kinds).toEqual(expected);
      expect(await readdir(out)).toEqual([]);
      const spec = specs[0] as CustomRuleSpec;
      const meta = (await conn.runAndReadAll(`SELECT * FROM _cl_rule_meta`)).getRowObjectsJS();
      expect(meta).toEqual([expectedMetaRow(spec)]);
      const findings = (await conn.runAndReadAll(`SELECT vola_cont FROM findings`)).getRowObjectsJS();
      expect(findings).toEqual([{ vola_cont: `codes: ${spec.parameters[0]?.default}` }]);
    },
  );

  it('is refused for rule SQL that would add a statement, which native DuckDB would otherwise run', async (ctx) => {
    const conn = nativeConnection(ctx);
    const specs = await attackRules('hostile-sql.claimlens.md', out);
    const [closeAndCopy] = specs as [CustomRuleSpec];
    await expect(
      exportRulePackSql(nodeRuleEngine(engine), customRules([closeAndCopy])),
    ).rejects.toMatchObject({
      error: { code: 'rule.export-refused' },
    });
    // The threat is real: pasted into the rule's statement as it was before, DuckDB runs a COPY.
    await conn.run(`CREATE OR REPLACE TABLE psn AS SELECT 'P1' AS psn_no`);
    for (const sql of [...RULE_MACROS, ...RUN_TABLES]) await conn.run(sql);
    const kinds = await runStatements(conn, `${insertHitsSql(closeAndCopy.id, closeAndCopy.sql)};`);
    expect(kinds).toEqual(['INSERT', 'COPY', 'SELECT']);
    expect(await readdir(out)).toEqual(['close-and-copy.csv']);
    await rm(path.join(out, 'close-and-copy.csv'));
  });
});
