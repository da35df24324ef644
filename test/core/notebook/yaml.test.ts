import { describe, expect, it } from 'vitest';
import { NOTEBOOK_LIMITS } from '../../../core/notebook/limits';
import { parseYaml } from '../../../core/notebook/yaml-parse';
import { writeYaml } from '../../../core/notebook/yaml-write';
import type { YamlMap, YamlValue } from '../../../core/notebook/yaml-value';

/** The value of `text`, failing the test with the reason when it is refused. */
function valueOf(text: string): YamlValue {
  const parsed = parseYaml(text);
  if (!parsed.ok) throw new Error(`line ${parsed.line}: ${parsed.reason.en}`);
  return parsed.value;
}

/** Where and why `text` is refused (the English reason). */
function refusal(text: string): { line: number; column: number; en: string } {
  const parsed = parseYaml(text);
  if (parsed.ok) throw new Error(`read: ${JSON.stringify(parsed.value)}`);
  return { line: parsed.line, column: parsed.column, en: parsed.reason.en };
}

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
    expect(refusal('a: 1\na: 2')).toEqual({ line: 2, column: 1, en: 'duplicate key a' });
  });

  it('refuses too many values', () => {
    const many = Array.from({ length: 20_001 }, (_, i) => `- ${i}`).join('\n');
    expect(refusal(`a:\n${many}`).en).toContain('too many values');
  });
});

describe('parseYaml keeps the notebook subset’s values where YAML 1.2 differs', () => {
  it('keeps codes with leading zeros and other non-decimal numbers as text', () => {
    expect(valueOf('hospital: 0101\nward: 007\nzero: 0\nhex: 0x1F\noctal: 0o17\nplus: +1')).toEqual({
      hospital: '0101',
      ward: '007',
      zero: 0,
      hex: '0x1F',
      octal: '0o17',
      plus: '+1',
    });
    expect(valueOf('- .inf\n- .nan\n- 1.\n- .5\n- 1_000\n- 1,000')).toEqual([
      '.inf',
      '.nan',
      '1.',
      '.5',
      '1_000',
      '1,000',
    ]);
  });

  it('reads decimal numbers, lower-case booleans and nulls, and nothing else, as typed', () => {
    expect(valueOf('a: -1\nb: 1.5\nc: 1e3\nd: true\ne: false\nf: null\ng: ~\nh:')).toEqual({
      a: -1,
      b: 1.5,
      c: 1000,
      d: true,
      e: false,
      f: null,
      g: null,
      h: null,
    });
    const words = ['yes', 'no', 'on', 'off', 'y', 'n', 'True', 'FALSE', 'Null', 'NULL', 'NaN'];
    expect(valueOf(words.map((w) => `- ${w}`).join('\n'))).toEqual(words);
  });

  it('keeps dates and times as text', () => {
    expect(valueOf('start: 2024-01-01\nat: 2024-01-01 10:00:00\ntime: 10:30\nclock: 12:30:45')).toEqual({
      start: '2024-01-01',
      at: '2024-01-01 10:00:00',
      time: '10:30',
      clock: '12:30:45',
    });
  });

  it('reads Chinese keys and text', () => {
    expect(valueOf('标题: 各医院费用合计\n医院：一: 值\n说明: 第一行、第二行（全角：冒号）')).toEqual({
      标题: '各医院费用合计',
      '医院：一': '值',
      说明: '第一行、第二行（全角：冒号）',
    });
  });

  it('reads ":" inside values as text, as the subset did', () => {
    expect(
      valueOf(
        'url: http://x.y/a?b=c#d\nbasis_en: Notebook rule: one item charged # note\nlist: - x\nend: a:\nk:v: w',
      ),
    ).toEqual({
      url: 'http://x.y/a?b=c#d',
      basis_en: 'Notebook rule: one item charged',
      list: '- x',
      end: 'a:',
      'k:v': 'w',
    });
    expect(valueOf('- name: a: b\n  z: 1')).toEqual([{ name: 'a: b', z: 1 }]);
  });

  it('reads quoted strings as text, with their escapes', () => {
    expect(valueOf(`a: "1"\nb: 'true'\nc: "\\u4e2d\\n\\t\\"\\\\"\nd: 'it''s'\n"k: #": "x"\n'': e`)).toEqual({
      a: '1',
      b: 'true',
      c: '中\n\t"\\',
      d: "it's",
      'k: #': 'x',
      '': 'e',
    });
  });

  it('reads empty values as null and empty quotes as empty text', () => {
    expect(valueOf('a:\nb: ""\nc: \'\'\nd: []\ne: {}\nf:\n  -\n  - # c')).toEqual({
      a: null,
      b: '',
      c: '',
      d: [],
      e: {},
      f: [null, null],
    });
    expect(valueOf('')).toBeNull();
    expect(valueOf('# only a comment\n\n')).toBeNull();
  });

  it('keeps __proto__ and null keys as plain text keys', () => {
    const value = valueOf('__proto__: x\nnull: 1\n1: y') as YamlMap;
    expect(Object.getPrototypeOf(value)).toBeNull();
    expect(Object.keys(value).sort()).toEqual(['1', '__proto__', 'null']);
    expect(value['__proto__']).toBe('x');
  });
});

