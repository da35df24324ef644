/**
 * The spellings a settlement export uses for "no value", read as empty (NULL) in every text column a
 * mapping reads, unless the mapping lists its own (`TableMapping.nulls`, editable in the mapping editor
 * and in a mapping file). Compared after trimming, Latin letters case-insensitively. An empty string is
 * always empty and is not listed.
 */
export const DEFAULT_NULL_SPELLINGS: readonly string[] = [
  'NA',
  'N/A',
  'NULL',
  'None',
  'NaN',
  '-',
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
