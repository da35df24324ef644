import type { Msg } from '../shared/msg';
/** The canonical tables rules and models run over (../shared/data-model.md). */
export const CANONICAL_TABLES = ['setl', 'fee', 'psn', 'medins', 'dise', 'death'] as const;
/** A canonical table name. */
export type CanonicalTable = (typeof CANONICAL_TABLES)[number];

/** How a canonical field is typed in the canonical table. */
export type FieldType = 'text' | 'date' | 'timestamp' | 'amount' | 'decimal' | 'int';

/** One canonical field: its national-platform name, labels, type and header synonyms. */
export interface CanonicalField {
  readonly name: string;
  readonly zh: string;
  readonly en: string;
  readonly type: FieldType;
  /** Part of the table's key: a row without it is flagged `missing_key`. */
  readonly isKey?: boolean;
  /** Header names seen in the wild (Chinese and English), compared after normalisation. */
  readonly synonyms: readonly string[];
}

/**
 * A further canonical table built from the same file as a mapping's own target: the person columns of a
 * settlement file build `psn` (one row per person), its institution columns `medins`, a date-of-death
 * column `death`. Built one row per key (psn_no, fixmedins_code; death: rows with a death date); rows of
 * one key that disagree are reported as `conflicting_value` problems, never chosen silently.
 */
export interface DerivedMapping {
  readonly target: CanonicalTable;
  /** canonical field name → source column name. */
  readonly columns: Readonly<Record<string, string>>;
  /** canonical field name → constant text, read as the field's type. */
  readonly constants?: Readonly<Record<string, string>>;
}

/**
 * How one loaded (raw) table maps onto a canonical table: canonical field → source column.
 * Plain, serialisable data: the notebook file stores it.
 */
export interface TableMapping {
  /** The raw table the app loaded the file into. */
  readonly source: string;
  readonly target: CanonicalTable;
  /**
   * canonical field name → source column name; fields absent here are unmapped (NULL in the canonical
   * table). One column may feed several fields (a visit number used as both setl_id and mdtrt_id).
   */
  readonly columns: Readonly<Record<string, string>>;
  /**
   * canonical field name → constant text for every row, read as the field's type (`med_type: '21'` for
   * a file of inpatient stays). A field has a column or a constant, not both.
   */
  readonly constants?: Readonly<Record<string, string>>;
  /**
   * The spellings read as empty in this file's text columns (after trimming, case-insensitive for
   * Latin letters); absent = DEFAULT_NULL_SPELLINGS (core/mapping/null-spellings.ts).
   */
  readonly nulls?: readonly string[];
  /** Further canonical tables the same file builds. */
  readonly also?: readonly DerivedMapping[];
}

/** Below this confidence a proposed field is shown for confirmation (the CLI applies it with a warning). */
export const CONFIRM_BELOW = 0.8;

/** Why the mapper proposed a column (or a constant) for a field. */
export interface FieldMatch {
  /** The source column; empty for a constant. */
  readonly column: string;
  /** Confidence, 0..1. */
  readonly score: number;
  readonly reason: 'header' | 'header-fuzzy' | 'value-shape' | 'constant';
  /** What the proposal rests on, for the user: the synonym matched, the value shape seen, … */
  readonly evidence?: Msg;
}

/** A further table the proposal builds from the same file, with the reasons. */
export interface DerivedProposal {
  readonly mapping: DerivedMapping;
  readonly matches: Readonly<Record<string, FieldMatch>>;
}

/** The mapper's proposal for one raw table, for the user to confirm or edit. */
export interface MappingProposal {
  readonly mapping: TableMapping;
  /** Per mapped (or constant) field of `mapping.target`, why. */
  readonly matches: Readonly<Record<string, FieldMatch>>;
  /** Every canonical table scored, best first. */
  readonly targets: readonly { readonly target: CanonicalTable; readonly score: number }[];
  /** The further tables `mapping.also` builds, with their reasons (same order). */
  readonly also?: readonly DerivedProposal[];
  /** Fields (`table.field`) proposed below CONFIRM_BELOW: the app asks the user to confirm them. */
  readonly toConfirm?: readonly string[];
  /** Why the file is proposed for its table (by meaning), for the user. */
  readonly evidence?: Msg;
}

/**
 * The kinds of row problem the validation report counts. `decimal_comma`: a number in a column that
 * holds decimal commas (`1.234,50`), which cannot be read without guessing (decimal-comma.ts).
 */
export type ProblemKind =
  | 'unparseable_date'
  | 'decimal_comma'
  | 'non_numeric_amount'
  | 'negative_amount'
  | 'missing_key'
  | 'amount_mismatch'
  | 'conflicting_value';

/** One kind of problem on one field, with a few example rows. */
export interface ProblemSummary {
  readonly kind: ProblemKind;
  readonly field: string;
  /** The source column the field was read from. */
  readonly column: string;
  readonly count: number;
  /**
   * Up to five examples (first by source, then by row): 1-based data row in the source file and the raw
   * value. `source` names the raw table the row is in, which matters when several sources feed one table.
   */
  readonly examples: readonly {
    readonly row: number;
    readonly value: string | null;
    readonly source?: string;
  }[];
}

/**
 * Values the build filled that no source column held: a mapping's constant, a key taken from the
 * settlement by setl_id (`derived`), or a row derived from another table's file (`also`).
 */
export interface FilledCount {
  readonly field: string;
  readonly how: 'constant' | 'derived';
  /** Where the value came from: `constant`, or `setl.<field>` for a key taken from the settlement. */
  readonly from: string;
  /** Rows that got the value. */
  readonly rows: number;
}

/** The validation report of one canonical table built from its sources. */
export interface ValidationReport {
  readonly target: CanonicalTable;
  readonly sources: readonly string[];
  readonly rowsRead: number;
  /** Values filled by constants and derivations, per field (absent or empty: none). */
  readonly filled?: readonly FilledCount[];
  /** Rows with at least one problem (kept in the table, flagged `_flagged = true`). */
  readonly rowsWithProblems: number;
  readonly problems: readonly ProblemSummary[];
}
