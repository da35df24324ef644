import type { ProgressCallback, TextEncodingName } from '../api';
import type { FileEngine } from '../engine/sql-engine';
import type { AppError } from '../../core/shared/errors';

/** What every format loader is given. */
export interface LoadContext {
  readonly engine: FileEngine;
  readonly file: Blob;
  /** The user's file name, for messages. */
  readonly fileName: string;
  /** The table to create (it does not exist yet). */
  readonly table: string;
  readonly signal?: AbortSignal;
  readonly onProgress?: ProgressCallback;
}

/** What a format loader learnt about the file, besides creating the table. */
export interface FormatResult {
  readonly encoding?: TextEncodingName;
  readonly delimiter?: string;
  readonly hasHeader?: boolean;
  readonly warnings: AppError[];
}
