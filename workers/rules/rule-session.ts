import { KNOWLEDGE_TABLES, type KnowledgeTable } from '../../core/knowledge/kb-types';
import { CANONICAL_TABLES, type CanonicalTable, type TableMapping } from '../../core/mapping/mapping-types';
import { CANONICAL_MODEL } from '../../core/mapping/canonical-model';
import { quoteIdent } from '../engine/sql-quote';
import { FEE_KEY_DERIVATIONS } from '../mapping/derive-fee-keys';
import { customRuleDefinition } from './custom-rule';
import { RULE_LIBRARY } from './rule-library';
import type { DataAvailability } from './rule-availability';
import type { RuleEngine } from './rule-engine';
import { selectRules } from '../../core/rules/rule-pack';
import type { RuleRunRequest } from '../../core/rules/rule-run-types';
import type { RuleDefinition } from '../../core/rules/rule-types';

/** The rules a request runs: the library plus the notebook's custom rules, chosen by its pack. */
export function rulesForRequest(request: RuleRunRequest, library = RULE_LIBRARY): RuleDefinition[] {
  const ids = new Set<string>(library.map((r) => r.id));
  const custom = (request.customRules ?? []).map((spec) => customRuleDefinition(spec, ids));
  return selectRules([...library, ...custom], request.pack, request.exclude);
}

/**
 * The fields each canonical table is given by the mappings: columns and constants (a file's own and
 * its `also` tables'), and the fee keys a fee line takes from its settlement when setl maps their
 * source field (derive-fee-keys.ts).
 */
function mappedFields(mappings: readonly TableMapping[]): Map<CanonicalTable, Set<string>> {
  const mapped = new Map<CanonicalTable, Set<string>>();
  const add = (table: CanonicalTable, fields: readonly string[]) =>
    mapped.set(table, new Set([...(mapped.get(table) ?? []), ...fields]));
  for (const m of mappings) {
    for (const part of [m, ...(m.also ?? [])]) {
      add(part.target, [...Object.keys(part.columns), ...Object.keys(part.constants ?? {})]);
    }
  }
  const setl = mapped.get('setl') ?? new Set<string>();
  add(
    'fee',
    FEE_KEY_DERIVATIONS.filter((d) => setl.has(d.from)).map((d) => d.field),
  );
  return mapped;
}

/**
 * What the loaded data offers: for each canonical table that exists, the fields holding at least one
 * value, read from the built table itself (one aggregate query per table), so constants and derived
 * keys count and a mapped column that is empty throughout does not; the fields the mappings give (to
 * tell "not mapped" from "mapped but empty"); each knowledge table's row count; the kinds of
 * restriction loaded.
 */
export async function dataAvailability(
  engine: RuleEngine,
  mappings: readonly TableMapping[],
): Promise<DataAvailability> {
  const existing = new Set(
    (
      await engine.rows<{ name: string }>(
        `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'main'`,
      )
    ).map((r) => r.name),
  );
  const canonical = CANONICAL_TABLES.filter((t) => existing.has(t));
  const columns = canonical.length
    ? await engine.rows<{ t: string; c: string }>(
        `SELECT table_name AS t, column_name AS c FROM information_schema.columns
         WHERE table_schema = 'main' AND table_name IN (${canonical.map((t) => `'${t}'`).join(', ')})`,
      )
    : [];
  const fields = new Map<CanonicalTable, Set<string>>();
  for (const table of canonical) {
    const present = new Set(columns.filter((r) => r.t === table).map((r) => r.c));
    const model = CANONICAL_MODEL[table].filter((f) => present.has(f.name));
    const [row] = model.length
      ? await engine.rows<Record<string, number | bigint>>(
          `SELECT ${model.map((f, i) => `count(${quoteIdent(f.name)}) AS c${i}`).join(', ')} FROM ${quoteIdent(table)}`,
        )
      : [];
    fields.set(table, new Set(model.filter((_, i) => Number(row?.[`c${i}`] ?? 0) > 0).map((f) => f.name)));
  }
  const knowledge = new Map<KnowledgeTable, number>();
  for (const table of KNOWLEDGE_TABLES) {
    if (!existing.has(table)) continue;
    const [row] = await engine.rows<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${table}`);
    knowledge.set(table, row?.n ?? 0);
  }
  const kinds = knowledge.get('kb_restriction')
    ? (
        await engine.rows<{ kind: string }>(`SELECT DISTINCT kind FROM kb_restriction WHERE kind IS NOT NULL`)
      ).map((r) => r.kind)
    : [];
  return { fields, mapped: mappedFields(mappings), knowledge, restrictionKinds: new Set(kinds) };
}
