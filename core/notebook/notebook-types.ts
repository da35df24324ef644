import type { CanonicalTable, TableMapping } from '../mapping/mapping-types';
import type { Msg } from '../shared/msg';
import type { AuditEntry } from './audit-log';
import type { Cell } from './cell-types';

/** Which file a notebook expects for a canonical table; the fingerprint tells a re-exported file apart. */
export interface DatasetBinding {
  readonly table: CanonicalTable;
  /** The file name the author loaded, e.g. `setl-2024.csv`. */
  readonly file: string;
  /** Lower-case hex SHA-256 of the file's bytes, when recorded. */
  readonly sha256?: string;
}

/** The notebook's front matter, parameters aside (those live on the parameter cells). */
export interface NotebookMeta {
  readonly title: string;
  readonly author?: string;
  readonly description?: string;
  /** A BCP 47 tag, e.g. `zh-CN`. */
  readonly language?: string;
  readonly datasets: readonly DatasetBinding[];
  readonly mappings: readonly TableMapping[];
}

/**
 * A notebook: method only (SQL, rules, charts, parameters, mappings), never data or results. The audit
 * log records which cell ran on which data and what came out, as fingerprints only, oldest first.
 */
export interface Notebook {
  readonly meta: NotebookMeta;
  readonly cells: readonly Cell[];
  readonly log: readonly AuditEntry[];
}

/** What went wrong in a notebook file; stable codes for tests and the UI. */
export type NotebookProblemCode =
  | 'too-large'
  | 'front-matter'
  | 'unclosed-fence'
  | 'duplicate-id'
  | 'duplicate-name'
  | 'unknown-cell-type'
  | 'bad-attribute'
  | 'missing-attribute'
  | 'parameter'
  | 'audit-log';

/** One problem found while opening a notebook file; the rest of the notebook still opens. */
export interface NotebookProblem {
  readonly code: NotebookProblemCode;
  /** 1-based line in the file. */
  readonly line: number;
  readonly message: Msg;
}

/** What `parseNotebook` returns: the notebook as far as it could be read, and what was wrong. */
export interface ParseResult {
  readonly notebook: Notebook;
  readonly problems: readonly NotebookProblem[];
}
