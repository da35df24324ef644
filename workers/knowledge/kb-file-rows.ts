import type { AppError } from '../../core/shared/errors';
import type { KnowledgeTable } from '../../core/knowledge/kb-types';
import type { RawRecord } from './kb-row-check';

/** A knowledge file read into one table's raw rows, with the rows that could not even be split. */
export interface KbFileRows {
  readonly table: KnowledgeTable;
  readonly records: readonly RawRecord[];
  /** Row-level reading errors (ragged rows, undecodable bytes, non-object JSON items). */
  readonly errors: readonly AppError[];
  /** Data rows read, including those in `errors`. */
  readonly rowsRead: number;
}
