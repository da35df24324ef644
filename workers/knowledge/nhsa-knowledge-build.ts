import type { NhsaParseStatus, NhsaUnparsed } from './nhsa-constraint';
import { NHSA_KNOWLEDGE_ABOUT, type NhsaKnowledge } from './nhsa-knowledge-format';
import type { NhsaRecord } from './nhsa-record';
import { buildNhsaSample, kpIdOf, type NhsaClassStats } from './nhsa-sample-build';

/** The full knowledge layer and how it was made. */
export interface NhsaKnowledgeBuild {
  readonly knowledge: NhsaKnowledge;
  /** Per rule class: records in force, superseded, parsed, partial, unparsed (`sampled` = shipped). */
  readonly stats: readonly NhsaClassStats[];
  /** Everything the records in force say that could not be read, in record order. */
  readonly unparsed: readonly NhsaUnparsed[];
  /** How each record in force was read, by kp_id. */
  readonly status: ReadonlyMap<string, NhsaParseStatus>;
  /** Records that gave rows (parsed or partial), in force or not. */
  readonly withRows: number;
}

/**
 * Builds the default knowledge layer from NHSA knowledge points: every record in force (supersede links
 * applied) is parsed as the sample's are, and the rows of every parsed or partial record are kept, the
 * newest row per key winning (`about.records` counts the records with a row in force). Unparsed records give no rows and are listed. Deterministic.
 */
export function buildNhsaKnowledge(records: readonly NhsaRecord[]): NhsaKnowledgeBuild {
  const all = buildNhsaSample(records, {
    perClass: Number.POSITIVE_INFINITY,
    rowsPerClass: Number.POSITIVE_INFINITY,
  });
  const { about: _about, ...rows } = all.sample;
  // A record counts when a row of it is in force: some records' every row a newer one replaced per key.
  const cited = new Set(
    [...rows.kb_restriction, ...rows.kb_exclusive_pair, ...rows.kb_frequency].map((r) => kpIdOf(r.source)),
  );
  return {
    knowledge: { about: { ...NHSA_KNOWLEDGE_ABOUT, records: cited.size }, ...rows },
    stats: all.stats,
    unparsed: all.unparsed,
    status: all.status,
    withRows: all.sample.about.records,
  };
}
