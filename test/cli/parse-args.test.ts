import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../cli/parse-args';

const run = (...argv: string[]) => parseArgs(['run', ...argv]);
const problemCode = (result: ReturnType<typeof parseArgs>) => (result.ok ? 'ok' : result.problem.code);

describe('parseArgs', () => {
  it('reads a run with several data files after one --data, and the defaults', () => {
    const parsed = run('nb.claimlens.md', '--data', 'setl.csv', 'fee.csv', '--out', 'out');
    expect(parsed).toEqual({
      ok: true,
      command: {
        kind: 'run',
        options: {
          notebook: 'nb.claimlens.md',
          data: ['setl.csv', 'fee.csv'],
          out: 'out',
          engine: 'wasm',
          kb: [],
          quiet: false,
        },
      },
    });
  });

  it('accepts repeated and --name=value options, the native engine with threads, kb files and --quiet', () => {
    const parsed = run(
      '--data=a.csv',
      'nb.md',
      '--data',
      'b.parquet',
      '--kb',
      'kb1.xlsx',
      'kb2.xlsx',
      '--engine',
      'native',
      '--threads=4',
      '--native-dir',
      '/opt/duck',
      '--out',
      'o',
      '--quiet',
    );
    // `--data=a.csv` takes one value, so the notebook may follow it.
    expect(parsed.ok && parsed.command).toEqual({
      kind: 'run',
      options: {
        notebook: 'nb.md',
        data: ['a.csv', 'b.parquet'],
        out: 'o',
        engine: 'native',
        kb: ['kb1.xlsx', 'kb2.xlsx'],
        threads: 4,
        nativeDir: '/opt/duck',
        quiet: true,
      },
    });
  });

  it('reads rules, help and version', () => {
    expect(parseArgs(['rules', '--json', '--sql'])).toEqual({
      ok: true,
      command: { kind: 'rules', json: true, sql: true },
    });
    expect(parseArgs([])).toEqual({ ok: true, command: { kind: 'help' } });
    expect(parseArgs(['help', 'run'])).toEqual({ ok: true, command: { kind: 'help', topic: 'run' } });
    expect(parseArgs(['run', '--help'])).toEqual({ ok: true, command: { kind: 'help', topic: 'run' } });
    expect(parseArgs(['rules', '-h'])).toEqual({ ok: true, command: { kind: 'help', topic: 'rules' } });
    expect(parseArgs(['--version'])).toEqual({ ok: true, command: { kind: 'version' } });
  });

  it('reads map with its files and --out, and run with --mapping and --results', () => {
    expect(parseArgs(['map', 'claims.csv', 'lines.xlsx', '--out', 'm.yaml'])).toEqual({
      ok: true,
      command: { kind: 'map', options: { files: ['claims.csv', 'lines.xlsx'], out: 'm.yaml', quiet: false } },
    });
    expect(parseArgs(['map', 'a.csv', '--quiet'])).toEqual({
      ok: true,
      command: { kind: 'map', options: { files: ['a.csv'], quiet: true } },
    });
    expect(parseArgs(['help', 'map'])).toEqual({ ok: true, command: { kind: 'help', topic: 'map' } });
    const run = parseArgs([
      'run',
      'nb.md',
      '--data',
      'a.csv',
      '--out',
      'o',
      '--mapping',
      'm.yaml',
      '--results=r',
    ]);
    expect(run.ok && run.command.kind === 'run' && run.command.options).toMatchObject({
      mapping: 'm.yaml',
      results: 'r',
    });
  });

  it.each([
    [['map'], 'missing-data'],
    [['map', 'a.csv', '--out', 'm.yaml', '--out', 'n.yaml'], 'repeated-option'],
    [['map', 'a.csv', '--data', 'b.csv'], 'unknown-option'],
    [['run', 'nb.md', '--data', 'a.csv', '--out', 'o', '--mapping'], 'missing-value'],
    [['frobnicate'], 'unknown-command'],
    [['run', 'nb.md', '--data', 'a.csv', '--out', 'o', '--colour'], 'unknown-option'],
    [['run', 'nb.md', '--out', 'o'], 'missing-data'],
    [['run', 'nb.md', '--data', 'a.csv'], 'missing-out'],
    [['run', '--data', 'a.csv', 'nb.claimlens.md', '--out', 'o'], 'missing-notebook'],
    [['run', 'nb.md', 'other.md', '--data', 'a.csv', '--out', 'o'], 'unexpected-argument'],
    [['run', 'nb.md', '--data', '--out', 'o'], 'missing-value'],
    [['run', 'nb.md', '--data', 'a.csv', '--out', 'o', '--out', 'p'], 'repeated-option'],
    [['run', 'nb.md', '--data', 'a.csv', '--out', 'o', '--engine', 'gpu'], 'bad-engine'],
    [
      ['run', 'nb.md', '--data', 'a.csv', '--out', 'o', '--engine', 'native', '--threads', '0'],
      'bad-threads',
    ],
    [['run', 'nb.md', '--data', 'a.csv', '--out', 'o', '--threads', '2'], 'threads-need-native'],
    [['rules', '--json=yes'], 'flag-value'],
    [['rules', 'extra'], 'unexpected-argument'],
  ])('refuses %j (%s) with a bilingual message', (argv, code) => {
    const parsed = parseArgs(argv);
    expect(problemCode(parsed)).toBe(code);
    if (parsed.ok) return;
    expect(parsed.problem.message.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(parsed.problem.message.en).toMatch(/^[\x20-\x7e…]+$/);
  });

  it('says where the notebook went when it was read as a data file', () => {
    const parsed = run('--data', 'a.csv', 'nb.claimlens.md', '--out', 'o');
    expect(parsed.ok ? '' : parsed.problem.message.en).toContain('"nb.claimlens.md" was read as a data file');
  });
});
