/** What a UTF-8 validity scan found. */
export interface Utf8Scan {
  /** Offset of the first invalid byte, or -1 when the bytes are valid UTF-8. */
  readonly firstInvalid: number;
  /** How many well-formed multi-byte sequences were seen (0 for pure ASCII). */
  readonly multiByte: number;
  /** How many invalid sequences were seen. */
  readonly invalid: number;
}

/**
 * Checks bytes against the UTF-8 encoding rules (no overlongs, no surrogates, nothing above U+10FFFF).
 * When `isComplete` is false the bytes are a prefix of a longer file, so a sequence cut off by the end
 * of the sample is not an error. With `stopAtInvalid` the scan ends at the first invalid sequence (the
 * counts then cover the bytes before it, plus that one invalid sequence).
 */
export function scanUtf8(bytes: Uint8Array, isComplete: boolean, stopAtInvalid = false): Utf8Scan {
  let firstInvalid = -1;
  let multiByte = 0;
  let invalid = 0;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = need > 0;
    let k = 1;
    for (; ok && k <= need; k++) {
      if (i + k >= n) {
        if (!isComplete) return { firstInvalid, multiByte, invalid };
        ok = false;
        break;
      }
      const c = bytes[i + k] as number;
      let lo = 0x80;
      let hi = 0xbf;
      if (k === 1) {
        if (b === 0xe0) lo = 0xa0;
        else if (b === 0xed) hi = 0x9f;
        else if (b === 0xf0) lo = 0x90;
        else if (b === 0xf4) hi = 0x8f;
      }
      if (c < lo || c > hi) ok = false;
    }
    if (ok) {
      multiByte += 1;
      i += need + 1;
    } else {
      invalid += 1;
      if (firstInvalid < 0) firstInvalid = i;
      if (stopAtInvalid) break;
      i += 1;
    }
  }
  return { firstInvalid, multiByte, invalid };
}
