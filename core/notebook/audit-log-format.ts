import { msg, type Msg } from '../shared/msg';
import {
  AUDIT_LOG_LIMIT,
  auditEntryDefect,
  auditMinute,
  isLoggableTableName,
  isSha256,
  isUtcTime,
  type AuditDataset,
  type AuditEntry,
} from './audit-log';
import { cellId, isValidCellId } from './cell-types';
import type { NotebookProblem } from './notebook-types';
import type { BodyPiece } from './scan-blocks';

/** The info string of the fenced block that holds the audit log, always the file's last block. */
export const AUDIT_LOG_INFO = 'claimlens-log';

/** The keys of a log line after its time, in the order they are written. */
const KEYS = ['cell', 'source', 'status', 'datasets'] as const;
type Key = (typeof KEYS)[number];

/**
 * Keys older versions wrote that could carry data (row count, result hash, duration): read, then left
 * out of the entry, so the next save removes them from the file.
 */
const DATA_KEYS = ['rows', 'result', 'ms'] as const;

/**
 * Writes one entry as a line: the time, then `key=value` pairs separated by spaces, e.g.
 * `2026-11-23T08:00Z cell=c3 source=… status=done datasets=setl:…,fee:…` (`datasets=-` when the run
 * read no table). Hashes are written in full.
 */
export function formatAuditEntry(entry: AuditEntry): string {
  const datasets =
    entry.datasets.length === 0 ? '-' : entry.datasets.map((d) => `${d.table}:${d.sha256}`).join(',');
  return [
    entry.time,
    `cell=${entry.cell}`,
    `source=${entry.sourceSha256}`,
    `status=${entry.status}`,
    `datasets=${datasets}`,
  ].join(' ');
}

/** The whole `claimlens-log` fenced block for `log` (which must not be empty). */
export function formatAuditLog(log: readonly AuditEntry[]): string {
  return `\`\`\`${AUDIT_LOG_INFO}\n${log.map(formatAuditEntry).join('\n')}\n\`\`\``;
}

/**
 * What reading one log line gives: the entry, or why it could not be read. `isTrimmed`: the line held
 * what this version no longer keeps (a row count, result hash or duration, or a time finer than the
 * minute), which the entry leaves out.
 */
export type AuditLineParse =
  | { readonly ok: true; readonly entry: AuditEntry; readonly isTrimmed: boolean }
  | { readonly ok: false; readonly reason: Msg };

/**
 * Reads one log line written by `formatAuditEntry`, or by an older version (its `rows`, `result` and `ms`
 * are dropped, its time cut to the minute). Pairs may come in any order, separated by spaces or tabs;
 * keys this version does not know are ignored. Never throws.
 */
export function parseAuditLine(line: string): AuditLineParse {
  const [time = '', ...pairs] = line.trim().split(/[ \t]+/);
  if (!isUtcTime(time))
    return fail(`时间“${time}”不是 UTC 的 ISO 8601 格式`, `"${time}" is not an ISO 8601 UTC time`);
  const values = new Map<string, string>();
  for (const pair of pairs) {
    const equals = pair.indexOf('=');
    if (equals <= 0) return fail(`“${pair}”不是 key=value 形式`, `"${pair}" is not key=value`);
    const key = pair.slice(0, equals);
    if (values.has(key)) return fail(`“${key}”出现了两次`, `"${key}" appears twice`);
    values.set(key, pair.slice(equals + 1));
  }
  const missing = KEYS.filter((key) => !values.has(key));
  if (missing.length > 0) return fail(`缺少 ${missing.join('、')}`, `${missing.join(', ')} missing`);
  const get = (key: Key): string => values.get(key) as string;
  const bad = (key: Key): AuditLineParse =>
    fail(`${key} 的值“${get(key)}”无效`, `bad ${key} value "${get(key)}"`);
  if (!isValidCellId(get('cell'))) return bad('cell');
  if (!isSha256(get('source'))) return bad('source');
  const status = get('status');
  if (status !== 'done' && status !== 'error') return bad('status');
  const datasets = parseDatasets(get('datasets'));
  if (!datasets) return bad('datasets');
  const entry: AuditEntry = {
    time: auditMinute(time),
    cell: cellId(get('cell')),
    sourceSha256: get('source'),
    datasets,
    status,
  };
  const isTrimmed = entry.time !== time || DATA_KEYS.some((key) => values.has(key));
  // The checks above and the writer's checks must agree, or a written log would not read back.
  const defect = auditEntryDefect(entry);
  return defect === undefined ? { ok: true, entry, isTrimmed } : fail(defect, defect);
}

