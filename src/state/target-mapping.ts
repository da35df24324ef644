import type { CanonicalTable, ColumnInfo, MappingProposal, TableMapping } from '../../workers/api';
import { CANONICAL_MODEL } from '../../core/mapping/canonical-model';
import { DEFAULT_NULL_SPELLINGS, nullSpellings } from '../../core/mapping/null-spellings';
import { CONFIRM_BELOW, type DerivedProposal, type FieldMatch } from '../../core/mapping/mapping-types';
import { claimHeader } from '../../workers/mapping/propose-claims';
import { headerEvidence } from '../../workers/mapping/propose-evidence';

/** A derived table the proposal builds from the same file, switched on or off by the user. */
export interface DraftAlso {
  readonly proposal: DerivedProposal;
  readonly enabled: boolean;
}

/** A mapping being edited, with why each field got its column (absent: chosen by the user). */
export interface MappingDraft {
  readonly mapping: TableMapping;
  readonly matches: Readonly<Record<string, FieldMatch>>;
  /** Fields (`table.field`) still waiting for the user's tick: Apply waits until none is left. */
  readonly toConfirm: readonly string[];
  /** The derived tables proposed for this file (`mapping.also` is built from the enabled ones). */
  readonly also: readonly DraftAlso[];
}

function withAlsoMapping(mapping: TableMapping, also: readonly DraftAlso[]): TableMapping {
  const on = also.filter((a) => a.enabled).map((a) => a.proposal.mapping);
  const { also: _old, ...rest } = mapping;
  return on.length ? { ...rest, also: on } : rest;
}

/**
 * The draft the editor starts from: the mapping already in force for the dataset if there is one
 * (reasons kept where the proposal agrees; the user confirmed it when applying it), otherwise the
 * kernel's proposal, with its low-confidence fields waiting for confirmation.
 */
export function initialDraft(proposal: MappingProposal, current?: TableMapping): MappingDraft {
  const proposed = (proposal.also ?? []).map((p) => ({ proposal: p, enabled: true }));
  if (!current) {
    // The proposal's own mapping already builds every derived table it proposes.
    return {
      mapping: proposal.mapping,
      matches: proposal.matches,
      toConfirm: proposal.toConfirm ?? [],
      also: proposed,
    };
  }
  const matches: Record<string, FieldMatch> = {};
  if (current.target === proposal.mapping.target) {
    for (const [field, column] of Object.entries(current.columns)) {
      const match = proposal.matches[field];
      if (match && match.column === column) matches[field] = match;
    }
  }
  const kept = new Set((current.also ?? []).map((a) => a.target));
  const also = [
    ...(current.also ?? []).map((m) => ({
      proposal: proposed.find((p) => p.proposal.mapping.target === m.target)?.proposal ?? {
        mapping: m,
        matches: {},
      },
      enabled: true,
    })),
    ...proposed.filter((p) => !kept.has(p.proposal.mapping.target)).map((p) => ({ ...p, enabled: false })),
  ];
  // The derived mappings in force are kept as they were applied (withAlsoMapping would rebuild them from
  // the proposal's columns, which may differ).
  return { mapping: current, matches, toConfirm: [], also };
}

/**
 * A draft for another target table. The kernel's proposal covers only its best table; for the others
 * the headers are read here with the same meaning-first matcher (value shapes need the engine, so a
 * column matched only by its values is left for the user to pick). Header matches below CONFIRM_BELOW
 * wait for confirmation.
 */
