import { gbTextStats } from './gb-text-stats';
import { scanUtf8 } from './scan-utf8';

/**
 * Which lines of a file are surely UTF-8 and which surely GBK/GB18030, to catch a file that mixes them
 * (two exports pasted together): read in either encoding, part of it would load as garbage.
 *
 * A line is surely GBK when it is not valid UTF-8 but decodes as GB18030. A line is surely UTF-8 when
 * it is valid UTF-8 holding CJK characters and either does not decode as GB18030 or decodes into many
 * characters rare in Chinese (UTF-8 Chinese read as GBK does). Chinese GBK text is seldom valid UTF-8
 * by chance, and then still reads as common characters, so a file in one encoding does not have lines
 * of both kinds.
 */
export interface LineEncodings {
  /** The first few (1-based, relative to the bytes) lines that are surely UTF-8, and how many. */
  readonly utf8: LineList;
  /** The first few lines that are surely GBK/GB18030, and how many. */
  readonly gb: LineList;
}

/** Line numbers (the first few) and a count. */
export interface LineList {
  readonly lines: readonly number[];
  readonly count: number;
}

/** How many line numbers a {@link LineList} keeps. */
export const LINES_KEPT = 3;

/** Whether `bytes` decode as GB18030 (`stream`: they may end mid-character). */
export function decodesAsGb18030(bytes: Uint8Array, stream: boolean): boolean {
  try {
    new TextDecoder('gb18030', { fatal: true }).decode(bytes, { stream });
    return true;
  } catch {
    return false;
  }
}

/** CJK characters, kana, CJK punctuation and full-width forms: what UTF-8 Chinese text is made of. */
const CJK = /[\u3000-\u9fff\uff00-\uffef]/;

/**
 * Valid UTF-8 that holds CJK text when read as UTF-8, and that GB18030 cannot decode or decodes into
 * many rare characters (over a third, as UTF-8 Chinese does: `妇产科室` reads as `濡囦骇绉戝`).
 */
function isGarbageAsGb(line: Uint8Array): boolean {
  if (!CJK.test(new TextDecoder('utf-8').decode(line))) return false;
  if (!decodesAsGb18030(line, false)) return true;
  const stats = gbTextStats(line);
  return stats.rare * 3 > stats.common + stats.rare;
}

/**
 * Classifies the lines of `bytes` holding bytes above 0x7F. When `isComplete` is false the bytes are the
 * start of a longer file and the last line, which may be cut, is left out. `isGb18030` says the bytes
 * are already known to decode as GB18030 (the transcoder decoded them), which saves decoding each line.
 */
export function lineEncodings(bytes: Uint8Array, isComplete: boolean, isGb18030 = false): LineEncodings {
  const utf8: number[] = [];
  const gb: number[] = [];
  let utf8Count = 0;
  let gbCount = 0;
  let lineNo = 1;
  for (let start = 0; start < bytes.length; lineNo += 1) {
    const nl = bytes.indexOf(0x0a, start);
    if (nl < 0 && !isComplete) break;
    const end = nl < 0 ? bytes.length : nl;
    const line = bytes.subarray(start, end);
    start = end + 1;
    const scan = scanUtf8(line, true, true);
    if (scan.invalid === 0) {
      if (scan.multiByte > 0 && isGarbageAsGb(line)) {
        utf8Count += 1;
        if (utf8.length < LINES_KEPT) utf8.push(lineNo);
      }
    } else if (isGb18030 || decodesAsGb18030(line, false)) {
      gbCount += 1;
      if (gb.length < LINES_KEPT) gb.push(lineNo);
    }
  }
  return { utf8: { lines: utf8, count: utf8Count }, gb: { lines: gb, count: gbCount } };
}

/** Whether the lines show two encodings in one file. */
export function isMixed(lines: LineEncodings): boolean {
  return lines.utf8.count > 0 && lines.gb.count > 0;
}
