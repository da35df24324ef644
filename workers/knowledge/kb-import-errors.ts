import type { AppError } from '../../core/shared/errors';
import { msg, type Msg } from '../../core/shared/msg';
import {
  KNOWLEDGE_COLUMNS,
  KNOWLEDGE_TABLES,
  RESTRICTION_KINDS,
  type KnowledgeTable,
} from '../../core/knowledge/kb-types';

/** Where a problem is: file, 1-based data row (header excluded; JSON: array index + 1) and column. */
export interface KbPlace {
  readonly file: string;
  readonly row?: number;
  readonly column?: string;
}

/** An import error as the AppError every part of the app shows. */
export function kbError(code: string, place: KbPlace, message: Msg): AppError {
  return { kind: 'load', code, message, ...place };
}

const EXPECTED_ZH = KNOWLEDGE_TABLES.map((t) => `${t}（${KNOWLEDGE_COLUMNS[t].join(', ')}）`).join('；');
const EXPECTED_EN = KNOWLEDGE_TABLES.map((t) => `${t} (${KNOWLEDGE_COLUMNS[t].join(', ')})`).join('; ');

/** The whole file is refused: its columns fit no knowledge table. */
export function wrongColumns(
  file: string,
  closest: KnowledgeTable,
  missing: readonly string[],
  unknown: readonly string[],
  duplicate: readonly string[],
): AppError {
  const names = unknown.map((h) => (h === '' ? '""' : h));
  const parts = (zh: boolean) =>
    [
      missing.length > 0 ? (zh ? `缺少 ${missing.join(', ')}` : `missing ${missing.join(', ')}`) : '',
      names.length > 0 ? (zh ? `多出 ${names.join(', ')}` : `unexpected ${names.join(', ')}`) : '',
      duplicate.length > 0 ? (zh ? `重复 ${duplicate.join(', ')}` : `repeated ${duplicate.join(', ')}`) : '',
    ].filter((p) => p !== '');
  return kbError(
    'kb.columns',
    { file },
    msg(
      `“${file}”的列与知识库表不符（最接近 ${closest}：${parts(true).join('；')}），整个文件未导入。各表应有的列：${EXPECTED_ZH}。列名也可用中文，如 编码、限定类型、参数、来源。`,
      `The columns of "${file}" fit no knowledge table (closest ${closest}: ${parts(false).join('; ')}); nothing was imported. Expected columns: ${EXPECTED_EN}. Chinese headers such as 编码, 限定类型, 参数, 来源 work too.`,
    ),
  );
}

/** A JSON file names a table that does not exist. */
export function unknownTable(file: string, table: string): AppError {
  return kbError(
    'kb.table',
    { file },
    msg(
      `“${file}”的 table 为“${table}”，不是知识库表：应为 ${KNOWLEDGE_TABLES.join('、')} 之一。`,
      `"${file}" names table "${table}", which is not a knowledge table: use one of ${KNOWLEDGE_TABLES.join(', ')}.`,
    ),
  );
}

/** An unknown restriction kind. */
export function unknownKind(place: KbPlace, kind: string): AppError {
  return kbError(
    'kb.kind',
    place,
    msg(
      `未知的限定类型“${kind}”：应为 ${RESTRICTION_KINDS.join(', ')} 之一（英文小写）。`,
      `Unknown restriction kind "${kind}": use one of ${RESTRICTION_KINDS.join(', ')}.`,
    ),
  );
}

/** A value that does not fit its column (`what` says what it should be). */
export function badValue(code: string, place: KbPlace, value: string, what: Msg): AppError {
  return kbError(
    code,
    place,
    msg(
      `${place.column ?? ''} 的值“${value}”不符合要求：${what.zh}。请改正后重新导入。`,
      `The ${place.column ?? ''} value "${value}" is not valid: ${what.en}. Fix it and import again.`,
    ),
  );
}

/** A whole-file problem (format, encoding, JSON shape, no rows). */
export function fileError(code: string, file: string, message: Msg, row?: number): AppError {
  return kbError(code, row === undefined ? { file } : { file, row }, message);
}
