import type { TextEncodingName } from '../api';
import { gbTextStats, isImplausibleGb } from './gb-text-stats';
import { decodesAsGb18030, isMixed, lineEncodings, type LineEncodings } from './line-encodings';
import { scanUtf8 } from './scan-utf8';

/** What the first bytes of a delimited file say about how to read it. */
export type EncodingSniff =
  /** Text in this encoding; `ascii` when the sample had no byte above 0x7F (so it proves little). */
  | { readonly kind: 'text'; readonly encoding: TextEncodingName; readonly ascii: boolean }
  /** NUL or other control bytes: not a text file (or UTF-16 without a byte-order mark). */
  | { readonly kind: 'binary'; readonly offset: number }
  /** A UTF-16 byte-order mark. */
  | { readonly kind: 'utf-16' }
  /** Neither valid UTF-8 nor valid GB18030 at `offset`. */
  | { readonly kind: 'undecodable'; readonly offset: number }
  /** Some lines UTF-8, others GBK/GB18030: garbage in either encoding. */
  | { readonly kind: 'mixed'; readonly lines: LineEncodings }
  /**
   * Not UTF-8, and decodes as GB18030 into mostly rare characters (Shift-JIS, Big5…): `lines` are the
   * first 1-based lines holding them.
   */
  | { readonly kind: 'implausible'; readonly lines: readonly number[] };

/**
 * Sniffs the encoding of a delimited text file from a sample of its first bytes: a byte-order mark wins;
 * NUL bytes (or more than 1% other control bytes) mean binary; valid UTF-8 means UTF-8; otherwise valid
 * GB18030 (a superset of GBK/GB2312, what Chinese hospital systems export) means GB18030. A sample that
 * is mostly well-formed UTF-8 with a stray bad byte stays UTF-8, and one that is Chinese GB18030 text up
 * to a bad byte is GB18030, so that the load reports the bad row rather than refusing the file.
 * Two checks keep garbage out: lines of both encodings make the sample `mixed` (line-encodings.ts), and
 * GB18030 text made mostly of characters rare in Chinese is `implausible` (gb-text-stats.ts).
 * `isComplete` says whether the sample is the whole file (if not it may end mid-character).
 */
export function sniffEncoding(sample: Uint8Array, isComplete: boolean): EncodingSniff {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) {
    return { kind: 'text', encoding: 'utf-8-bom', ascii: false };
  }
  if ((sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff)) {
    return { kind: 'utf-16' };
  }
  const binaryAt = findBinary(sample);
  if (binaryAt >= 0) return { kind: 'binary', offset: binaryAt };
  const utf8 = scanUtf8(sample, isComplete);
  if (utf8.invalid === 0) return { kind: 'text', encoding: 'utf-8', ascii: utf8.multiByte === 0 };
  const gbInvalid = firstInvalidGb18030(sample, isComplete);
  // When the whole sample decodes as GB18030, so does every line: no need to decode them one by one.
  const lines = lineEncodings(sample, isComplete, gbInvalid < 0);
  if (isMixed(lines)) return { kind: 'mixed', lines };
  if (gbInvalid < 0) return plausibleGb(sample);
  if (utf8.multiByte >= 4 * utf8.invalid) return { kind: 'text', encoding: 'utf-8', ascii: false };
  if (countHighBytes(sample, gbInvalid) >= 4) return plausibleGb(sample.subarray(0, gbInvalid));
  return { kind: 'undecodable', offset: gbInvalid };
}

/** GB18030, unless the text decodes into mostly rare characters. */
function plausibleGb(bytes: Uint8Array): EncodingSniff {
  const stats = gbTextStats(bytes);
  if (isImplausibleGb(stats)) return { kind: 'implausible', lines: stats.rareLines };
  return { kind: 'text', encoding: 'gb18030', ascii: false };
}

function countHighBytes(bytes: Uint8Array, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) if ((bytes[i] as number) >= 0x80) n += 1;
  return n;
}

/** The offset of the first NUL byte, or of the first control byte when they make up over 1%; else -1. */
function findBinary(sample: Uint8Array): number {
  let controls = 0;
  let firstControl = -1;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i] as number;
    if (b === 0) return i;
    // Tab, LF, VT, FF, CR and ESC occur in real text exports; other C0 controls do not.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) {
      controls += 1;
      if (firstControl < 0) firstControl = i;
    }
  }
  return controls > sample.length * 0.01 ? firstControl : -1;
}

/**
 * The offset of the first byte GB18030 cannot decode, or -1. TextDecoder does not say where it failed,
 * so on failure this finds the failing line (0x0A never occurs inside a GB18030 character), then the
 * shortest failing prefix of it.
 */
export function firstInvalidGb18030(bytes: Uint8Array, isComplete: boolean): number {
  if (decodesAsGb18030(bytes, !isComplete)) return -1;
  let start = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    end = end < 0 ? bytes.length : end + 1;
    const isLast = end >= bytes.length;
    if (!decodesAsGb18030(bytes.subarray(start, end), isLast && !isComplete)) {
      // Failure is monotonic in the prefix length: binary-search the shortest failing prefix.
      const line = bytes.subarray(start, end);
      let lo = 1;
      let hi = line.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (decodesAsGb18030(line.subarray(0, mid), true)) lo = mid + 1;
        else hi = mid;
      }
      return start + lo - 1;
    }
    start = end;
  }
  return -1;
}

/** The 1-based line number of byte `offset` (counting `\n` before it). */
export function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line += 1;
  return line;
}
