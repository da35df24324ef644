import type { ProgressCallback } from '../api';
import { AppErrorException } from '../../core/shared/errors';
import type { ByteSink } from './byte-sink';
import { gbLineExample, gbTextStats, isImplausibleGb } from './gb-text-stats';
import { lineEncodings, LINES_KEPT } from './line-encodings';
import { implausibleEncoding, invalidEncoding, mixedEncoding } from './load-errors';
import { firstInvalidGb18030, lineOfOffset } from './sniff-encoding';

/** Bytes read per slice while transcoding. */
export const TRANSCODE_SLICE_BYTES = 4 * 1024 * 1024;

/** Options for {@link transcodeGb18030}. */
export interface TranscodeOptions {
  /** The file name, for error messages. */
  readonly fileName: string;
  /** 1 when the first line is a header (so data row = line - 1), else 0. */
  readonly headerLines: number;
  readonly signal?: AbortSignal;
  readonly onProgress?: ProgressCallback;
  /** Slice size (tests use small slices to cross character boundaries). */
  readonly sliceBytes?: number;
  /**
   * The user chose GB18030 themselves: text made mostly of characters rare in Chinese is loaded as
   * it is rather than refused (see gb-text-stats.ts). Lines in UTF-8 are refused either way.
   */
  readonly isEncodingChosen?: boolean;
}

/** What the transcoder has seen so far, to refuse garbage (see {@link checkText}). */
interface TextCheck {
  /** Lines before the current part. */
  linesBefore: number;
  common: number;
  rare: number;
  /** 1-based file lines holding rare characters (the first few), and the bytes of the first one. */
  rareLines: number[];
  rareExample: string;
  /** 1-based file lines that are surely GBK (the first few), and how many. */
  gbLines: number[];
  gbCount: number;
  /** 1-based file lines that are surely UTF-8 (the first few). */
  utf8Lines: number[];
}

/**
 * Streams a GB18030/GBK file into `sink` as UTF-8, one slice at a time, so memory stays flat however
 * big the file is. Each slice is cut after its last `\n` (a byte that never occurs inside a GB18030
 * character) and the tail carried into the next slice, so every decode sees whole lines and a failure
 * can be pinned to a line. Throws an AppErrorException (`csv.invalid-encoding`, with the row) on an
 * invalid byte sequence, `file.mixed-encoding` on a line in UTF-8 (line-encodings.ts), and, unless the
 * user chose the encoding, `file.implausible-encoding` when the whole file decodes into mostly rare
 * characters (gb-text-stats.ts); or the signal's reason when aborted. The caller aborts the sink.
 */
export async function transcodeGb18030(blob: Blob, sink: ByteSink, options: TranscodeOptions): Promise<void> {
  const slice = options.sliceBytes ?? TRANSCODE_SLICE_BYTES;
  const decoder = new TextDecoder('gb18030', { fatal: true });
  const encoder = new TextEncoder();
  let carry = new Uint8Array(0);
  const check: TextCheck = {
    linesBefore: 0,
    common: 0,
    rare: 0,
    rareLines: [],
    rareExample: '',
    gbLines: [],
    gbCount: 0,
    utf8Lines: [],
  };
  for (let offset = 0; offset < blob.size; offset += slice) {
    options.signal?.throwIfAborted();
    const end = Math.min(offset + slice, blob.size);
    const chunk = new Uint8Array(await blob.slice(offset, end).arrayBuffer());
    const bytes = carry.length > 0 ? concat(carry, chunk) : chunk;
    const partStart = offset - carry.length;
    const cut = end >= blob.size ? bytes.length : bytes.lastIndexOf(0x0a) + 1;
    const part = bytes.subarray(0, cut);
    carry = bytes.slice(cut);
    if (part.length > 0) {
      let text: string;
      try {
        text = decoder.decode(part);
      } catch (e) {
        const bad = firstInvalidGb18030(part, true);
        const line = (await countLines(blob, partStart)) + lineOfOffset(part, bad) - 1;
        throw new AppErrorException(
          invalidEncoding(
            options.fileName,
            'gb18030',
            { row: Math.max(1, line - options.headerLines), line },
            e instanceof Error ? e.message : String(e),
          ),
        );
      }
      checkText(part, check, options.fileName);
      await sink.write(encoder.encode(text));
    }
    options.onProgress?.({ phase: 'transcode', done: end, total: blob.size, unit: 'bytes' });
  }
  const { common, rare, rareLines, rareExample } = check;
  if (!options.isEncodingChosen && isImplausibleGb({ common, rare, rareLines })) {
    throw new AppErrorException(implausibleEncoding(options.fileName, rareLines, rareExample));
  }
}

/**
 * Checks one decoded part of whole lines: a line in UTF-8 after (or before) lines in GBK refuses the
 * file at once; the counts of common and rare characters add up for the check at the end.
 */
function checkText(part: Uint8Array, check: TextCheck, fileName: string): void {
  const lines = lineEncodings(part, true, true);
  for (const line of lines.gb.lines) {
    if (check.gbLines.length < LINES_KEPT) check.gbLines.push(check.linesBefore + line);
  }
  for (const line of lines.utf8.lines) {
    if (check.utf8Lines.length < LINES_KEPT) check.utf8Lines.push(check.linesBefore + line);
  }
  check.gbCount += lines.gb.count;
  if (check.utf8Lines.length > 0 && check.gbCount > 0) {
    // Refused at once, so the counts are of the lines read so far: only the line numbers are shown.
    const { utf8Lines, gbLines } = check;
    throw new AppErrorException(
      mixedEncoding(
        fileName,
        { lines: utf8Lines, count: utf8Lines.length },
        { lines: gbLines, count: gbLines.length },
      ),
    );
  }
  const stats = gbTextStats(part);
  check.common += stats.common;
  check.rare += stats.rare;
  for (const line of stats.rareLines) {
    if (check.rareLines.length === 0) check.rareExample = gbLineExample(part, line);
    if (check.rareLines.length < LINES_KEPT) check.rareLines.push(check.linesBefore + line);
  }
  for (let i = part.indexOf(0x0a); i >= 0; i = part.indexOf(0x0a, i + 1)) check.linesBefore += 1;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** The 1-based line number at byte `end` (only on the error path: re-reads the file up to there). */
async function countLines(blob: Blob, end: number): Promise<number> {
  let lines = 1;
  for (let offset = 0; offset < end; offset += TRANSCODE_SLICE_BYTES) {
    const bytes = new Uint8Array(
      await blob.slice(offset, Math.min(end, offset + TRANSCODE_SLICE_BYTES)).arrayBuffer(),
    );
    for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, i + 1)) lines += 1;
  }
  return lines;
}
