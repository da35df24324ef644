import type { ExclusivePairRow, FrequencyRow, RestrictionRow } from '../../core/knowledge/kb-types';
import { newestPerKey } from './knowledge-merge';
import { parseNhsaRecord, type NhsaParse, type NhsaUnparsed } from './nhsa-constraint';
import { compareNhsaAge, type NhsaRecord } from './nhsa-record';
import { resolveNhsaRecords } from './nhsa-resolve';
import { NHSA_RULE_CLASSES } from './nhsa-rule-classes';
import { NHSA_SAMPLE_ABOUT, type NhsaSample } from './nhsa-sample-format';

/** Parse statistics of one rule class over the records in force. */
export interface NhsaClassStats {
  readonly rule_class: string;
  readonly records: number;
  readonly superseded: number;
  readonly parsed: number;
  readonly partial: number;
  readonly unparsed: number;
  /** Records whose rows are in the sample. */
  readonly sampled: number;
}

/** The sample and how it was made. */
export interface NhsaSampleBuild {
  readonly sample: NhsaSample;
  readonly stats: readonly NhsaClassStats[];
  /** Everything the records in force say that could not be read, in record order. */
  readonly unparsed: readonly NhsaUnparsed[];
  /** How each record in force was read, by kp_id. */
  readonly status: ReadonlyMap<string, NhsaParse['status']>;
}

/** Options for {@link buildNhsaSample}. */
export interface NhsaSampleOptions {
  /** At most this many records per rule class (the newest parsed ones). */
  readonly perClass?: number;
  /**
   * At most this many rows per rule class: a drug record carries one row per code and kind (often
   * 10–40), so the budget, not the record count, keeps the shipped file small.
   */
  readonly rowsPerClass?: number;
}

/**
 * Builds the curated sample shipped with the app: every record in force is parsed and merged (newest
 * row per key wins), then the rows of the newest parsed records of each rule class are kept, within
 * `perClass` records and `rowsPerClass` rows (a record too big for what is left of the budget is skipped).
 * A row a newer record replaced is never shipped, even when that newer record is not sampled.
 */
export function buildNhsaSample(
  records: readonly NhsaRecord[],
  options: NhsaSampleOptions = {},
): NhsaSampleBuild {
  const perClass = options.perClass ?? 40;
  const rowsPerClass = options.rowsPerClass ?? 50;
  const { current, superseded } = resolveNhsaRecords(records);
  const parses = new Map<NhsaRecord, NhsaParse>(current.map((r) => [r, parseNhsaRecord(r)]));
  const chosen = new Set<string>();
  const stats = NHSA_RULE_CLASSES.map((rule_class): NhsaClassStats => {
    const own = current.filter((r) => r.rule_class === rule_class);
    const count = (status: NhsaParse['status']) => own.filter((r) => parses.get(r)?.status === status).length;
    const newest: NhsaRecord[] = [];
    let budget = rowsPerClass;
    for (const r of own
      .filter((r) => parses.get(r)?.status !== 'unparsed')
      .sort((a, b) => compareNhsaAge(b, a))) {
      const rows = rowCount(parses.get(r));
      if (newest.length >= perClass) break;
      if (rows > budget) continue;
      newest.push(r);
      budget -= rows;
    }
    for (const r of newest) chosen.add(r.kp_id);
    return {
      rule_class,
      records: own.length,
      superseded: superseded.filter((r) => r.rule_class === rule_class).length,
      parsed: count('parsed'),
      partial: count('partial'),
      unparsed: count('unparsed'),
      sampled: newest.length,
    };
  });
  const all = [...parses.values()];
  const inSample = (row: { source: string }) => chosen.has(kpIdOf(row.source));
  const sample: NhsaSample = {
    about: { ...NHSA_SAMPLE_ABOUT, records: chosen.size },
    kb_restriction: newestPerKey(
      'kb_restriction',
      all.flatMap((p) => p.rows.kb_restriction),
    ).filter(inSample) as RestrictionRow[],
    kb_exclusive_pair: newestPerKey(
      'kb_exclusive_pair',
      all.flatMap((p) => p.rows.kb_exclusive_pair),
    ).filter(inSample) as ExclusivePairRow[],
    kb_frequency: newestPerKey(
      'kb_frequency',
      all.flatMap((p) => p.rows.kb_frequency),
    ).filter(inSample) as FrequencyRow[],
  };
  return {
    sample,
    stats,
    unparsed: all.flatMap((p) => p.unparsed),
    status: new Map(current.map((r) => [r.kp_id, parses.get(r)?.status ?? 'unparsed'])),
  };
}

function rowCount(parse: NhsaParse | undefined): number {
  if (!parse) return 0;
  return (
    parse.rows.kb_restriction.length + parse.rows.kb_exclusive_pair.length + parse.rows.kb_frequency.length
  );
}

/** The knowledge-point id a row's `source` ends with (`… (KP-630264b3f1586762)`). */
export function kpIdOf(source: string): string {
  return /\((KP-[0-9a-f]+)\)$/.exec(source)?.[1] ?? '';
}
