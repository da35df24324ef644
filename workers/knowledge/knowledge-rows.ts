import type {
  ExclusivePairRow,
  FrequencyRow,
  KnowledgeTable,
  PriceCapRow,
  RestrictionRow,
} from '../../core/knowledge/kb-types';

/** The row type of each knowledge table. */
export interface KnowledgeRowOf {
  readonly kb_restriction: RestrictionRow;
  readonly kb_exclusive_pair: ExclusivePairRow;
  readonly kb_price_cap: PriceCapRow;
  readonly kb_frequency: FrequencyRow;
}

/** Rows for some or all of the knowledge tables (a layer, a parse result, the shipped sample). */
export type KnowledgeRows = { readonly [T in KnowledgeTable]?: readonly KnowledgeRowOf[T][] };

/** Any knowledge row. */
export type KnowledgeRow = KnowledgeRowOf[KnowledgeTable];

/**
 * The key of a row in its table: the newest row per key is the one in force (kb_restriction:
 * code+kind; kb_exclusive_pair: code_a+code_b; kb_price_cap: code+medins_lv; kb_frequency: code+period).
 */
export const KNOWLEDGE_KEYS: { readonly [T in KnowledgeTable]: readonly (keyof KnowledgeRowOf[T])[] } = {
  kb_restriction: ['code', 'kind'],
  kb_exclusive_pair: ['code_a', 'code_b'],
  kb_price_cap: ['code', 'medins_lv'],
  kb_frequency: ['code', 'period'],
};

/** The key of `row` in `table`, as one string. */
export function rowKey<T extends KnowledgeTable>(table: T, row: KnowledgeRowOf[T]): string {
  return KNOWLEDGE_KEYS[table].map((k) => String(row[k])).join('\u0000');
}
