import type { TextEncodingName } from '../api';
import type { AppError } from '../../core/shared/errors';
import { msg } from '../../core/shared/msg';
import type { ExclusivePairRow, FrequencyRow, RestrictionRow } from '../../core/knowledge/kb-types';
import { fileError, kbError } from './kb-import-errors';
import { MAX_LISTED_ERRORS } from './kb-import-report';
import type { KnowledgeImport } from './kb-import';
import { newestPerKey } from './knowledge-merge';
import { parseNhsaRecord, type NhsaUnparsed } from './nhsa-constraint';
import type { NhsaInputRecord, NhsaInputRecords } from './nhsa-import-records';
import type { NhsaRecord } from './nhsa-record';
import { resolveNhsaRecords } from './nhsa-resolve';

/** How a user's NHSA-layout file was read. */
export interface NhsaImportMeta {
  readonly file: string;
  readonly format: 'csv' | 'json' | 'xlsx';
  readonly encoding?: TextEncodingName;
  /** Items read (records, header excluded), including those in `input.errors`. */
  readonly rowsRead: number;
}

/**
 * Turns the records of a user's NHSA-layout file into one knowledge layer with the same `nhsa-*`
 * parsers that build the shipped layer: supersede links within the file applied, the newest row per key
 * kept. Each record that gives no row (unparsed, or no rule class/code) is an error of its row and each
 * partial one a warning: the report lists them (kp_id, class, why); nothing is dropped silently.
 */
export function importNhsaRecords(input: NhsaInputRecords, meta: NhsaImportMeta): KnowledgeImport {
  const { file } = meta;
  const byRecord = new Map<NhsaRecord, NhsaInputRecord>(input.records.map((r) => [r.record, r]));
  const { current, superseded } = resolveNhsaRecords(input.records.map((r) => r.record));
  const errors: AppError[] = [...input.errors];
  const restriction: RestrictionRow[] = [];
  const pair: ExclusivePairRow[] = [];
  const frequency: FrequencyRow[] = [];
  const counts = { parsed: 0, partial: 0, unparsed: 0, superseded: superseded.length };
  for (const record of current) {
    const item = byRecord.get(record);
    if (!item) continue;
    const parse = parseNhsaRecord(record, item.source);
    counts[parse.status] += 1;
    restriction.push(...parse.rows.kb_restriction);
    pair.push(...parse.rows.kb_exclusive_pair);
    frequency.push(...parse.rows.kb_frequency);
    for (const u of parse.unparsed) errors.push(problemOf(u, item.row, file, parse.status === 'unparsed'));
  }
  const rows = {
    kb_restriction: newestPerKey('kb_restriction', restriction),
    kb_exclusive_pair: newestPerKey('kb_exclusive_pair', pair),
    kb_frequency: newestPerKey('kb_frequency', frequency),
  };
  const accepted = rows.kb_restriction.length + rows.kb_exclusive_pair.length + rows.kb_frequency.length;
  if (input.records.length === 0 && errors.length === 0) {
    errors.push(
      fileError(
        'kb.empty',
        file,
        msg(`“${file}”没有知识点记录。`, `"${file}" holds no knowledge-point record.`),
      ),
    );
  }
  errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const rejected = new Set(
    errors.filter((e) => e.code !== 'kb.nhsa-partial').flatMap((e) => (e.row === undefined ? [] : [e.row])),
  );
  return {
    report: {
      file,
      format: meta.format,
      encoding: meta.encoding,
      layout: 'nhsa',
      tables: {
        kb_restriction: rows.kb_restriction.length,
        kb_exclusive_pair: rows.kb_exclusive_pair.length,
        kb_frequency: rows.kb_frequency.length,
      },
      nhsa: counts,
      rowsRead: meta.rowsRead,
      accepted,
      rejected: rejected.size,
      errors: errors.slice(0, MAX_LISTED_ERRORS),
      errorsOmitted: Math.max(0, errors.length - MAX_LISTED_ERRORS),
      filledSources: 0,
    },
    rows,
  };
}

function problemOf(u: NhsaUnparsed, row: number, file: string, isUnparsed: boolean): AppError {
  const who = u.kp_id ? `知识点 ${u.kp_id}` : `第 ${row} 条知识点`;
  const whoEn = u.kp_id ? `Knowledge point ${u.kp_id}` : `Knowledge point ${row}`;
  return kbError(
    isUnparsed ? 'kb.nhsa-unparsed' : 'kb.nhsa-partial',
    { file, row, column: 'constraint' },
    isUnparsed
      ? msg(
          `${who}（${u.rule_class}）未能解析，未导入：${u.reason.zh}。可改写限定条件，或以 kb_restriction 格式导入该条。`,
          `${whoEn} (${u.rule_class}) could not be parsed and was not imported: ${u.reason.en}. Reword its restriction text, or import it in the kb_restriction layout.`,
        )
      : msg(
          `${who}（${u.rule_class}）已导入可读部分，另有一项未能读取（${u.part}）：${u.reason.zh}。`,
          `${whoEn} (${u.rule_class}) was imported without one fact that could not be read (${u.part}): ${u.reason.en}.`,
        ),
  );
}
