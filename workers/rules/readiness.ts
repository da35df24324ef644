import { KNOWLEDGE_TABLES } from '../../core/knowledge/kb-types';
import { CANONICAL_TABLE_LABELS, canonicalField } from '../../core/mapping/canonical-model';
import { CANONICAL_TABLES } from '../../core/mapping/mapping-types';
import type {
  Readiness,
  ReadinessNeed,
  ReadinessUnlock,
  RuleReadiness,
} from '../../core/rules/readiness-types';
import type { RuleDefinition } from '../../core/rules/rule-types';
import { assertNever } from '../../core/shared/invariant';
import { msg, type Msg } from '../../core/shared/msg';
import { DESCRIPTIVE_FIELDS, missingNeeds, type DataAvailability } from './rule-availability';

/**
 * Everything `rule` lacks on this data, in the order `missingNeeds` checks (tables, then knowledge):
 * a canonical table not loaded (its fields are then not listed one by one), each unmapped field the
 * rule checks (descriptive fields never count), each empty knowledge table, and the restriction kinds
 * it reads when the knowledge has none of them (one need: any of the kinds unlocks it). Empty exactly
 * when `missingNeeds` finds nothing.
 */
export function ruleLacks(rule: RuleDefinition, data: DataAvailability): ReadinessNeed[] {
  const lacks: ReadinessNeed[] = [];
  for (const table of CANONICAL_TABLES) {
    const needed = rule.needs.fields[table];
    if (!needed || needed.length === 0) continue;
    const mapped = data.fields.get(table);
    if (!mapped) {
      lacks.push({ kind: 'table', table });
      continue;
    }
    for (const field of needed)
      if (!mapped.has(field) && !DESCRIPTIVE_FIELDS.has(field)) lacks.push({ kind: 'field', table, field });
  }
  const kinds: string[] = [];
  let kindTable: (typeof KNOWLEDGE_TABLES)[number] | undefined;
  for (const need of rule.needs.knowledge ?? []) {
    if (!KNOWLEDGE_TABLES.includes(need.table)) continue;
    // A need for a restriction kind is met by knowledge holding that kind, not by any row of the table.
    if (need.kind !== undefined) {
      kinds.push(need.kind);
      kindTable = need.table;
      continue;
    }
    if ((data.knowledge.get(need.table) ?? 0) === 0) lacks.push({ kind: 'knowledge', table: need.table });
  }
  if (kindTable !== undefined && !kinds.some((k) => data.restrictionKinds.has(k)))
    lacks.push({ kind: 'knowledge', table: kindTable, restrictionKind: kinds.join(',') });
  return lacks;
}

/**
 * The readiness of `rules` on `data`: each rule ready or skipped (with the run's own reason), and each
 * missing need with how many rules it alone would unlock (rules lacking nothing else) and how many it
 * blocks, sorted by unlocks, then blocks (descending), then by its key so the order is stable.
 */
export function readinessOf(rules: readonly RuleDefinition[], data: DataAvailability): Readiness {
  const byKey = new Map<string, { need: ReadinessNeed; unlocks: number; ruleIds: string[] }>();
  const readiness: RuleReadiness[] = rules.map((rule) => {
    const reason = missingNeeds(rule, data);
    const lacks = ruleLacks(rule, data);
    for (const need of lacks) {
      const key = needKey(need);
      const entry = byKey.get(key) ?? { need, unlocks: 0, ruleIds: [] };
      entry.ruleIds.push(rule.id);
      if (lacks.length === 1) entry.unlocks += 1;
      byKey.set(key, entry);
    }
    return reason === undefined
      ? { ruleId: rule.id, title: rule.name, status: 'ready', lacks }
      : { ruleId: rule.id, title: rule.name, status: 'skipped', reason, lacks };
  });
  const needs: ReadinessUnlock[] = [...byKey.entries()]
    .sort(
      ([ka, a], [kb, b]) =>
        b.unlocks - a.unlocks || b.ruleIds.length - a.ruleIds.length || (ka < kb ? -1 : ka > kb ? 1 : 0),
    )
    .map(([, e]) => ({
      need: e.need,
      label: needLabel(e.need),
      unlocks: e.unlocks,
      blocks: e.ruleIds.length,
      ruleIds: e.ruleIds,
    }));
  const ready = readiness.filter((r) => r.status === 'ready').length;
  return { ready, skipped: readiness.length - ready, rules: readiness, needs };
}

/** A need as one stable text key (`field:fee.hilist_code`, `table:psn`, `knowledge:kb_restriction:sex`). */
export function needKey(need: ReadinessNeed): string {
  switch (need.kind) {
    case 'field':
      return `field:${need.table}.${need.field}`;
    case 'table':
      return `table:${need.table}`;
    case 'knowledge':
      return `knowledge:${need.table}${need.restrictionKind === undefined ? '' : `:${need.restrictionKind}`}`;
    default:
      return assertNever(need, 'readiness need');
  }
}

/**
 * A need for a person: a field as `表.字段` with its label (`setl.psn_no（人员编号）`), a table with its
 * label, a knowledge table, or the restriction kinds it should hold.
 */
export function needLabel(need: ReadinessNeed): Msg {
  switch (need.kind) {
    case 'field': {
      const field = canonicalField(need.table, need.field);
      const name = `${need.table}.${need.field}`;
      return field ? msg(`${name}（${field.zh}）`, `${name} (${field.en})`) : msg(name, name);
    }
    case 'table': {
      const label = CANONICAL_TABLE_LABELS[need.table];
      return msg(`${need.table} 表（${label.zh}）`, `the ${need.table} table (${label.en})`);
    }
    case 'knowledge': {
      if (need.restrictionKind === undefined)
        return msg(`知识库表 ${need.table}`, `knowledge table ${need.table}`);
      const kinds = need.restrictionKind.split(',');
      return msg(
        `知识库 ${need.table} 中的 ${kinds.map((k) => `“${k}”`).join('或')} 类限定`,
        `${kinds.map((k) => `"${k}"`).join(' or ')} restrictions in ${need.table}`,
      );
    }
    default:
      return assertNever(need, 'readiness need');
  }
}
