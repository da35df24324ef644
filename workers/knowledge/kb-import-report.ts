import type { TextEncodingName } from '../api';
import type { AppError } from '../../core/shared/errors';
import type { KnowledgeTable } from '../../core/knowledge/kb-types';

/** At most this many errors are listed in a report (the count of rejected rows is always exact). */
export const MAX_LISTED_ERRORS = 500;

/**
 * What importing one knowledge file did: which table it filled, how many rows were accepted, and every
 * problem row by row (file, 1-based data row, column) as bilingual AppErrors. A refused file has one
 * file-level error and no table. Good rows are kept; bad rows are listed, never dropped silently.
 */
export interface KnowledgeImportReport {
  readonly file: string;
  readonly format?: 'csv' | 'json' | 'xlsx';
  readonly encoding?: TextEncodingName;
  /** `kb`: one `kb_*` table's columns; `nhsa`: NHSA's knowledge-point layout (absent: `kb`). */
  readonly layout?: 'kb' | 'nhsa';
  /** The one table a `kb` file filled. */
  readonly table?: KnowledgeTable;
  /** An `nhsa` file: rows imported per table (`accepted` is their sum). */
  readonly tables?: Readonly<Partial<Record<KnowledgeTable, number>>>;
  /**
   * An `nhsa` file: its records in force by how they were read, and those another record of the file
   * superseded. `rowsRead` counts records; `rejected` the records that gave no row.
   */
  readonly nhsa?: {
    readonly parsed: number;
    readonly partial: number;
    readonly unparsed: number;
    readonly superseded: number;
  };
  /** Data rows read (header excluded; blank lines skipped). */
  readonly rowsRead: number;
  readonly accepted: number;
  /** Rows with at least one error (not imported). */
  readonly rejected: number;
  /** The errors, in file order, the first MAX_LISTED_ERRORS of them. */
  readonly errors: readonly AppError[];
  /** Errors not listed because of MAX_LISTED_ERRORS. */
  readonly errorsOmitted: number;
  /** Accepted rows whose empty `source` was filled with `<file> 行 <row>`. */
  readonly filledSources: number;
}