/**
 * Takes the `claimlens-log` blocks out of a notebook body and reads their entries (in file order,
 * the newest `AUDIT_LOG_LIMIT` kept). A malformed line, a log block that is not the body's last
 * block, extra text after the info string and lines an older version wrote with values this version
 * no longer keeps (once per block) are problems; the rest still opens.
 */
export function readAuditLog(
  pieces: readonly BodyPiece[],
  problems: NotebookProblem[],
): { pieces: BodyPiece[]; log: AuditEntry[] } {
  const rest: BodyPiece[] = [];
  const log: AuditEntry[] = [];
  const problem = (line: number, zh: string, en: string): void => {
    problems.push({ code: 'audit-log', line, message: msg(`审计日志：${zh}`, `Audit log: ${en}`) });
  };
  pieces.forEach((piece, index) => {
    const [word, ...extra] = piece.kind === 'fenced' ? piece.info.split(/\s+/) : [];
    if (piece.kind !== 'fenced' || word !== AUDIT_LOG_INFO) {
      rest.push(piece);
      return;
    }
    if (extra.length > 0)
      problem(piece.line, `已忽略“${extra.join(' ')}”。`, `"${extra.join(' ')}" ignored.`);
    if (index !== pieces.length - 1)
      problem(
        piece.line,
        '应为文件的最后一个代码块；已读取，保存时将移到文件末尾。',
        'it should be the last block of the file; it was read and will move to the end on save.',
      );
    let trimmedLine: number | undefined;
    piece.source.split('\n').forEach((text, offset) => {
      if (text.trim() === '') return;
      const read = parseAuditLine(text);
      if (read.ok) {
        log.push(read.entry);
        if (read.isTrimmed) trimmedLine ??= piece.line + 1 + offset;
      } else
        problem(
          piece.line + 1 + offset,
          `无法读取此条记录（${read.reason.zh}），已跳过。`,
          `unreadable entry (${read.reason.en}); skipped.`,
        );
    });
    if (trimmedLine !== undefined)
      problem(
        trimmedLine,
        '旧版本记录了行数、结果哈希、耗时或精确到秒的时间，这些都可能泄露数据，本版本不再保存；下次保存时将从文件中删除（其余记录保留）。',
        'an older version recorded row counts, result hashes, durations or times to the second, any of which can reveal data; this version no longer keeps them, and the next save removes them from the file (the rest of each entry is kept).',
      );
  });
  if (log.length > AUDIT_LOG_LIMIT) {
    const first = pieces.find((p) => p.kind === 'fenced' && p.info.startsWith(AUDIT_LOG_INFO));
    problem(
      first?.line ?? 1,
      `超过 ${AUDIT_LOG_LIMIT} 条，只保留最新的 ${AUDIT_LOG_LIMIT} 条。`,
      `more than ${AUDIT_LOG_LIMIT} entries; only the newest ${AUDIT_LOG_LIMIT} are kept.`,
    );
  }
  return { pieces: rest, log: log.slice(Math.max(0, log.length - AUDIT_LOG_LIMIT)) };
}

function parseDatasets(text: string): AuditDataset[] | undefined {
  if (text === '-') return [];
  const datasets: AuditDataset[] = [];
  for (const item of text.split(',')) {
    const colon = item.lastIndexOf(':');
    const table = item.slice(0, Math.max(0, colon));
    const sha256 = item.slice(colon + 1);
    if (colon < 0 || !isLoggableTableName(table) || !isSha256(sha256)) return undefined;
    datasets.push({ table, sha256 });
  }
  return datasets;
}

function fail(zh: string, en: string): AuditLineParse {
  return { ok: false, reason: msg(zh, en) };
}
