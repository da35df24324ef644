import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { CsvColumnEncoder } from '../../bench/csv-column-encoder';
import { parseCsv } from '../workers/generator/csv-parse';

/** Encodes `pieces` in order, taking a batch after the pieces listed in `takeAfter`; returns names and rows. */
function encode(pieces: readonly string[], takeAfter: ReadonlySet<number> = new Set()) {
  const encoder = new CsvColumnEncoder();
  const rows: (string | null)[][] = [];
  const take = () => {
    const table = tableFromIPC(encoder.takeIpc());
    for (const row of table.toArray())
      rows.push(table.schema.fields.map((f) => row[f.name] as string | null));
  };
  pieces.forEach((piece, i) => {
    encoder.push(piece);
    if (takeAfter.has(i) && encoder.names) take();
  });
  encoder.end();
  take();
  return { names: encoder.names, rows };
}

/** What a CSV loader reads: the header, then the records with empty fields as null. */
function expected(text: string) {
  const [header = [], ...records] = parseCsv(text);
  return { names: header, rows: records.map((r) => r.map((v) => (v === '' ? null : v))) };
}

const TRICKY =
  '编号,"名称, 全称",备注\r\n' +
  '1,"阿莫西林""胶囊""",\r\n' +
  '2,"两行\n文本",😀 ok\r\n' +
  ',,"a,b"\r\n' +
  '3,"",é ß 中\r\n';

describe('CsvColumnEncoder', () => {
  it('reads quotes, doubled quotes, commas and line breaks in quotes, CRLF, empty as null', () => {
    expect(encode([TRICKY])).toEqual(expected(TRICKY));
    expect(encode([TRICKY]).rows[0]).toEqual(['1', '阿莫西林"胶囊"', null]);
    expect(encode([TRICKY]).rows[1]).toEqual(['2', '两行\n文本', '😀 ok']);
  });

  it('gives the same records wherever the chunks are cut, even inside a surrogate pair or quotes', () => {
    const want = expected(TRICKY);
    for (let cut = 0; cut <= TRICKY.length; cut += 1) {
      expect(encode([TRICKY.slice(0, cut), TRICKY.slice(cut)]), `cut at ${cut}`).toEqual(want);
    }
    expect(encode([...TRICKY])).toEqual(want);
  });

  it('keeps a record cut by a chunk boundary whole across batches', () => {
    const pieces = ['a,b\n1,2\n3,', '4\n5', ',6\n'];
    expect(encode(pieces, new Set([0, 1, 2]))).toEqual(expected(pieces.join('')));
    for (let cut = 0; cut <= TRICKY.length; cut += 7) {
      const split = [TRICKY.slice(0, cut), TRICKY.slice(cut)];
      expect(encode(split, new Set([0])), `batch cut at ${cut}`).toEqual(expected(TRICKY));
    }
  });

  it('counts a last record without a line break and encodes a lone surrogate as U+FFFD', () => {
    expect(encode(['x,y\n1,2\n3,4'])).toEqual({
      names: ['x', 'y'],
      rows: [
        ['1', '2'],
        ['3', '4'],
      ],
    });
    expect(encode(['x\n\uD800a\n\uDC00'])).toEqual({ names: ['x'], rows: [['\uFFFDa'], ['\uFFFD']] });
  });

  it('throws on a record wider or narrower than the header, and on an unterminated quote', () => {
    expect(() => encode(['a,b\n1,2,3\n'])).toThrow(/record 1 is not 2 fields wide/);
    expect(() => encode(['a,b\n1,2\n3\n'])).toThrow(/record 2 is not 2 fields wide/);
    expect(() => encode(['a,b\n1,"2\n'])).toThrow(/inside a quoted field/);
  });
});
