import type { ColumnInfo } from '../api';
import { CANONICAL_MODEL } from '../../core/mapping/canonical-model';
import {
  CANONICAL_TABLES,
  CONFIRM_BELOW,
  type CanonicalTable,
  type FieldMatch,
  type MappingProposal,
} from '../../core/mapping/mapping-types';
import { msg } from '../../core/shared/msg';
import { proposeAlso } from './propose-also';
import { claimHeader, type HeaderClaim } from './propose-claims';
import { joinEvidence } from './propose-evidence';
import { adjustForKeys, inpatientConstant, pharmacyConstant, sameColumnForBothIds } from './propose-roles';
import { tableEvidence, tableMeaning } from './propose-table-meaning';
import { proposeTableFields, type TableProposal } from './propose-table-fields';
import type { ColumnSampleSet } from './sample-columns';
import type { ShapedColumn } from './shape-match';
import { classifyColumn } from './value-shapes';

/** Sampled values per column name (tests), or the full sample set with uniqueness (sample-columns.ts). */
export type ProposalSamples = ColumnSampleSet | Readonly<Record<string, readonly (string | null)[]>>;

function isSampleSet(samples: ProposalSamples): samples is ColumnSampleSet {
  return typeof (samples as { rows?: unknown }).rows === 'number' && !Array.isArray(samples.values);
}

/** A death list is what it is even when a person table could hold its columns too. */
const MEANING_BONUS: Partial<Record<CanonicalTable, number>> = { death: 1 };

function rank(proposals: readonly TableProposal[], named: ReadonlySet<string>) {
  const scored = proposals.map((p) => {
    const meaning = tableMeaning(p.target, named);
    return { p, meaning, weight: p.total + (meaning ? (MEANING_BONUS[p.target] ?? 0) : 0) };
  });
  // Tables the file fits by meaning first; among them (and among the rest) the one explaining most.
  // A stable sort keeps CANONICAL_TABLES order among equal scores.
  return scored.sort((a, b) => Number(!!b.meaning) - Number(!!a.meaning) || b.weight - a.weight);
}

/**
 * Proposes the canonical table a raw table most likely is, a column (or a constant) for each field, and
 * the further tables the same file builds. Meaning comes before shape: each header is read against
 * every canonical field and a list of known non-canonical headers (propose-claims.ts); a column whose
 * header names something is mapped only to what it names, and value shapes (drug codes, ICD codes, ID
 * numbers, dates, quantity × price = amount …) fill fields only from columns whose header names nothing.
 * The table is the one the file fits by meaning (propose-table-meaning.ts), then the one its matches
 * explain most. An id column is the key only when its values are unique enough. Every field carries
 * evidence and a confidence; those below CONFIRM_BELOW are listed in `toConfirm`.
 */
export function proposeMapping(
  source: string,
  columns: readonly ColumnInfo[],
  samples: ProposalSamples,
): MappingProposal {
  const set = isSampleSet(samples) ? samples : undefined;
  const values = set ? set.values : (samples as Readonly<Record<string, readonly (string | null)[]>>);
  const claims: HeaderClaim[] = columns.map((c) => claimHeader(c.name));
  const shaped: ShapedColumn[] = columns.map((c) => {
    const shape = classifyColumn(values[c.name] ?? [], c.type);
    const u = set?.uniqueness[c.name];
    return { name: c.name, shape, ...(u && u.values > 0 ? { unique: u.distinct / u.values } : {}) };
  });
  const named = new Set(claims.flatMap((c) => [...c.fields.keys()]));
  const proposals = CANONICAL_TABLES.map((t) => proposeTableFields(t, columns, claims, shaped));
  const ranked = rank(proposals, named);
  const top = ranked[0];
  const best = top?.p ?? proposeTableFields('setl', columns, claims, shaped);
  const matches: Record<string, FieldMatch> = { ...best.matches };
  sameColumnForBothIds(best.target, matches);
  adjustForKeys(best.target, matches, shaped);
  const constant =
    inpatientConstant(best.target, matches, named) ?? pharmacyConstant(best.target, matches, named);
  const constants: Record<string, string> = {};
  if (constant) {
    matches[constant.field] = constant.match;
    constants[constant.field] = constant.value;
  }

  const target = best.target;
  const fields = CANONICAL_MODEL[target].filter((f) => matches[f.name]);
  const columnsOf = fields.filter((f) => matches[f.name]?.reason !== 'constant');
  const headerMatches = Object.fromEntries(
    proposals.map((p) => [
      p.target,
      Object.fromEntries(Object.entries(p.matches).filter(([, m]) => m.reason !== 'value-shape')),
    ]),
  ) as Record<CanonicalTable, Record<string, FieldMatch>>;
  const also = proposeAlso(target, headerMatches);
  const toConfirm = [
    ...fields.filter((f) => (matches[f.name]?.score ?? 1) < CONFIRM_BELOW).map((f) => `${target}.${f.name}`),
    ...also.flatMap((a) =>
      Object.entries(a.matches)
        .filter(([, m]) => m.score < CONFIRM_BELOW)
        .map(([f]) => `${a.mapping.target}.${f}`),
    ),
  ];
  const known = columns.filter((_, i) => claims[i]?.known).map((c) => c.name);
  const mappedColumns = Object.fromEntries(columnsOf.map((f) => [f.name, matches[f.name]?.column ?? '']));
  const why = tableEvidence(target, top?.meaning ?? [], mappedColumns, constant !== undefined);
  const evidence = known.length
    ? joinEvidence([
        why,
        msg(
          `${known.join('、')}：已识别，但模型没有对应字段，不映射`,
          `${known.join(', ')}: recognised, but the model has no field for them; left unmapped`,
        ),
      ])
    : why;
  return {
    mapping: {
      source,
      target,
      columns: mappedColumns,
      ...(Object.keys(constants).length ? { constants } : {}),
      ...(also.length ? { also: also.map((a) => a.mapping) } : {}),
    },
    matches: Object.fromEntries(fields.map((f) => [f.name, matches[f.name] as FieldMatch])),
    targets: ranked.map(({ p }) => ({
      target: p.target,
      score: Math.round(Math.min(1, p.total / Math.max(columns.length, 1)) * 1000) / 1000,
    })),
    ...(also.length ? { also } : {}),
    toConfirm,
    evidence,
  };
}
