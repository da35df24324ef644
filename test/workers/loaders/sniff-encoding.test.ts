import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { scanUtf8 } from '../../../workers/loaders/scan-utf8';
import { firstInvalidGb18030, lineOfOffset, sniffEncoding } from '../../../workers/loaders/sniff-encoding';

const utf8 = (s: string) => new TextEncoder().encode(s);
const gbk = (s: string) => new Uint8Array(iconv.encode(s, 'gbk'));

describe('scanUtf8', () => {
  it('accepts well-formed text and counts multi-byte sequences', () => {
    expect(scanUtf8(utf8('结算 ok 😀'), true)).toEqual({ firstInvalid: -1, multiByte: 3, invalid: 0 });
  });

  it('rejects overlongs, surrogates and stray continuation bytes', () => {
    expect(scanUtf8(new Uint8Array([0x61, 0xc0, 0xaf]), true).firstInvalid).toBe(1);
    expect(scanUtf8(new Uint8Array([0xed, 0xa0, 0x80]), true).firstInvalid).toBe(0);
    expect(scanUtf8(new Uint8Array([0x61, 0x80]), true).firstInvalid).toBe(1);
  });

  it('allows a sample to end mid-character, but not a whole file', () => {
    const cut = utf8('金额').subarray(0, 4);
    expect(scanUtf8(cut, false).invalid).toBe(0);
    expect(scanUtf8(cut, true).invalid).toBe(1);
  });
});

describe('sniffEncoding', () => {
  it('reads a UTF-8 BOM', () => {
    expect(sniffEncoding(utf8('\uFEFFa,b\n'), true)).toEqual({
      kind: 'text',
      encoding: 'utf-8-bom',
      ascii: false,
    });
  });

  it('reads UTF-8, and flags an ASCII-only sample', () => {
    expect(sniffEncoding(utf8('结算ID,金额\n'), true)).toEqual({
      kind: 'text',
      encoding: 'utf-8',
      ascii: false,
    });
    expect(sniffEncoding(utf8('a,b\n1,2\n'), true)).toEqual({ kind: 'text', encoding: 'utf-8', ascii: true });
  });

  it('reads a UTF-8 sample cut mid-character as UTF-8', () => {
    const bytes = utf8('结算ID,金额\n张三,1\n');
    expect(sniffEncoding(bytes.subarray(0, bytes.length - 5), false)).toMatchObject({ encoding: 'utf-8' });
  });

  it('falls back to GB18030 for GBK bytes, also when cut mid-character', () => {
    const bytes = gbk('结算ID,金额,科室\n1,2,内科\n');
    expect(sniffEncoding(bytes, true)).toEqual({ kind: 'text', encoding: 'gb18030', ascii: false });
    expect(sniffEncoding(bytes.subarray(0, bytes.length - 2), false)).toMatchObject({ encoding: 'gb18030' });
  });

  it('keeps mostly-valid UTF-8 with one bad byte as UTF-8 (the load then names the row)', () => {
    const bytes = new Uint8Array([...utf8('结算ID,金额,科室,医院\n'), 0xff, 0x0a]);
    expect(sniffEncoding(bytes, true)).toMatchObject({ kind: 'text', encoding: 'utf-8' });
  });

  it('keeps GB18030 text with one bad byte as GB18030 (the load then names the row)', () => {
    const bytes = new Uint8Array([...gbk('科室,金额\n内科,1\n'), 0x81, 0x20, 0x0a]);
    expect(sniffEncoding(bytes, true)).toMatchObject({ kind: 'text', encoding: 'gb18030' });
  });

  it('calls NUL bytes and control-byte soup binary', () => {
    expect(sniffEncoding(new Uint8Array([0x61, 0x2c, 0x00, 0x62]), true)).toEqual({
      kind: 'binary',
      offset: 2,
    });
    const soup = new Uint8Array(200).map((_, i) => (i % 10 === 0 ? 0x01 : 0x61));
    expect(sniffEncoding(soup, true).kind).toBe('binary');
  });

  it('recognises a UTF-16 byte-order mark', () => {
    expect(sniffEncoding(new Uint8Array([0xff, 0xfe, 0x61, 0x00]), true)).toEqual({ kind: 'utf-16' });
  });

  it('gives up on bytes that are neither UTF-8 nor GB18030', () => {
    const bytes = new Uint8Array([...utf8('a,b\n'), 0xff, 0xff, 0x0a]);
    expect(sniffEncoding(bytes, true)).toEqual({ kind: 'undecodable', offset: 4 });
  });
});

describe('sniffEncoding on text GBK decodes into garbage', () => {
  const shiftJis = (s: string) => new Uint8Array(iconv.encode(s, 'shift_jis'));

  it('calls Shift-JIS implausible, with the lines of rare characters', () => {
    const bytes = shiftJis('番号,氏名\n1,山田太郎\n2,佐藤花子\n');
    expect(sniffEncoding(bytes, true)).toEqual({ kind: 'implausible', lines: [1, 2, 3] });
  });

  it('calls lines of UTF-8 and of GBK mixed, also when the UTF-8 bytes decode as GBK', () => {
    const bytes = new Uint8Array([...gbk('科室,金额\n内科,1\n'), ...utf8('妇产科室,2\n')]);
    expect(new TextDecoder('gb18030', { fatal: true }).decode(bytes)).toContain('濡囦骇绉戝');
    expect(sniffEncoding(bytes, true)).toEqual({
      kind: 'mixed',
      lines: { utf8: { lines: [3], count: 1 }, gb: { lines: [1, 2], count: 2 } },
    });
  });

  it('leaves out a last line cut off by the end of the sample', () => {
    const bytes = new Uint8Array([...gbk('科室,金额\n内科,1\n'), ...utf8('妇产科室,2')]);
    expect(sniffEncoding(bytes, false)).toMatchObject({ kind: 'text', encoding: 'gb18030' });
  });
});

describe('firstInvalidGb18030 / lineOfOffset', () => {
  it('finds the first bad byte and its line', () => {
    const bytes = new Uint8Array([...gbk('科室\n内科\n'), 0x81, 0x20, ...gbk('外科\n')]);
    const at = firstInvalidGb18030(bytes, true);
    expect(at).toBeGreaterThanOrEqual(gbk('科室\n内科\n').length);
    expect(lineOfOffset(bytes, at)).toBe(3);
  });
});
