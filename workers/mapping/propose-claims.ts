import { FIELDS } from '../../core/mapping/canonical-fields';
import type { CanonicalField } from '../../core/mapping/mapping-types';
import { headerForms, scoreHeader, type HeaderForm, type HeaderScore } from './header-match';
import { matchKnownHeader, type KnownHeader } from './propose-known-headers';

/**
 * What a column's header means, read before any value: the canonical fields (of any table) it names
 * best, or a known header the model has no field for. A claimed column is mapped only to a field its
 * header names; value shapes fill fields only from columns whose header names nothing.
 */
export interface HeaderClaim {
  /** The column's comparable header forms. */
  readonly forms: readonly HeaderForm[];
  /** The best header score over every canonical field and known header; 0 when the header names nothing. */
  readonly top: number;
  /** The fields whose score is `top` (several when a synonym is shared: 科室, 医生), with their hits. */
  readonly fields: ReadonlyMap<string, HeaderScore>;
  /** Set when a known, non-canonical header scores `top` (and no field does). */
  readonly known?: KnownHeader;
}

const ALL_FIELDS: readonly CanonicalField[] = Object.values(FIELDS);
const EPS = 1e-9;

/** Reads the meaning of one header. */
export function claimHeader(header: string): HeaderClaim {
  const forms = headerForms(header);
  const hits = new Map<string, HeaderScore>();
  let top = 0;
  for (const field of ALL_FIELDS) {
    const hit = scoreHeader(forms, field);
    if (!hit) continue;
    hits.set(field.name, hit);
    top = Math.max(top, hit.score);
  }
  const known = matchKnownHeader(forms);
  const fields = new Map([...hits].filter(([, h]) => h.score >= top - EPS));
  if (known && known.score > top + EPS)
    return { forms, top: known.score, fields: new Map(), known: known.known };
  return { forms, top, fields };
}

/** Whether a header hit for `field` agrees with the column's meaning (it is among the best). */
export function isClaimedFor(claim: HeaderClaim, field: string): boolean {
  return claim.fields.has(field);
}

/** Whether the column's header names anything (a field or a known header). */
export function isClaimed(claim: HeaderClaim): boolean {
  return claim.top > 0;
}
