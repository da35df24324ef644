import { KNOWLEDGE_TABLES, type KnowledgeTable } from '../../core/knowledge/kb-types';
import { CANONICAL_TABLES, type CanonicalTable } from '../../core/mapping/mapping-types';
import { msg, type Msg } from '../../core/shared/msg';
import type { RuleDefinition } from '../../core/rules/rule-types';

/**
 * What the loaded data offers rules: the mapped fields of each canonical table (a table that is not
 * loaded is absent), the knowledge tables present with their row counts, and the kinds of
 * `kb_restriction` rows.
 */
export interface DataAvailability {
  readonly fields: ReadonlyMap<CanonicalTable, ReadonlySet<string>>;
  readonly knowledge: ReadonlyMap<KnowledgeTable, number>;
  readonly restrictionKinds: ReadonlySet<string>;
}

/**
 * Fields that only name or place things in a finding (its wording, the doctor, the visit): a rule reads
 * them when they are there and runs without them (they are NULL), so they never make a rule skip.
 */
export const DESCRIPTIVE_FIELDS: ReadonlySet<string> = new Set([
  'hilist_name',
  'fixmedins_name',
  'dise_name',
  'medins_list_name',
  'bilg_dr_code',
  'atddr_no',
  'mdtrt_id',
]);

/**
 * Why `rule` cannot run on this data, or undefined when it can: the first missing canonical table or
 * field (unmapped), or a missing knowledge table / restriction kind.
 */
export function missingNeeds(rule: RuleDefinition, data: DataAvailability): Msg | undefined {
  for (const table of CANONICAL_TABLES) {
    const needed = rule.needs.fields[table];
    if (!needed || needed.length === 0) continue;
    const mapped = data.fields.get(table);
    if (!mapped) {
      return msg(
        `未加载 ${table} 表（${TABLE_ZH[table]}）：请加载并映射该数据后重新运行。`,
        `The ${table} table (${TABLE_EN[table]}) is not loaded: load and map it, then run again.`,
      );
    }
    const missing = needed.filter((f) => !mapped.has(f) && !DESCRIPTIVE_FIELDS.has(f));
    if (missing.length > 0) {
      const list = missing.map((f) => `${table}.${f}`).join(', ');
      return msg(
        `缺少字段 ${list}（未映射）：请在列映射中指定对应的列。`,
        `Missing field ${list} (not mapped): choose its column in the mapping.`,
      );
    }
  }
  const kinds: string[] = [];
  for (const need of rule.needs.knowledge ?? []) {
    if (!KNOWLEDGE_TABLES.includes(need.table)) continue;
    const rows = data.knowledge.get(need.table) ?? 0;
    if (rows === 0) {
      return msg(
        `知识库表 ${need.table} 为空：请导入知识库（或使用内置样例）。`,
        `Knowledge table ${need.table} is empty: import a knowledge base (or use the built-in sample).`,
      );
    }
    if (need.kind !== undefined) kinds.push(need.kind);
  }
  // A rule checking several kinds (限年龄: age_min and age_max) runs when the knowledge has any of them.
  if (kinds.length > 0 && !kinds.some((k) => data.restrictionKinds.has(k))) {
    const list = kinds.map((k) => `“${k}”`).join('、');
    return msg(
      `知识库中没有 ${list} 类限定：请导入包含该类限定的知识库。`,
      `The knowledge base has no ${kinds.map((k) => `"${k}"`).join(' or ')} restrictions: import one that has them.`,
    );
  }
  return undefined;
}

const TABLE_ZH: Record<CanonicalTable, string> = {
  setl: '结算',
  fee: '费用明细',
  psn: '参保人',
  medins: '定点机构',
  dise: '诊断',
  death: '死亡登记',
};

const TABLE_EN: Record<CanonicalTable, string> = {
  setl: 'settlements',
  fee: 'fee lines',
  psn: 'insured people',
  medins: 'institutions',
  dise: 'diagnoses',
  death: 'death registry',
};