export function draftForTarget(
  target: CanonicalTable,
  source: string,
  columns: readonly ColumnInfo[],
  proposal: MappingProposal,
): MappingDraft {
  if (target === proposal.mapping.target) return initialDraft(proposal);
  const claims = columns.map((c) => claimHeader(c.name));
  const candidates: { field: string; column: string; match: FieldMatch; order: number }[] = [];
  CANONICAL_MODEL[target].forEach((field, fieldIndex) =>
    columns.forEach((column, columnIndex) => {
      const hit = claims[columnIndex]?.fields.get(field.name);
      if (hit) {
        const evidence = headerEvidence(column.name, hit.synonym, field.name, hit.reason === 'header');
        candidates.push({
          field: field.name,
          column: column.name,
          match: { column: column.name, score: hit.score, reason: hit.reason, evidence },
          order: fieldIndex * 10_000 + hit.rank * 100 + columnIndex,
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
  const toConfirm = Object.entries(matches)
    .filter(([, m]) => m.score < CONFIRM_BELOW)
    .map(([f]) => `${target}.${f}`);
  const mapping: TableMapping = {
    source,
    target,
    columns: mapped,
    ...(proposal.mapping.nulls ? { nulls: proposal.mapping.nulls } : {}),
  };
  return { mapping, matches, toConfirm, also: [] };
}

function confirmed(draft: MappingDraft, field: string): readonly string[] {
  const key = `${draft.mapping.target}.${field}`;
  return draft.toConfirm.filter((k) => k !== key);
}

/**
 * The draft with `field` mapped to `column` (or unmapped when `column` is empty). A column may feed
 * several fields; a field has a column or a constant, so a constant for it is dropped. The user's
 * choice confirms the field.
 */
export function withColumn(draft: MappingDraft, field: string, column: string): MappingDraft {
  const columns = { ...draft.mapping.columns };
  const constants = { ...draft.mapping.constants };
  const matches = { ...draft.matches };
  if (column) columns[field] = column;
  else delete columns[field];
  delete constants[field];
  // A reason only explains the mapper's choice; once the user picks, it no longer applies.
  if (matches[field]?.column !== column || matches[field]?.reason === 'constant') delete matches[field];
  const { constants: _old, ...rest } = draft.mapping;
  const mapping = Object.keys(constants).length ? { ...rest, columns, constants } : { ...rest, columns };
  return { ...draft, mapping, matches, toConfirm: confirmed(draft, field) };
}

/**
 * The draft with `field` set to the constant `value` for every row (replacing its column). An empty
 * value keeps the field as a constant being typed; `finalMapping` leaves empty constants out.
 */
export function withConstant(draft: MappingDraft, field: string, value: string): MappingDraft {
  const columns = { ...draft.mapping.columns };
  delete columns[field];
  const constants = { ...draft.mapping.constants, [field]: value };
  const matches = { ...draft.matches };
  if (
    matches[field] &&
    !(matches[field]?.reason === 'constant' && value === draft.mapping.constants?.[field])
  ) {
    delete matches[field];
  }
  return {
    ...draft,
    mapping: { ...draft.mapping, columns, constants },
    matches,
    toConfirm: confirmed(draft, field),
  };
}

/** The draft with one `table.field` (or, without `key`, every field) confirmed. */
export function withConfirmed(draft: MappingDraft, key?: string): MappingDraft {
  return { ...draft, toConfirm: key === undefined ? [] : draft.toConfirm.filter((k) => k !== key) };
}

/** The draft with the derived table `target` switched on or off (its confirmations go with it). */
export function withAlso(draft: MappingDraft, target: CanonicalTable, enabled: boolean): MappingDraft {
  const also = draft.also.map((a) => (a.proposal.mapping.target === target ? { ...a, enabled } : a));
  const toConfirm = enabled ? draft.toConfirm : draft.toConfirm.filter((k) => !k.startsWith(`${target}.`));
  return { ...draft, also, mapping: withAlsoMapping(draft.mapping, also), toConfirm };
}

/** The null spellings of a mapping as the editor shows them: comma-separated. */
export function nullsText(mapping: TableMapping): string {
  return nullSpellings(mapping).join(', ');
}

/**
 * The draft with the null spellings typed by the user (comma-separated; Chinese commas and 、 too),
 * trimmed and without repeats. The default list is stored as absent, so a mapping file stays short.
 */
export function withNulls(draft: MappingDraft, text: string): MappingDraft {
  const list = [
    ...new Set(
      text
        .split(/[,，、]/)
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    ),
  ];
  const isDefault =
    list.length === DEFAULT_NULL_SPELLINGS.length && list.every((s, i) => s === DEFAULT_NULL_SPELLINGS[i]);
  const { nulls: _old, ...rest } = draft.mapping;
  return { ...draft, mapping: isDefault ? rest : { ...rest, nulls: list } };
}

/** The fields of the draft's own table that read `column` (a column may feed several). */
export function fieldsReading(draft: MappingDraft, column: string): string[] {
  return Object.entries(draft.mapping.columns)
    .filter(([, c]) => c === column)
    .map(([f]) => f);
}

/** The mapping to apply: empty constants left out, derived tables as switched. */
export function finalMapping(draft: MappingDraft): TableMapping {
  const constants = Object.fromEntries(
    Object.entries(draft.mapping.constants ?? {}).filter(([, v]) => v.trim() !== ''),
  );
  const { constants: _old, ...rest } = draft.mapping;
  return Object.keys(constants).length ? { ...rest, constants } : rest;
}

/** Whether the draft can be applied: every field confirmed, and at least one column or constant. */
export function canApply(draft: MappingDraft): boolean {
  const mapping = finalMapping(draft);
  const filled = Object.keys(mapping.columns).length + Object.keys(mapping.constants ?? {}).length;
  return draft.toConfirm.length === 0 && filled > 0;
}
