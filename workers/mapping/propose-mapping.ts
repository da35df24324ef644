import type { ColumnInfo } from '../api';
import { CANONICAL_MODEL } from '../../core/mapping/canonical-model';
import { headerForms, scoreHeader, type HeaderForm } from './header-match';
import {
  CANONICAL_TABLES,
  type CanonicalTable,
  type FieldMatch,
  type MappingProposal,
} from '../../core/mapping/mapping-types';
import { shapeMatches, type ShapedColumn } from './shape-match';
import { classifyColumn } from './value-shapes';

interface TableProposal {
  readonly target: CanonicalTable;
  readonly matches: Record<string, FieldMatch>;
  /** Sum of the match scores: how much of the file this table explains. */
  readonly total: number;
}

interface Candidate {
  readonly field: string;
  readonly fieldIndex: number;
  readonly column: string;
  readonly columnIndex: number;
  readonly score: number;
  readonly reason: FieldMatch['reason'];
}

/** Best header matches first; ties go to the earlier field, then the earlier column. */
function byScore(a: Candidate, b: Candidate): number {
  return b.score - a.score || a.fieldIndex - b.fieldIndex || a.columnIndex - b.columnIndex;
}

function proposeForTable(
  target: CanonicalTable,
  columns: readonly ColumnInfo[],
  forms: readonly (readonly HeaderForm[])[],
  shaped: readonly ShapedColumn[],
): TableProposal {
  const fields = CANONICAL_MODEL[target];
  const candidates: Candidate[] = [];
  fields.forEach((field, fieldIndex) =>
    columns.forEach((column, columnIndex) => {
      const hit = scoreHeader(forms[columnIndex] ?? [], field);
      if (hit) candidates.push({ field: field.name, fieldIndex, column: column.name, columnIndex, ...hit });
    }),
  );
  const matches: Record<string, FieldMatch> = {};
  const usedColumns = new Set<string>();
  for (const c of candidates.sort(byScore)) {
    if (matches[c.field] || usedColumns.has(c.column)) continue;
    matches[c.field] = { column: c.column, score: c.score, reason: c.reason };
    usedColumns.add(c.column);
  }
  const freeFields = fields.filter((f) => !matches[f.name]);
  const freeColumns = shaped.filter((c) => !usedColumns.has(c.name));
  for (const m of shapeMatches(target, freeFields, freeColumns)) {
    matches[m.field] = { column: m.column, score: m.score, reason: 'value-shape' };
  }
  const total = Object.values(matches).reduce((sum, m) => sum + m.score, 0);
  return { target, matches, total };
}

/**
 * Proposes the canonical table a raw table most likely is, and a column for each field it can fill:
 * header synonyms first (exact, then after stripping code/name suffixes, then containment), then value
 * shapes for what the headers left open (drug codes → hilist_code, ICD codes → dise_codg, ID numbers →
 * certno, dates, quantity × price = amount …). Every table is scored by the sum of its match scores, so
 * the table that explains most of the file wins. Each field gets at most one column and each column at
 * most one field. `samples` holds sampled values per column name (sample-columns.ts).
 */
export function proposeMapping(
  source: string,
  columns: readonly ColumnInfo[],
  samples: Readonly<Record<string, readonly (string | null)[]>>,
): MappingProposal {
  const forms = columns.map((c) => headerForms(c.name));
  const shaped = columns.map((c) => ({ name: c.name, shape: classifyColumn(samples[c.name] ?? [], c.type) }));
  const proposals = CANONICAL_TABLES.map((t) => proposeForTable(t, columns, forms, shaped));
  // A stable sort keeps CANONICAL_TABLES order among equal scores.
  const ranked = [...proposals].sort((a, b) => b.total - a.total);
  const best = ranked[0] ?? proposeForTable('setl', columns, forms, shaped);
  const mapped = CANONICAL_MODEL[best.target].filter((f) => best.matches[f.name]);
  return {
    mapping: {
      source,
      target: best.target,
      columns: Object.fromEntries(mapped.map((f) => [f.name, best.matches[f.name]?.column ?? ''])),
    },
    matches: Object.fromEntries(mapped.map((f) => [f.name, best.matches[f.name] as FieldMatch])),
    targets: ranked.map((p) => ({
      target: p.target,
      score: Math.round(Math.min(1, p.total / Math.max(columns.length, 1)) * 1000) / 1000,
    })),
  };
}
