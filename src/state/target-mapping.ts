import type { CanonicalTable, ColumnInfo, MappingProposal, TableMapping } from '../../workers/api';
import { CANONICAL_MODEL } from '../../core/mapping/canonical-model';
import { headerForms, scoreHeader } from '../../workers/mapping/header-match';
import type { FieldMatch } from '../../core/mapping/mapping-types';

/** A mapping being edited, with why each field got its column (absent: chosen by the user). */
export interface MappingDraft {
  readonly mapping: TableMapping;
  readonly matches: Readonly<Record<string, FieldMatch>>;
}

/**
 * The draft the editor starts from: the mapping already in force for the dataset if there is one
 * (reasons kept where the proposal agrees), otherwise the kernel's proposal.
 */
export function initialDraft(proposal: MappingProposal, current?: TableMapping): MappingDraft {
  if (!current) return { mapping: proposal.mapping, matches: proposal.matches };
  const matches: Record<string, FieldMatch> = {};
  if (current.target === proposal.mapping.target) {
    for (const [field, column] of Object.entries(current.columns)) {
      const match = proposal.matches[field];
      if (match && match.column === column) matches[field] = match;
    }
  }
  return { mapping: current, matches };
}

/**
 * A draft for another target table. The kernel's proposal covers only its best table; for the others
 * the headers are matched here with the same synonym matcher (value shapes need the engine, so a
 * column matched only by its values is left for the user to pick). Each column serves one field.
 */
export function draftForTarget(
  target: CanonicalTable,
  source: string,
  columns: readonly ColumnInfo[],
  proposal: MappingProposal,
): MappingDraft {
  if (target === proposal.mapping.target) return { mapping: proposal.mapping, matches: proposal.matches };
  const forms = columns.map((c) => headerForms(c.name));
  const candidates: { field: string; column: string; match: FieldMatch; order: number }[] = [];
  CANONICAL_MODEL[target].forEach((field, fieldIndex) =>
    columns.forEach((column, columnIndex) => {
      const hit = scoreHeader(forms[columnIndex] ?? [], field);
      if (hit) {
        candidates.push({
          field: field.name,
          column: column.name,
          match: { column: column.name, ...hit },
          order: fieldIndex * 10_000 + columnIndex,
        });
      }
    }),
  );
  candidates.sort((a, b) => b.match.score - a.match.score || a.order - b.order);
  const mapped: Record<string, string> = {};
  const matches: Record<string, FieldMatch> = {};
  const used = new Set<string>();
  for (const c of candidates) {
    if (mapped[c.field] !== undefined || used.has(c.column)) continue;
    mapped[c.field] = c.column;
    matches[c.field] = c.match;
    used.add(c.column);
  }
  return { mapping: { source, target, columns: mapped }, matches };
}

/** The draft with `field` mapped to `column` (or unmapped when `column` is empty). */
export function withColumn(draft: MappingDraft, field: string, column: string): MappingDraft {
  const columns = { ...draft.mapping.columns };
  const matches = { ...draft.matches };
  if (column) columns[field] = column;
  else delete columns[field];
  // A reason only explains the mapper's choice; once the user picks, it no longer applies.
  if (matches[field]?.column !== column) delete matches[field];
  return { mapping: { ...draft.mapping, columns }, matches };
}
