import type { ColumnInfo } from '../api';
import { CANONICAL_MODEL } from '../../core/mapping/canonical-model';
import type { CanonicalTable, FieldMatch } from '../../core/mapping/mapping-types';
import { headerEvidence } from './propose-evidence';
import type { HeaderClaim } from './propose-claims';
import { shapeMatches, type ShapedColumn } from './shape-match';

/** One canonical table's fields proposed for a file. */
export interface TableProposal {
  readonly target: CanonicalTable;
  readonly matches: Readonly<Record<string, FieldMatch>>;
  /** Sum of the match scores: how much of the file this table explains. */
  readonly total: number;
}

interface Candidate {
  readonly field: string;
  readonly fieldIndex: number;
  readonly column: string;
  readonly columnIndex: number;
  readonly score: number;
  readonly rank: number;
  readonly match: FieldMatch;
}

/** Best header matches first; ties go to the earlier field, the earlier synonym, then the earlier column. */
function byScore(a: Candidate, b: Candidate): number {
  return b.score - a.score || a.fieldIndex - b.fieldIndex || a.rank - b.rank || a.columnIndex - b.columnIndex;
}

/**
 * Proposes one table's fields: first from headers, each column only for a field its header names best
 * (its claim, over every table's fields); then from value shapes, only for columns whose header names
 * nothing at all. Each field gets one column and each column one field.
 */
export function proposeTableFields(
  target: CanonicalTable,
  columns: readonly ColumnInfo[],
  claims: readonly HeaderClaim[],
  shaped: readonly ShapedColumn[],
): TableProposal {
  const fields = CANONICAL_MODEL[target];
  const candidates: Candidate[] = [];
  fields.forEach((field, fieldIndex) =>
    columns.forEach((column, columnIndex) => {
      const hit = claims[columnIndex]?.fields.get(field.name);
      if (!hit) return;
      const evidence = headerEvidence(column.name, hit.synonym, field.name, hit.reason === 'header');
      candidates.push({
        field: field.name,
        fieldIndex,
        column: column.name,
        columnIndex,
        score: hit.score,
        rank: hit.rank,
        match: { column: column.name, score: hit.score, reason: hit.reason, evidence },
      });
    }),
  );
  const matches: Record<string, FieldMatch> = {};
  const usedColumns = new Set<string>();
  for (const c of candidates.sort(byScore)) {
    if (matches[c.field] || usedColumns.has(c.column)) continue;
    matches[c.field] = c.match;
    usedColumns.add(c.column);
  }
  const freeFields = fields.filter((f) => !matches[f.name]);
  // Meaning before shape: a column whose header names any field, or a known non-canonical header, is
  // never given a field by its values.
  const freeColumns = shaped.filter((c, i) => !usedColumns.has(c.name) && (claims[i]?.top ?? 0) === 0);
  for (const m of shapeMatches(target, freeFields, freeColumns)) {
    matches[m.field] = { column: m.column, score: m.score, reason: 'value-shape', evidence: m.evidence };
  }
  const total = Object.values(matches).reduce((sum, m) => sum + m.score, 0);
  return { target, matches, total };
}
