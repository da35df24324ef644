/**
 * Runs rules on the real engine (DuckDB-WASM under Node) over small fixtures: canonical tables with
 * every canonical column (unmapped ones NULL, as the mapper builds them) and knowledge tables.
 */
import type { NodeEngine } from '../../../node/engine/duckdb-node-engine';
import { testEngine, type Row } from '../../fixtures';
import { quoteIdent, quoteLiteral } from '../../../workers/engine/sql-quote';
import { createKnowledgeTableSql } from '../../../workers/knowledge/kb-schema';
import { KNOWLEDGE_TABLES, type KnowledgeTable } from '../../../core/knowledge/kb-types';
import { fieldSqlType } from '../../../workers/mapping/field-sql';
import { CANONICAL_MODEL } from '../../../core/mapping/canonical-model';
import { CANONICAL_TABLES, type CanonicalTable } from '../../../core/mapping/mapping-types';
import type { DataAvailability } from '../../../workers/rules/rule-availability';
import { nodeRuleEngine } from '../../../node/engine/node-rule-engine';
import type { FindingRow, FindingsSummary, RuleOutcome } from '../../../core/rules/rule-run-types';
import type { RuleDefinition, RuleParameterValue } from '../../../core/rules/rule-types';
import { runRules } from '../../../workers/rules/run-rules';

export type { Row, Value } from '../../fixtures';
export { testEngine } from '../../fixtures';

/** Data for one run. */
export interface Fixture {
  readonly setl?: readonly Row[];
  readonly fee?: readonly Row[];
  readonly psn?: readonly Row[];
  readonly medins?: readonly Row[];
  readonly dise?: readonly Row[];
  readonly death?: readonly Row[];
  readonly kb?: Partial<Record<KnowledgeTable, readonly Row[]>>;
  /** Fields to treat as unmapped (`table.field`), even though rows carry them. */
  readonly unmapped?: readonly string[];
}

/** What a run returned, read back from the engine. */
export interface RuleRun {
  readonly summary: FindingsSummary;
  readonly outcome: RuleOutcome;
  readonly findings: FindingRow[];
  /** `<name>_lines` rows. */
  readonly lines: { finding_id: string; feedetl_sn: string; vola_item_type: number; amount: number }[];
}

/** The engine as the rule kernel sees it. */
export const ruleEngine = nodeRuleEngine;

/** Replaces the canonical and knowledge tables with the fixture's; returns what is available. */
export async function loadFixture(engine: NodeEngine, fixture: Fixture): Promise<DataAvailability> {
  const fields = new Map<CanonicalTable, Set<string>>();
  const unmapped = new Set(fixture.unmapped ?? []);
  for (const table of CANONICAL_TABLES) {
    await engine.exec(`DROP TABLE IF EXISTS ${quoteIdent(table)}`);
    const rows = fixture[table];
    if (!rows) continue;
    const model = CANONICAL_MODEL[table];
    const columns = model.map((f) => `${quoteIdent(f.name)} ${fieldSqlType(f.type)}`).join(', ');
    await engine.exec(`CREATE TABLE ${quoteIdent(table)} (${columns})`);
    const present = new Set<string>();
    for (const row of rows) {
      for (const key of Object.keys(row)) {
        if (!model.some((f) => f.name === key)) throw new Error(`fixture: ${table} has no field ${key}`);
        if (!unmapped.has(`${table}.${key}`)) present.add(key);
      }
      const values = model.map((f) => {
        const v = unmapped.has(`${table}.${f.name}`) ? null : row[f.name];
        return v === undefined || v === null ? 'NULL' : `CAST(${literal(v)} AS ${fieldSqlType(f.type)})`;
      });
      await engine.exec(`INSERT INTO ${quoteIdent(table)} VALUES (${values.join(', ')})`);
    }
    fields.set(table, present);
  }
  const knowledge = new Map<KnowledgeTable, number>();
  for (const table of KNOWLEDGE_TABLES) {
    await engine.exec(`DROP TABLE IF EXISTS ${table}`);
    await engine.exec(`DROP VIEW IF EXISTS ${table}`);
    await engine.exec(createKnowledgeTableSql(table));
    const rows = fixture.kb?.[table] ?? [];
    for (const row of rows) {
      const names = Object.keys(row).map(quoteIdent).join(', ');
      const values = Object.values(row).map(literal).join(', ');
      await engine.exec(`INSERT INTO ${table} (${names}) VALUES (${values})`);
    }
    knowledge.set(table, rows.length);
  }
  const kinds = new Set((fixture.kb?.kb_restriction ?? []).map((r) => String(r.kind)));
  return { fields, knowledge, restrictionKinds: kinds };
}

/** Loads the fixture and runs one rule; returns its outcome, findings and lines. */
export async function runRule(
  rule: RuleDefinition,
  fixture: Fixture,
  parameters: Readonly<Record<string, RuleParameterValue>> = {},
): Promise<RuleRun> {
  const engine = await testEngine();
  const data = await loadFixture(engine, fixture);
  const summary = await runRules(ruleEngine(engine), [rule], data, {
    name: 'findings',
    parameters: { [rule.id]: parameters },
  });
  const findings = await engine.rows<FindingRow & Record<string, unknown>>(
    `SELECT * REPLACE (vola_amt::DOUBLE AS vola_amt) FROM findings ORDER BY finding_id`,
  );
  const lines = await engine.rows<RuleRun['lines'][number]>(
    `SELECT finding_id, feedetl_sn, vola_item_type, amount::DOUBLE AS amount FROM findings_lines
     ORDER BY finding_id, feedetl_sn`,
  );
  return { summary, outcome: summary.rules[0] as RuleOutcome, findings, lines };
}

function literal(v: Row[string] | undefined): string {
  if (v === null || v === undefined) return 'NULL';
  return typeof v === 'number' ? String(v) : quoteLiteral(v);
}
