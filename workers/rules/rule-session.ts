import { KNOWLEDGE_TABLES, type KnowledgeTable } from '../../core/knowledge/kb-types';
import { CANONICAL_TABLES, type CanonicalTable, type TableMapping } from '../../core/mapping/mapping-types';
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
 * What the loaded data offers: each canonical table that exists, with the fields its mappings fill;
 * each knowledge table's row count; the kinds of restriction loaded.
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
  const fields = new Map<CanonicalTable, Set<string>>();
  for (const mapping of mappings) {
    if (!existing.has(mapping.target)) continue;
    const set = fields.get(mapping.target) ?? new Set<string>();
    for (const [field, column] of Object.entries(mapping.columns)) if (column) set.add(field);
    fields.set(mapping.target, set);
  }
  for (const table of CANONICAL_TABLES)
    if (existing.has(table) && !fields.has(table)) fields.set(table, new Set());
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
  return { fields, knowledge, restrictionKinds: new Set(kinds) };
}
