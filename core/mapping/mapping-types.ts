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
 * How one loaded (raw) table maps onto a canonical table: canonical field → source column.
 * Plain, serialisable data: the notebook file stores it.
 */
export interface TableMapping {
  /** The raw table the app loaded the file into. */
  readonly source: string;
  readonly target: CanonicalTable;
  /** canonical field name → source column name; fields absent here are unmapped. */
  readonly columns: Readonly<Record<string, string>>;
}

/** Why the mapper proposed a column for a field. */
export interface FieldMatch {
  readonly column: string;
  /** 0..1 */
  readonly score: number;
  readonly reason: 'header' | 'header-fuzzy' | 'value-shape';
}

/** The mapper's proposal for one raw table, for the user to confirm or edit. */
export interface MappingProposal {
  readonly mapping: TableMapping;
  /** Per mapped field, why. */
  readonly matches: Readonly<Record<string, FieldMatch>>;
  /** Every canonical table scored, best first. */
  readonly targets: readonly { readonly target: CanonicalTable; readonly score: number }[];
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
  | 'amount_mismatch';

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

/** The validation report of one canonical table built from its sources. */
export interface ValidationReport {
  readonly target: CanonicalTable;
  readonly sources: readonly string[];
  readonly rowsRead: number;
  /** Rows with at least one problem (kept in the table, flagged `_flagged = true`). */
  readonly rowsWithProblems: number;
  readonly problems: readonly ProblemSummary[];
}
