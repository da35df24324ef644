import type { CanonicalTable, DerivedProposal, FieldMatch } from '../../core/mapping/mapping-types';

/** Person fields a settlement or fee file may carry beside psn_no. */
const PERSON_FIELDS = ['gend', 'brdy', 'certno', 'psn_name'];
/** Institution fields beside fixmedins_code. */
const INSTITUTION_FIELDS = ['fixmedins_name', 'medins_lv', 'fixmedins_type', 'open_beds'];

/**
 * The further tables a file builds beside its own target, from what its headers name: person columns
 * beside a person id → `psn`; institution columns beside an institution code → `medins`; a death date
 * beside a person id or ID number → `death`. `headerMatches` holds, per canonical table, the fields its
 * headers matched (only header matches: a column is derived from for what it says it is).
 */
export function proposeAlso(
  target: CanonicalTable,
  headerMatches: Readonly<Record<CanonicalTable, Readonly<Record<string, FieldMatch>>>>,
): DerivedProposal[] {
  const out: DerivedProposal[] = [];
  const derive = (
    table: CanonicalTable,
    keys: readonly string[],
    fields: readonly string[],
    need: 'key' | 'all',
  ) => {
    const m = headerMatches[table];
    const key = keys.filter((k) => m[k]);
    const rest = fields.filter((f) => m[f]);
    if (
      table === target ||
      key.length === 0 ||
      rest.length === 0 ||
      (need === 'all' && key.length < keys.length)
    )
      return;
    const used = [...key, ...rest];
    const matches = Object.fromEntries(used.map((f) => [f, m[f] as FieldMatch]));
    const columns = Object.fromEntries(used.map((f) => [f, (m[f] as FieldMatch).column]));
    out.push({ mapping: { target: table, columns }, matches });
  };
  derive('psn', ['psn_no'], PERSON_FIELDS, 'all');
  derive('medins', ['fixmedins_code'], INSTITUTION_FIELDS, 'all');
  derive('death', ['psn_no', 'certno'], ['death_date'], 'key');
  return out;
}
