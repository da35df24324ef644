import { invariant } from '../../workers/shared/invariant';
import { isValidCellId, type CellId } from './cell-types';
import type { Notebook } from './notebook-types';

/** The most entries a notebook keeps: appending past it drops the oldest. */
export const AUDIT_LOG_LIMIT = 500;

/** The fingerprint of one table a run read. */
export interface AuditDataset {
  /** The table's name as the SQL saw it (e.g. `setl`). */
  readonly table: string;
  /** Lower-case hex SHA-256 of the loaded file's bytes. */
  readonly sha256: string;
}

/**
 * One run of one cell, as fingerprints only: never a data value. Written in the file's
 * `claimlens-log` block, one line per entry.
 */
export interface AuditEntry {
  /** When the run finished, ISO 8601 in UTC (e.g. `2026-11-23T08:00:00.000Z`). */
  readonly time: string;
  readonly cell: CellId;
  /** SHA-256 of the cell's source as run. */
  readonly sourceSha256: string;
  /** The tables the run read, with their files' fingerprints. */
  readonly datasets: readonly AuditDataset[];
  /** Rows in the result (0 for an error). */
  readonly rows: number;
  /** SHA-256 of the result (for an error, of whatever the caller chose, e.g. the empty text). */
  readonly resultSha256: string;
  /** How long the run took, in whole milliseconds. */
  readonly ms: number;
  readonly status: 'done' | 'error';
}

const SHA256 = /^[0-9a-f]{64}$/;
const UTC_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;
/** A table name the log line can hold without quoting: no spaces, commas or colons. */
const TABLE_NAME = /^[A-Za-z_][\w.-]{0,127}$/;

/** Whether `text` is a lower-case hex SHA-256 (64 characters). */
export function isSha256(text: string): boolean {
  return SHA256.test(text);
}

/** Whether `time` is an ISO 8601 UTC timestamp as `Date.prototype.toISOString` writes it. */
export function isUtcTime(time: string): boolean {
  return UTC_TIME.test(time) && !Number.isNaN(Date.parse(time));
}

/** Whether `table` can be written in a log line as is. */
export function isLoggableTableName(table: string): boolean {
  return TABLE_NAME.test(table);
}

/**
 * Why `entry` cannot be written to the log, in developer terms, or undefined when it can. Row counts and
 * durations must be non-negative whole numbers.
 */
export function auditEntryDefect(entry: AuditEntry): string | undefined {
  if (!isUtcTime(entry.time)) return `time is not ISO 8601 UTC: ${entry.time}`;
  if (!isValidCellId(entry.cell)) return `invalid cell id: ${entry.cell}`;
  if (!isSha256(entry.sourceSha256)) return `source hash is not SHA-256 hex: ${entry.sourceSha256}`;
  if (!isSha256(entry.resultSha256)) return `result hash is not SHA-256 hex: ${entry.resultSha256}`;
  if (!Number.isSafeInteger(entry.rows) || entry.rows < 0) return `invalid row count: ${entry.rows}`;
  if (!Number.isSafeInteger(entry.ms) || entry.ms < 0) return `invalid duration: ${entry.ms}`;
  if (entry.status !== 'done' && entry.status !== 'error') return `invalid status: ${String(entry.status)}`;
  for (const dataset of entry.datasets) {
    if (!isLoggableTableName(dataset.table)) return `invalid table name: ${dataset.table}`;
    if (!isSha256(dataset.sha256)) return `dataset hash is not SHA-256 hex: ${dataset.sha256}`;
  }
  return undefined;
}

/**
 * Adds `entry` at the end of the notebook's log, keeping the newest `AUDIT_LOG_LIMIT` entries. `ms` is
 * rounded to whole milliseconds; any other defect (see `auditEntryDefect`) is a developer error.
 */
export function appendAuditEntry(notebook: Notebook, entry: AuditEntry): Notebook {
  const rounded: AuditEntry = { ...entry, ms: Math.round(entry.ms), datasets: [...entry.datasets] };
  const defect = auditEntryDefect(rounded);
  invariant(defect === undefined, `bad audit entry: ${defect}`);
  const log = [...notebook.log, rounded];
  return { ...notebook, log: log.slice(Math.max(0, log.length - AUDIT_LOG_LIMIT)) };
}

/** Lower-case hex SHA-256 of `text` encoded as UTF-8 (Web Crypto: the page, a worker or Node). */
export async function hashText(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
