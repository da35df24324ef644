import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../core/notebook/yaml-parse';
import { writeYaml } from '../../../core/notebook/yaml-write';

describe('parseYaml / writeYaml', () => {
  it('reads nested maps, lists, quoted and typed scalars', () => {
    const text = [
      'a: 1',
      'b: "x: #y"',
      "c: 'it''s'",
      'd:',
      '- one',
      '- k: v',
      '  n: null',
      'e: 2024-01-01 # a comment',
      'f: []',
      'g: true',
    ].join('\n');
    expect(parseYaml(text)).toEqual({
      ok: true,
      value: {
        a: 1,
        b: 'x: #y',
        c: "it's",
        d: ['one', { k: 'v', n: null }],
        e: '2024-01-01',
        f: [],
        g: true,
      },
    });
  });

  it('treats a comment after a key or dash as no value', () => {
    expect(parseYaml('a:   # note\n  b: 1\nc:\n  - # note\n    d: 2')).toEqual({
      ok: true,
      value: { a: { b: 1 }, c: [{ d: 2 }] },
    });
  });

  it('writes strings that would read as something else in quotes', () => {
    expect(writeYaml({ a: '1', b: 'true', c: '', d: '- x', e: 'plain 中文', f: 'a: b' })).toBe(
      'a: "1"\nb: "true"\nc: ""\nd: "- x"\ne: plain 中文\nf: "a: b"',
    );
  });

  it('reports flow collections, tabs and bad indentation with the line', () => {
    expect(parseYaml('a: 1\nb: [1, 2]')).toMatchObject({ ok: false, line: 2 });
    expect(parseYaml('a:\n\tb: 1')).toMatchObject({ ok: false, line: 2 });
    expect(parseYaml('a: 1\n  b: 2')).toMatchObject({ ok: false, line: 2 });
    expect(parseYaml('a: 1\na: 2')).toMatchObject({ ok: false, line: 2, error: 'duplicate key a' });
  });

  it('refuses too many values', () => {
    const many = Array.from({ length: 20_001 }, (_, i) => `- ${i}`).join('\n');
    expect(parseYaml(`a:\n${many}`)).toMatchObject({ ok: false, error: 'too many values' });
  });
});
