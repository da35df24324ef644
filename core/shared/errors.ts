import type { Msg } from './msg';

/** What kind of expected failure happened; the UI discriminates on this field, never on `instanceof`. */
export type ErrorKind = 'load' | 'sql' | 'mapping' | 'notebook' | 'cancelled' | 'engine' | 'internal';

/**
 * An expected failure as plain data, safe to send across threads and to show next to a cell or a file.
 * `file`, `row` and `column` say where, when known (row is 1-based: the data row, header excluded).
 */
export interface AppError {
  readonly kind: ErrorKind;
  /** A stable machine code, e.g. `csv.ragged-row`. */
  readonly code: string;
  readonly message: Msg;
  readonly file?: string;
  readonly row?: number;
  readonly column?: string;
  /** The engine's own message, verbatim, for the curious. */
  readonly detail?: string;
}

/** Either a value or an expected failure. */
export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppError };

/** Wraps a value as a success. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Wraps an error as a failure. */
export function fail<T = never>(error: AppError): Result<T> {
  return { ok: false, error };
}

/** Thrown inside the worker to carry an AppError to the API boundary, where it becomes a `Result`. */
export class AppErrorException extends Error {
  constructor(readonly error: AppError) {
    super(error.message.en);
  }
}

/** Turns any thrown value into an AppError (AppErrorException keeps its data; anything else is `internal`). */
export function toAppError(e: unknown, fallback: Omit<AppError, 'detail'> | null = null): AppError {
  if (e instanceof AppErrorException) return e.error;
  const detail = e instanceof Error ? e.message : String(e);
  if (fallback) return { ...fallback, detail };
  return {
    kind: 'internal',
    code: 'internal',
    message: { zh: `内部错误：${detail}`, en: `Internal error: ${detail}` },
    detail,
  };
}
