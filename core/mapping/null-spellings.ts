/**
 * The spellings a settlement export uses for "no value", read as empty (NULL) in every text column a
 * mapping reads, unless the mapping lists its own (`TableMapping.nulls`, editable in the mapping editor
 * and in a mapping file as `nulls:`). Compared after trimming, Latin letters case-insensitively (`NA`
 * also matches `na`, `NULL` also `null`). An empty string is always empty and is not listed, and so are
 * the database tokens `NULL` and `\N`, which stay empty even with a mapping's own list.
 *
 * Only whole values match: `-` is empty but `-1.50` is a number and `A-B` a code; `无` is empty but
 * `无锡` a name. Codes that mean "unknown" (`0`, `9`, `未知`, `未说明` for sex) are values, not listed.
 */
export const DEFAULT_NULL_SPELLINGS: readonly string[] = [
  'NA',
  'N/A',
  'NULL',
  'None',
  'NaN',
  '#N/A',
  '-',
  '－',
  '—',
  '--',
  '空',
  '无',
  '（空）',
  '(空)',
];

/** The null spellings in force for a mapping. */
export function nullSpellings(mapping: { readonly nulls?: readonly string[] }): readonly string[] {
  return mapping.nulls ?? DEFAULT_NULL_SPELLINGS;
}
