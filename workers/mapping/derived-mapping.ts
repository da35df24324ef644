import type { CanonicalTable, TableMapping } from '../../core/mapping/mapping-types';

/**
 * A mapping as the build receives it: a file's own mapping, or one of its `also` tables turned into a
 * mapping of the same source (`derived: true`), which the build reduces to one row per key.
 */
export interface SourceMapping extends TableMapping {
  /** Built from another table's file (`TableMapping.also`): reduced to one row per key. */
  readonly derived?: boolean;
}

/** The canonical tables a file's `also` may build, in the order they are rebuilt. */
export const DERIVABLE_TABLES = ['psn', 'medins', 'death'] as const satisfies readonly CanonicalTable[];

/** Whether `target` is a table a file's `also` may build. */
export function isDerivableTable(target: CanonicalTable): boolean {
  return (DERIVABLE_TABLES as readonly CanonicalTable[]).includes(target);
}

/**
 * The `also` tables of `mapping` that build `target`, as mappings of the same source (its null
 * spellings apply to them too).
 */
export function derivedMappingsFor(mapping: TableMapping, target: CanonicalTable): SourceMapping[] {
  return (mapping.also ?? [])
    .filter((d) => d.target === target)
    .map((d) => ({
      source: mapping.source,
      target: d.target,
      columns: d.columns,
      ...(d.constants ? { constants: d.constants } : {}),
      ...(mapping.nulls ? { nulls: mapping.nulls } : {}),
      derived: true,
    }));
}

/**
 * The field a derived table is reduced on (one row per value): psn_no for `psn`, fixmedins_code for
 * `medins`; for `death`, psn_no when the file maps it, else certno. Undefined for other tables.
 */
export function derivedKeyField(target: CanonicalTable, mapping: TableMapping): string | undefined {
  switch (target) {
    case 'psn':
      return 'psn_no';
    case 'medins':
      return 'fixmedins_code';
    case 'death':
      return mapping.columns.psn_no !== undefined || mapping.columns.certno === undefined
        ? 'psn_no'
        : 'certno';
    default:
      return undefined;
  }
}

/** A field the derived rows must have a value in to be kept (a death row needs its date). */
export function derivedRequiredFields(target: CanonicalTable, mapping: TableMapping): string[] {
  const key = derivedKeyField(target, mapping);
  if (key === undefined) return [];
  return target === 'death' ? [key, 'death_date'] : [key];
}
