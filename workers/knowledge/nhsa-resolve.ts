import { compareNhsaAge, type NhsaRecord } from './nhsa-record';

/** The knowledge points in force and those a later record replaced. */
export interface NhsaResolved {
  /** Records no other record supersedes, oldest first (so later ones win per code and kind). */
  readonly current: readonly NhsaRecord[];
  /** Records named in another record's `supersedes`. */
  readonly superseded: readonly NhsaRecord[];
}

/**
 * Applies NHSA's supersede links (the 2026-01 update replaced 397 earlier points: the newer text wins,
 * even when only the newer one can be parsed) and orders what is left oldest first.
 */
export function resolveNhsaRecords(records: readonly NhsaRecord[]): NhsaResolved {
  const replaced = new Set(records.flatMap((r) => (r.supersedes ? [r.supersedes] : [])));
  const sorted = [...records].sort(compareNhsaAge);
  return {
    current: sorted.filter((r) => !replaced.has(r.kp_id)),
    superseded: sorted.filter((r) => replaced.has(r.kp_id)),
  };
}
