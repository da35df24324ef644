import { KNOWLEDGE_COLUMNS, KNOWLEDGE_TABLES, type KnowledgeTable } from '../../core/knowledge/kb-types';

/** Chinese headers accepted for each knowledge column (matched after trimming; English names case-insensitively). */
export const COLUMN_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  code: ['编码', '代码', '医保编码', '国家编码', '目录编码', '项目编码', '药品编码', '耗材编码'],
  kind: ['限定类型', '限制类型', '限定种类', '类型'],
  param: ['参数', '限定参数', '限定值', '限定内容'],
  source: ['来源', '依据', '出处', '政策依据'],
  code_a: ['编码A', '项目A编码', '项目编码A', '编码1'],
  code_b: ['编码B', '项目B编码', '项目编码B', '编码2'],
  window: ['时间窗', '时间范围', '同时收费范围'],
  medins_lv: ['医疗机构级别', '机构级别', '医院级别', '级别'],
  max_pric: ['最高限价', '限价', '最高单价', '最高价格'],
  period: ['周期', '统计周期'],
  max_cnt: ['最大次数', '次数上限', '限定次数', '最高次数'],
};

/** The knowledge column a header names, or undefined. */
export function columnOf(header: string): string | undefined {
  const h = header.normalize('NFKC').trim();
  for (const [column, synonyms] of Object.entries(COLUMN_SYNONYMS)) {
    if (h.toLowerCase() === column || synonyms.includes(h)) return column;
  }
  return undefined;
}

/** Which table a file's headers describe, with each header's column; or why none fits. */
export type TableMatch =
  | { readonly ok: true; readonly table: KnowledgeTable; readonly columns: readonly (string | undefined)[] }
  | {
      readonly ok: false;
      /** The table the headers come closest to. */
      readonly closest: KnowledgeTable;
      readonly missing: readonly string[];
      readonly unknown: readonly string[];
      readonly duplicate: readonly string[];
    };

/**
 * Picks the table whose columns the headers name exactly (in any order). Otherwise reports, for the
 * closest table, the missing columns, the headers that name no column of it, and repeated columns.
 */
export function matchTable(headers: readonly string[]): TableMatch {
  const columns = headers.map(columnOf);
  const named = columns.filter((c): c is string => c !== undefined);
  const duplicate = [...new Set(named.filter((c, i) => named.indexOf(c) !== i))];
  const score = (t: KnowledgeTable) => KNOWLEDGE_COLUMNS[t].filter((c) => named.includes(c)).length;
  const closest = [...KNOWLEDGE_TABLES].sort((a, b) => score(b) - score(a))[0] as KnowledgeTable;
  const expected = KNOWLEDGE_COLUMNS[closest];
  const missing = expected.filter((c) => !named.includes(c));
  const unknown = headers.filter((_, i) => {
    const c = columns[i];
    return c === undefined || !expected.includes(c);
  });
  if (missing.length === 0 && unknown.length === 0 && duplicate.length === 0) {
    return { ok: true, table: closest, columns };
  }
  return { ok: false, closest, missing, unknown, duplicate };
}
