/**
 * Whether bytes that decode as GB18030 without error are plausibly Chinese text. GBK accepts almost any
 * pair of high bytes, so Shift-JIS (Japanese), Big5 or UTF-8 often decode as GBK without an error but
 * into rare characters: `患者番号` in Shift-JIS reads as `姵幰斣崋`. Text exported by Chinese systems
 * is overwhelmingly in GB2312, the 7,445 common characters (lead byte 0xA1–0xA9 or 0xB0–0xF7, trail
 * byte 0xA1–0xFE); Japanese kana and kanji in Shift-JIS use lead bytes 0x81–0x9F and trail bytes below
 * 0xA1, which GBK maps to its rare extension area.
 */

/** How many of a text's GB18030 characters are common (GB2312) and where the rare ones are. */
export interface GbTextStats {
  /** Two-byte characters in GB2312. */
  readonly common: number;
  /** Two-byte characters outside GB2312 (the GBK extensions, user-defined area) and four-byte ones. */
  readonly rare: number;
  /** 1-based line numbers (relative to the bytes) of the first lines holding a rare character. */
  readonly rareLines: readonly number[];
}

/** Fewer multi-byte characters than this prove nothing either way. */
export const MIN_GB_EVIDENCE = 8;

/**
 * More rare characters than this share of all multi-byte ones and the text is not plausibly GBK.
 * Measured: Chinese GBK exports 0–10% (rare characters are mostly in names), Big5 58–67%, UTF-8
 * Chinese read as GBK 58–74%, Shift-JIS 92–100%.
 */
export const MAX_RARE_SHARE = 1 / 3;

/** How many rare-character lines {@link gbTextStats} keeps. */
const RARE_LINES_KEPT = 3;

/** Counts common and rare GB18030 characters in `bytes` (invalid bytes are skipped, not counted). */
export function gbTextStats(bytes: Uint8Array): GbTextStats {
  let common = 0;
  let rare = 0;
  const rareLines: number[] = [];
  let line = 1;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x81 || b === 0xff) {
      if (b === 0x0a) line += 1;
      i += 1;
      continue;
    }
    const c = i + 1 < n ? (bytes[i + 1] as number) : -1;
    if (c >= 0x30 && c <= 0x39) {
      rare += 1;
      if (rareLines.length < RARE_LINES_KEPT && rareLines.at(-1) !== line) rareLines.push(line);
      i += 4;
      continue;
    }
    if (c < 0x40 || c === 0x7f || c === 0xff) {
      i += 1;
      continue;
    }
    if (((b >= 0xa1 && b <= 0xa9) || (b >= 0xb0 && b <= 0xf7)) && c >= 0xa1) {
      common += 1;
    } else {
      rare += 1;
      if (rareLines.length < RARE_LINES_KEPT && rareLines.at(-1) !== line) rareLines.push(line);
    }
    i += 2;
  }
  return { common, rare, rareLines };
}

/** Whether the counts say the text is not Chinese GBK: enough characters, too many of them rare. */
export function isImplausibleGb(stats: GbTextStats): boolean {
  const total = stats.common + stats.rare;
  return total >= MIN_GB_EVIDENCE && stats.rare > total * MAX_RARE_SHARE;
}

/** Longest example text {@link gbLineExample} returns. */
const EXAMPLE_CHARS = 24;

/** The start of 1-based line `line` of `bytes` read as GB18030, to show the user what it turns into. */
export function gbLineExample(bytes: Uint8Array, line: number): string {
  let start = 0;
  for (let n = 1; n < line && start >= 0; n++) {
    const nl = bytes.indexOf(0x0a, start);
    start = nl < 0 ? -1 : nl + 1;
  }
  if (start < 0) return '';
  const nl = bytes.indexOf(0x0a, start);
  const text = new TextDecoder('gb18030').decode(bytes.subarray(start, nl < 0 ? bytes.length : nl));
  return [...text.trim()].slice(0, EXAMPLE_CHARS).join('');
}
