import type { TextEncodingName } from '../api';
import type { Result } from '../../core/shared/errors';
import { fail, ok } from '../../core/shared/errors';
import { assertNever } from '../../core/shared/invariant';
import { msg } from '../../core/shared/msg';
import { gbLineExample } from '../loaders/gb-text-stats';
import { implausibleEncoding, mixedEncoding } from '../loaders/load-errors';
import { lineOfOffset, sniffEncoding } from '../loaders/sniff-encoding';
import { fileError } from './kb-import-errors';

/** A knowledge file's text and the encoding it was read in. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
}

/**
 * Decodes a knowledge file: UTF-8 (with or without BOM) or GB18030/GBK, sniffed as the data loaders do.
 * A stray undecodable byte becomes U+FFFD, which the row check then reports on its row; binary, UTF-16,
 * undecodable, mixed-encoding and implausible (Shift-JIS, Big5…) files are refused.
 */
export function decodeKnowledgeText(bytes: Uint8Array, file: string): Result<DecodedText> {
  const sniff = sniffEncoding(bytes, true);
  switch (sniff.kind) {
    case 'text': {
      const decoder = new TextDecoder(sniff.encoding === 'gb18030' ? 'gb18030' : 'utf-8');
      return ok({ text: decoder.decode(bytes), encoding: sniff.encoding });
    }
    case 'utf-16':
      return fail(
        fileError(
          'kb.encoding',
          file,
          msg(
            `“${file}”是 UTF-16 编码：请另存为 UTF-8 或 GBK 后导入。`,
            `"${file}" is UTF-16: save it as UTF-8 or GBK and import again.`,
          ),
        ),
      );
    case 'binary':
    case 'undecodable':
      return fail(
        fileError(
          'kb.encoding',
          file,
          msg(
            `“${file}”不是 UTF-8 或 GBK 文本（第 ${lineOfOffset(bytes, sniff.offset)} 行附近）：知识库请用 CSV 或 JSON 文本导入，Excel 文件请先另存为 CSV。`,
            `"${file}" is not UTF-8 or GBK text (near line ${lineOfOffset(bytes, sniff.offset)}): import knowledge as CSV or JSON text; save Excel files as CSV first.`,
          ),
        ),
      );
    case 'mixed':
      return fail(
        fileError('kb.encoding', file, mixedEncoding(file, sniff.lines.utf8, sniff.lines.gb).message),
      );
    case 'implausible': {
      const example = gbLineExample(bytes, sniff.lines[0] ?? 1);
      return fail(fileError('kb.encoding', file, implausibleEncoding(file, sniff.lines, example).message));
    }
    default:
      return assertNever(sniff, 'encoding sniff');
  }
}
