import type { AppError } from '../../core/shared/errors';
import { msg } from '../../core/shared/msg';
import { kbError } from './kb-import-errors';
import { nhsaColumnOf, type NhsaColumn } from './nhsa-columns';
import { nhsaSource, type NhsaRecord } from './nhsa-record';

/** One record of a user's NHSA-layout file, with its 1-based position and the citation its rows carry. */
export interface NhsaInputRecord {
  readonly row: number;
  readonly record: NhsaRecord;
  /** `source` of the rows it gives: NHSA's own citation when the record states its batch, else the file row. */
  readonly source: string;
}

/** The records read from a user's NHSA-layout file, and the items that are no record at all. */
export interface NhsaInputRecords {
  readonly records: readonly NhsaInputRecord[];
  readonly errors: readonly AppError[];
}

/** Codes in one cell: a JSON array, or text separated by commas, semicolons, 、, | or spaces. */
function codesOf(value: unknown): string[] {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[,，;；、|\s]+/) : [];
  return items
    .flatMap((v) => (typeof v === 'string' || typeof v === 'number' ? [String(v).trim()] : []))
    .filter((c) => c !== '');
}

const text = (value: unknown): string | null => {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return null;
  const t = value.trim();
  return t === '' ? null : t;
};

function batchOf(value: unknown): number | null {
  const t = text(value)?.replace(/^第\s*(\d+)\s*批$/, '$1');
  return t !== undefined && t !== null && /^\d{1,3}$/.test(t) ? Number(t) : null;
}

function attachmentOf(value: unknown): { file: string | null; row: number | null } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { file: null, row: null };
  const s = value as { attachment_file?: unknown; row?: unknown };
  return { file: text(s.attachment_file), row: typeof s.row === 'number' ? s.row : null };
}

/**
 * Reads the items of a user's NHSA-layout file (JSON objects, or CSV/Excel rows keyed by header) into
 * knowledge-point records for the `nhsa-*` parsers. Keys are matched by `nhsaColumnOf` (English or the
 * Chinese headers). An item without a rule class or a code is reported with its row, never dropped.
 */
export function readNhsaInput(
  items: readonly { readonly row: number; readonly values: Readonly<Record<string, unknown>> }[],
  file: string,
): NhsaInputRecords {
  const records: NhsaInputRecord[] = [];
  const errors: AppError[] = [];
  for (const { row, values } of items) {
    const get = new Map<NhsaColumn, unknown>();
    for (const [key, value] of Object.entries(values)) {
      const column = nhsaColumnOf(key);
      if (column && !get.has(column)) get.set(column, value);
    }
    const ruleClass = text(get.get('rule_class'));
    const codes = codesOf(get.get('med_codes'));
    const med_codes = codes.length > 0 ? codes : codesOf(get.get('med_code'));
    const kpId = text(get.get('kp_id')) ?? '';
    const missing = [
      ruleClass === null ? 'rule_class' : '',
      med_codes.length === 0 ? 'med_codes' : '',
    ].filter((m) => m !== '');
    if (missing.length > 0) {
      errors.push(
        kbError(
          'kb.nhsa-record',
          { file, row, column: missing[0] },
          msg(
            `第 ${row} 条知识点${kpId ? `（${kpId}）` : ''}缺少 ${missing.join('、')}：请补上规则分类和医保编码后重新导入。`,
            `Knowledge point ${row}${kpId ? ` (${kpId})` : ''} lacks ${missing.join(' and ')}: add its rule class and code(s) and import again.`,
          ),
        ),
      );
      continue;
    }
    const batch = batchOf(get.get('batch'));
    const batchTag = text(get.get('batch_tag')) ?? '';
    const attachment = attachmentOf(values.source);
    const record: NhsaRecord = {
      kp_id: kpId,
      rule_class: ruleClass ?? '',
      med_codes,
      item_name: text(get.get('item_name')),
      constraint: text(get.get('constraint')),
      detect_logic: text(get.get('detect_logic')),
      batch,
      batch_tag: batchTag,
      published_at: text(get.get('published_at')),
      supersedes: text(get.get('supersedes')),
      // Without an attachment, the row in the user's file orders records of one batch.
      source: { attachment_file: attachment.file, row: attachment.file === null ? row : attachment.row },
    };
    records.push({ row, record, source: citationOf(record, file, row) });
  }
  return { records, errors };
}

/** NHSA's citation when the record names its batch and attachment, else the user's file and row. */
function citationOf(record: NhsaRecord, file: string, row: number): string {
  if ((record.batch !== null || record.batch_tag !== '') && record.source.attachment_file !== null) {
    return nhsaSource(record);
  }
  return `${file} 行 ${row}${record.kp_id ? ` (${record.kp_id})` : ''}`;
}
