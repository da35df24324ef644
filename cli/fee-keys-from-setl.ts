import type { TableMapping } from '../core/mapping/mapping-types';

/**
 * The fee-line fields a build takes from the line's settlement by setl_id when the fee file lacks them
 * (issue 13): fee field → settlement field.
 */
export const FEE_KEYS_FROM_SETL: Readonly<Record<string, string>> = {
  fixmedins_code: 'fixmedins_code',
  mdtrt_id: 'mdtrt_id',
  psn_no: 'psn_no',
  bilg_dr_code: 'atddr_no',
};

/** One fee field the build will take from the settlement. */
export interface DerivedKey {
  readonly field: string;
  /** `setl.<field>`. */
  readonly from: string;
}

/**
 * The fee fields the build will take from the settlement by setl_id, for these mappings: fee lines need
 * `setl_id` mapped, the settlement must have the field (a column or a constant) and the fee mapping
 * must not. Empty when no fee or no settlement file is mapped.
 */
export function feeKeysFromSetl(mappings: readonly TableMapping[]): DerivedKey[] {
  const fee = mappings.filter((m) => m.target === 'fee');
  const setlFields = new Set(
    mappings
      .filter((m) => m.target === 'setl')
      .flatMap((m) => [...Object.keys(m.columns), ...Object.keys(m.constants ?? {})]),
  );
  if (fee.length === 0 || setlFields.size === 0 || !fee.every((m) => m.columns['setl_id'])) return [];
  const has = (m: TableMapping, field: string) => field in m.columns || field in (m.constants ?? {});
  return Object.entries(FEE_KEYS_FROM_SETL).flatMap(([field, from]) =>
    setlFields.has(from) && fee.some((m) => !has(m, field)) ? [{ field, from: `setl.${from}` }] : [],
  );
}
