import { describe, expect, it } from 'vitest';
import { CANONICAL_TABLES } from '../../../core/mapping/mapping-types';
import type { AuditEntry } from '../../../core/notebook/audit-log';
import { cellId, type Cell, type ParameterSpec } from '../../../core/notebook/cell-types';
import type { Notebook } from '../../../core/notebook/notebook-types';
import { parseNotebook } from '../../../core/notebook/parse-notebook';
import { serializeNotebook } from '../../../core/notebook/serialize-notebook';

/** mulberry32: a tiny seeded PRNG, so every run generates the same cases. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  'a',
  'Z',
  '中文',
  ' ',
  ':',
  ': ',
  '#',
  ' #',
  '-',
  '- ',
  '"',
  "'",
  '\\',
  '`',
  '```',
  '~~~',
  '{',
  '}',
  '[]',
  '\n',
  '\t',
  '1',
  '0.5',
  'true',
  'null',
  '~',
  '$',
  '${x}',
  '>',
  '|',
  '*',
  '&',
  '!',
  '%',
  '@',
  ',',
  '?',
  'é',
  '---',
  '\u0001',
  '<script>alert(1)</script>',
  '\n```\n',
  '\n````sql\n',
];

function generator(seed: number) {
  const random = prng(seed);
  const int = (n: number): number => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  const text = (max: number): string => Array.from({ length: int(max) }, () => pick(PIECES)).join('');
  const name = (): string => pick(['a', 'b_', '_c', 'setl2', 'X']) + int(1000);
  const spec = (): ParameterSpec =>
    pick<() => ParameterSpec>([
      () => ({ kind: 'date-range', value: { start: '2024-01-0' + (1 + int(9)), end: '2025-12-31' } }),
      () => ({ kind: 'number', value: pick([0, -1, 2.5, 1e-7, 123456789]) }),
      () => ({ kind: 'text', value: text(6) }),
      () => ({ kind: 'choice', value: 'a', choices: ['a', text(3), 'c d'] }),
    ])();
  const notebook = (): Notebook => {
    const cells: Cell[] = Array.from({ length: int(8) }, (_, i): Cell => {
      const id = cellId(`c${i}`);
      const source = text(12);
      switch (int(8)) {
        case 0:
          return { type: 'markdown', id, source, isFenced: true };
        case 1:
          return { type: 'sql', id, source, name: `v${i}` };
        case 2:
          return { type: 'rule', id, source, name: `findings_${id.replace(/\W/g, '_')}` };
        case 3:
          return { type: 'model', id, source, name: `m${i}`, model: pick(['summarize', 'iso.forest']) };
        case 4:
          return { type: 'chart', id, source, from: name() };
        case 5:
          return {
            type: 'unavailable',
            id,
            source,
            fence: 'evidence',
            info: `evidence {id=${id} from=${name()}}`,
          };
        case 6:
          return { type: 'parameter', id, source, name: `p${i}`, spec: spec() };
        default:
          return { type: 'markdown', id, source, isFenced: true };
      }
    });
    const hex = (): string => Array.from({ length: 64 }, () => '0123456789abcdef'[int(16)]).join('');
    const log = Array.from({ length: random() < 0.5 ? 0 : int(4) }, (_, i): AuditEntry => ({
      time: pick(['2026-11-23T08:00Z', '2026-11-23T08:01Z', '2024-02-29T23:59Z']),
      cell: cellId(cells.length > 0 ? `c${int(cells.length)}` : `gone${i}`),
      sourceSha256: hex(),
      datasets: Array.from({ length: int(3) }, () => ({
        table: pick(['setl', 'fee', 'raw_setl-2']),
        sha256: hex(),
      })),
      status: pick(['done', 'error'] as const),
    }));
    const optional = (key: string) => (random() < 0.5 ? { [key]: text(6) } : {});
    return {
      meta: {
        title: text(8),
        ...optional('author'),
        ...optional('description'),
        ...optional('language'),
        datasets: Array.from({ length: int(3) }, () => ({
          table: pick(CANONICAL_TABLES),
          file: text(4) || 'f.csv',
          ...(random() < 0.5 ? { sha256: 'ab'.repeat(32) } : {}),
        })),
        mappings: Array.from({ length: int(3) }, () => ({
          source: text(4) || 'raw',
          target: pick(CANONICAL_TABLES),
          columns: Object.fromEntries(Array.from({ length: int(4) }, () => [text(3) || 'k', text(3)])),
        })),
      },
      cells,
      log,
    };
  };
  return { notebook };
}

describe('round trip', () => {
  it.each(Array.from({ length: 300 }, (_, seed) => seed))('generated notebook %i survives', (seed) => {
    const model = generator(seed).notebook();
    const text = serializeNotebook(model);
    const { notebook, problems } = parseNotebook(text);
    expect(problems).toEqual([]);
    expect(notebook).toEqual(model);
    expect(serializeNotebook(notebook)).toBe(text);
  });

  it('keeps prose outside fences as unfenced Markdown cells, verbatim', () => {
    const text =
      '---\ntitle: t\n---\n\nSome prose\n\n  with a gap.\n\n```sql {id=a name=v}\nSELECT 1\n```\n\nTail.\n';
    const { notebook, problems } = parseNotebook(text);
    expect(problems).toEqual([]);
    expect(notebook.cells.map((c) => [c.type, c.source])).toEqual([
      ['markdown', 'Some prose\n\n  with a gap.'],
      ['sql', 'SELECT 1'],
      ['markdown', 'Tail.'],
    ]);
    expect(notebook.cells[0]).toMatchObject({ isFenced: false });
    expect(serializeNotebook(notebook)).toBe(text);
  });

  it('writes a non-canonical file in canonical form (CRLF, BOM, extra blank lines)', () => {
    const text = '\uFEFF---\r\ntitle: t\r\n---\r\n\r\n\r\n```sql {id=a name=v}\r\nSELECT 1\r\n```\r\n\r\n';
    const { notebook, problems } = parseNotebook(text);
    expect(problems).toEqual([]);
    expect(serializeNotebook(notebook)).toBe('---\ntitle: t\n---\n\n```sql {id=a name=v}\nSELECT 1\n```\n');
  });
});