describe('parseYaml refuses what the subset leaves out, with line and column', () => {
  it('refuses duplicate keys, however quoted', () => {
    expect(refusal('x:\n  k: 1\n  "k": 2')).toEqual({ line: 3, column: 3, en: 'duplicate key k' });
    expect(refusal("- a: 1\n  'a': 2").en).toBe('duplicate key a');
  });

  it('refuses anchors, aliases and tags (no billion laughs)', () => {
    expect(refusal('a: &x 1\nb: *x')).toMatchObject({
      line: 1,
      en: expect.stringContaining('anchors'),
    });
    expect(refusal('a: 1\nb: *x')).toMatchObject({ line: 2, en: expect.stringContaining('anchors') });
    const laughs = ['a: &a [x]', ...Array.from({ length: 9 }, (_, i) => `b${i}: [*a, *a, *a]`)].join('\n');
    expect(parseYaml(laughs).ok).toBe(false);
    expect(refusal('a: &a x\nb:\n  - *a\n  - *a').en).toContain('anchors');
    expect(refusal('a: !!int 1')).toMatchObject({ line: 1, en: expect.stringContaining('tags') });
    expect(refusal('a: !x 1').en).toContain('tags');
    expect(refusal('a: !!set\n  ? b').en).toContain('tags');
  });

  it('reads a merge key << as a plain key, never merging', () => {
    expect(valueOf('base: 1\n<<: x')).toEqual({ base: 1, '<<': 'x' });
  });

  it('refuses flow collections, block text and values continued on the next line', () => {
    expect(refusal('a: 1\nb: {c: d}')).toMatchObject({
      line: 2,
      column: 4,
      en: expect.stringContaining('flow'),
    });
    expect(refusal('a: |\n  text')).toMatchObject({ line: 1, en: expect.stringContaining('block text') });
    expect(refusal('a: >\n  text').en).toContain('block text');
    expect(refusal('title: 各医院\n  费用合计')).toMatchObject({
      line: 2,
      en: expect.stringContaining('one line'),
    });
    expect(refusal('title: "a\n  b"')).toMatchObject({ line: 2, en: expect.stringContaining('one line') });
  });

  it('refuses document markers, directives and a second document', () => {
    expect(refusal('---\na: 1').en).toContain('only one document');
    expect(refusal('a: 1\n...').en).toContain('only one document');
    expect(refusal('%YAML 1.1\n---\na: 1').en).toContain('only one document');
    expect(refusal('a: 1\n---\nb: 2')).toMatchObject({
      line: 2,
      en: expect.stringContaining('only one document'),
    });
  });

  it('refuses nesting deeper than the limit, in blocks and in brackets', () => {
    const levels = (n: number) =>
      Array.from({ length: n }, (_, depth) => `${'  '.repeat(depth)}k${depth}:`).join('\n') + ' x';
    expect(parseYaml(levels(NOTEBOOK_LIMITS.maxYamlDepth)).ok).toBe(true);
    expect(refusal(levels(NOTEBOOK_LIMITS.maxYamlDepth + 1))).toMatchObject({
      line: NOTEBOOK_LIMITS.maxYamlDepth + 1,
      en: expect.stringContaining('nested too deeply'),
    });
    expect(refusal(`a: ${'['.repeat(100_000)}`)).toMatchObject({
      line: 1,
      en: expect.stringContaining('nested too deeply'),
    });
  });

  it('refuses a huge document before reading it', () => {
    const huge = `a: ${'x'.repeat(NOTEBOOK_LIMITS.maxYamlChars)}`;
    expect(refusal(huge)).toEqual({ line: 1, column: 1, en: expect.stringContaining('too long') });
  });

  it('names the line and column of a syntax error, in both languages', () => {
    const parsed = parseYaml('mark: bar\nx: "hospital\ny: fee');
    expect(parsed).toMatchObject({ ok: false, line: 2, column: 4 });
    expect(parsed.ok === false && parsed.reason.zh).toContain('引号');
    expect(refusal('a: 1\n  b: 2')).toMatchObject({ line: 2, en: expect.stringContaining('indent') });
    expect(refusal('a: @x')).toEqual({
      line: 1,
      column: 4,
      en: expect.stringContaining('cannot start with'),
    });
    expect(refusal('a: "bad \\q"')).toMatchObject({ line: 1, en: expect.stringContaining('escape') });
  });
});

describe('writeYaml output reads back to the same value', () => {
  /** Deterministic pseudo-random numbers (a linear congruential generator with a fixed seed). */
  function random(seed: number): () => number {
    let state = seed;
    return () => {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
      return state / 2 ** 31;
    };
  }
  const PIECES = [
    '0101',
    '1',
    '-1.5',
    'true',
    'null',
    '~',
    'yes',
    '中文',
    '：',
    ': ',
    ':',
    '#',
    ' #',
    '-',
    '- ',
    '"',
    "'",
    '\\',
    '\n',
    '\t',
    ' ',
    '[',
    ']',
    '{',
    '}',
    '&',
    '*',
    '!',
    '|',
    '>',
    '%',
    '@',
    '`',
    '?',
    ',',
    'a',
    'Z',
    '\u0001',
    '\u007f',
    '😀',
    '---',
    '...',
  ];

  it('round-trips tricky keys and values', () => {
    const next = random(42);
    const text = () =>
      Array.from({ length: Math.floor(next() * 4) }, () => PIECES[Math.floor(next() * PIECES.length)]).join(
        '',
      );
    for (let i = 0; i < 2_000; i += 1) {
      const map: Record<string, YamlValue> = Object.create(null) as Record<string, YamlValue>;
      for (let k = 0; k < 3; k += 1)
        map[`${text()}${k}`] = next() < 0.2 ? [text(), { [text() || 'k']: text() }] : text();
      const written = writeYaml(map);
      expect(parseYaml(written), written).toEqual({ ok: true, value: map });
    }
  });
});
