import { KNOWLEDGE_TABLES, type KnowledgeTable } from '../../core/knowledge/kb-types';
import { CANONICAL_TABLES, type CanonicalTable } from '../../core/mapping/mapping-types';
import { msg, type Msg } from '../../core/shared/msg';
import type { RuleDefinition } from '../../core/rules/rule-types';

/**
 * What the loaded data offers rules: the fields of each canonical table that hold at least one value
 * (a table that is not loaded is absent), the fields some mapping maps, sets or derives, the knowledge
 * tables present with their row counts, and the kinds of `kb_restriction` rows.
 */
export interface DataAvailability {
  /** Per built canonical table, its fields with at least one non-NULL value. */
  readonly fields: ReadonlyMap<CanonicalTable, ReadonlySet<string>>;
  /**
   * Per canonical table, the fields a mapping gives (a column, a constant, or a key derived from the
   * settlement): a field here but not in `fields` is mapped but empty. Absent: every missing field
   * counts as unmapped.
   */
  readonly mapped?: ReadonlyMap<CanonicalTable, ReadonlySet<string>>;
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
 * Why `rule` cannot run on this data, or undefined when it can: the first missing canonical table, or
 * its missing fields (未映射 / not mapped, or 已映射但没有任何取值 / mapped but without a value), or a
 * missing knowledge table / restriction kind.
 */
export function missingNeeds(rule: Pick<RuleDefinition, 'needs'>, data: DataAvailability): Msg | undefined {
  for (const table of CANONICAL_TABLES) {
    const needed = rule.needs.fields[table];
    if (!needed || needed.length === 0) continue;
    const available = data.fields.get(table);
    if (!available) {
      return msg(
        `未加载 ${table} 表（${TABLE_ZH[table]}）：请加载并映射该数据后重新运行。`,
        `The ${table} table (${TABLE_EN[table]}) is not loaded: load and map it, then run again.`,
      );
    }
    const missing = needed.filter((f) => !available.has(f) && !DESCRIPTIVE_FIELDS.has(f));
    if (missing.length > 0) return missingFields(table, missing, data.mapped?.get(table));
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

/** Why fields are missing: not mapped at all, or mapped but without a single value. */
function missingFields(table: CanonicalTable, missing: readonly string[], given?: ReadonlySet<string>): Msg {
  const name = (fields: readonly string[]) => fields.map((f) => `${table}.${f}`).join(', ');
  const unmapped = missing.filter((f) => !given?.has(f));
  const empty = missing.filter((f) => given?.has(f));
  const parts: Msg[] = [];
  if (unmapped.length > 0) {
    parts.push(
      msg(
        `缺少字段 ${name(unmapped)}（未映射）：请在列映射中指定对应的列。`,
        `Missing field ${name(unmapped)} (not mapped): choose its column in the mapping.`,
      ),
    );
  }
  if (empty.length > 0) {
    parts.push(
      msg(
        `字段 ${name(empty)} 已映射但没有任何取值：请检查所映射的列是否为空或无法解析（见校验报告），或改映射其他列。`,
        `Field ${name(empty)} is mapped but has no values: check whether its column is empty or unreadable (see the validation report), or map another column.`,
      ),
    );
  }
  return msg(parts.map((p) => p.zh).join(''), parts.map((p) => p.en).join(' '));
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
