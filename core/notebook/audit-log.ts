import { invariant } from '../shared/invariant';
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
 * One run of one cell: what ran, on which files, when (to the minute) and whether it succeeded. Written
 * in the file's `claimlens-log` block, one line per entry. It holds nothing computed from a result (no
 * row count, result hash or duration): a shared notebook could make any of them encode a data value
 * (see `core/notebook/README.md`, "What the audit log may record").
 */
export interface AuditEntry {
  /** The minute the run finished, ISO 8601 in UTC without seconds (e.g. `2026-11-23T08:00Z`). */
  readonly time: string;
  readonly cell: CellId;
  /** SHA-256 of the cell's source as run (and the values of the parameters it uses). */
  readonly sourceSha256: string;
  /** The tables the run read, with their files' fingerprints. */
  readonly datasets: readonly AuditDataset[];
  readonly status: 'done' | 'error';
}

const SHA256 = /^[0-9a-f]{64}$/;
const UTC_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?Z$/;
const UTC_MINUTE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z$/;
/** A table name the log line can hold without quoting: no spaces, commas or colons. */
const TABLE_NAME = /^[A-Za-z_][\w.-]{0,127}$/;

/** Whether `text` is a lower-case hex SHA-256 (64 characters). */
export function isSha256(text: string): boolean {
  return SHA256.test(text);
}

/** Whether `time` is an ISO 8601 UTC timestamp (minutes, seconds or fractions of a second). */
export function isUtcTime(time: string): boolean {
  return UTC_TIME.test(time) && !Number.isNaN(Date.parse(time));
}

/**
 * `time` (an ISO 8601 UTC timestamp or epoch milliseconds) cut down to its minute, as the log writes it:
 * `2026-11-23T08:00:59.999Z` → `2026-11-23T08:00Z`. Seconds would time a run, and a run's duration is a
 * channel a notebook controls.
 */
export function auditMinute(time: string | number): string {
  const epoch = typeof time === 'number' ? time : Date.parse(time);
  invariant(Number.isFinite(epoch), `invalid time: ${time}`);
  return `${new Date(epoch).toISOString().slice(0, 16)}Z`;
}

/** Whether `table` can be written in a log line as is. */
export function isLoggableTableName(table: string): boolean {
  return TABLE_NAME.test(table);
}

/** Why `entry` cannot be written to the log, in developer terms, or undefined when it can. */
export function auditEntryDefect(entry: AuditEntry): string | undefined {
  if (!UTC_MINUTE.test(entry.time) || !isUtcTime(entry.time))
    return `time is not an ISO 8601 UTC minute: ${entry.time}`;
  if (!isValidCellId(entry.cell)) return `invalid cell id: ${entry.cell}`;
  if (!isSha256(entry.sourceSha256)) return `source hash is not SHA-256 hex: ${entry.sourceSha256}`;
  if (entry.status !== 'done' && entry.status !== 'error') return `invalid status: ${String(entry.status)}`;
  for (const dataset of entry.datasets) {
    if (!isLoggableTableName(dataset.table)) return `invalid table name: ${dataset.table}`;
    if (!isSha256(dataset.sha256)) return `dataset hash is not SHA-256 hex: ${dataset.sha256}`;
  }
  return undefined;
}

/**
 * Adds `entry` at the end of the notebook's log, keeping the newest `AUDIT_LOG_LIMIT` entries. `time` is
 * cut to its minute (`auditMinute`); any other defect (see `auditEntryDefect`) is a developer error.
 */
export function appendAuditEntry(notebook: Notebook, entry: AuditEntry): Notebook {
  const written: AuditEntry = {
    time: auditMinute(entry.time),
    cell: entry.cell,
    sourceSha256: entry.sourceSha256,
    datasets: entry.datasets.map(({ table, sha256 }) => ({ table, sha256 })),
    status: entry.status,
  };
  const defect = auditEntryDefect(written);
  invariant(defect === undefined, `bad audit entry: ${defect}`);
  const log = [...notebook.log, written];
  return { ...notebook, log: log.slice(Math.max(0, log.length - AUDIT_LOG_LIMIT)) };
}

/** Lower-case hex SHA-256 of `text` encoded as UTF-8 (Web Crypto: the page, a worker or Node). */
export async function hashText(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
