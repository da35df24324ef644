import { CATALOG } from './price-list';

/** One row of `kb_restriction(code, kind, param, source)`. */
export interface RestrictionRow {
  readonly code: string;
  /** `child`: only under `param` years; `sex`: only for gend `param`; `medins_lv`: only at level ≥ `param`. */
  readonly kind: 'child' | 'sex' | 'medins_lv';
  readonly param: string;
  readonly source: string;
}

/** Where these rows come from: the generator's own catalogue, not an NHSA publication. */
export const RESTRICTION_SOURCE = 'synthetic';

/**
 * The knowledge rows consistent with the generated catalogue: child-only items (under 18), sex-specific
 * items and drugs limited to higher-level hospitals. Normal data respects them except for the noise
 * the patterns plant (a few adults with child-only drugs).
 */
export function restrictionRows(): RestrictionRow[] {
  const rows: RestrictionRow[] = [];
  for (const item of Object.values(CATALOG)) {
    if (item.child) rows.push({ code: item.code, kind: 'child', param: '18', source: RESTRICTION_SOURCE });
    if (item.sex !== undefined)
      rows.push({ code: item.code, kind: 'sex', param: String(item.sex), source: RESTRICTION_SOURCE });
    if (item.minLevel !== undefined) {
      rows.push({
        code: item.code,
        kind: 'medins_lv',
        param: String(item.minLevel),
        source: RESTRICTION_SOURCE,
      });
    }
  }
  return rows;
}
