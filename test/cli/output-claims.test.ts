/**
 * Attack: CLI outputs over inputs and over files the run did not write (test/attacks/cli/README.md).
 * Every case works on copies in a temporary folder, so a regression can never damage the corpus.
 */
import { copyFile, link, mkdir, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTPUT_MANIFEST } from '../../cli/output-manifest';
import { ROOT, runInProcess, tempDir } from './cli-fixtures';

const ATTACKS = path.join(ROOT, 'test', 'attacks', 'cli');

let dir: string;

beforeAll(async () => {
  dir = await tempDir('claims');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Copies attack files into a fresh folder under the test's temporary folder; returns their paths. */
async function copyCase(name: string, files: readonly string[]): Promise<string[]> {
  const caseDir = path.join(dir, name);
  await mkdir(caseDir, { recursive: true });
  const copies = files.map((f) => path.join(caseDir, f));
  for (const [i, f] of files.entries()) await copyFile(path.join(ATTACKS, f), copies[i]!);
  return copies;
}

const FORMULA = ['formula-injection.claimlens.md', 'formula-setl.csv'] as const;
const OVERWRITE = ['overwrite-input.claimlens.md', 'fee_2024.csv'] as const;

describe('claimlens run never overwrites an input or a file it did not write', () => {
  it('refuses a Rule cell named fee_2024 with --out at the data folder: the input stays, nothing is written', async () => {
    const [notebook, fee] = await copyCase('input', OVERWRITE);
    const before = await readFile(fee!);
    const folder = path.dirname(fee!);
    const run = await runInProcess(['run', notebook!, '--data', fee!, '--out', folder, '--quiet']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `错误：输出文件“${fee}”就是本次运行的输入文件“${fee}”，claimlens 不会覆盖输入。`,
    );
    expect(run.stderr).toContain(`Error: The output file "${fee}" is the run's input file "${fee}"`);
    expect(await readFile(fee!)).toEqual(before);
    expect((await readdir(folder)).sort()).toEqual(['fee_2024.csv', 'overwrite-input.claimlens.md']);
  });

  it('sees through `..`, a symlinked folder and a hard link to the input', async () => {
    const [notebook, fee] = await copyCase('alias', OVERWRITE);
    const folder = path.dirname(fee!);
    const before = await readFile(fee!);
    const viaLink = path.join(dir, 'alias-link');
    await symlink(folder, viaLink);
    const hard = path.join(dir, 'alias-hard');
    await mkdir(hard);
    await link(fee!, path.join(hard, 'fee_2024.csv'));
    for (const out of [path.join(folder, 'no-such', '..'), viaLink, hard]) {
      const run = await runInProcess(['run', notebook!, '--data', fee!, '--out', out, '--quiet']);
      expect(run.code, out).toBe(2);
      expect(run.stderr, out).toContain(`is the run's input file "${fee}"`);
    }
    expect(await readFile(fee!)).toEqual(before);
  });

  it('refuses an output name that is a symlink to a file elsewhere, and a file a person put there', async () => {
    const [notebook, setl] = await copyCase('foreign', FORMULA);
    const elsewhere = path.join(dir, 'foreign-precious.csv');
    await writeFile(elsewhere, 'precious\n');
    const out = path.join(dir, 'foreign-out');
    await mkdir(out);
    await symlink(elsewhere, path.join(out, 'audit.csv'));
    const linked = await runInProcess(['run', notebook!, '--data', setl!, '--out', out, '--quiet']);
    expect(linked.code).toBe(2);
    expect(linked.stderr).toContain(
      `Error: The output folder already holds "${path.join(out, 'audit.csv')}", which is not an output claimlens wrote there`,
    );
    expect(await readFile(elsewhere, 'utf8')).toBe('precious\n');

    await rm(path.join(out, 'audit.csv'));
    await writeFile(path.join(out, 'summary.md'), '# 我的笔记 / my notes\n');
    const notes = await runInProcess(['run', notebook!, '--data', setl!, '--out', out, '--quiet']);
    expect(notes.code).toBe(2);
    expect(notes.stderr).toContain(`错误：输出目录中已有文件“${path.join(out, 'summary.md')}”`);
    expect(await readFile(path.join(out, 'summary.md'), 'utf8')).toBe('# 我的笔记 / my notes\n');
    expect(await readdir(out)).toEqual(['summary.md']);
  });

  it('replaces its own earlier outputs on a re-run, but not one changed since or used as an input', async () => {
    const [notebook, setl] = await copyCase('rerun', FORMULA);
    const out = path.join(dir, 'rerun-out');
    const first = await runInProcess(['run', notebook!, '--data', setl!, '--out', out, '--quiet']);
    expect(first.code).toBe(0);
    const written = [
      'audit.csv',
      'audit_lines.csv',
      'findings.csv',
      'findings_lines.csv',
      'summary.json',
      'summary.md',
    ];
    expect((await readdir(out)).sort()).toEqual([OUTPUT_MANIFEST, ...written].sort());
    const manifest = JSON.parse(await readFile(path.join(out, OUTPUT_MANIFEST), 'utf8')) as {
      files: { name: string }[];
    };
    expect(manifest.files.map((f) => f.name)).toEqual(written);

    const again = await runInProcess(['run', notebook!, '--data', setl!, '--out', out, '--quiet']);
    expect(again.code).toBe(0);
    const findings = await readFile(path.join(out, 'findings.csv'));

    // An earlier output given as an input: the run would overwrite its own input.
    const asInput = await runInProcess([
      'run',
      notebook!,
      '--data',
      setl!,
      path.join(out, 'audit.csv'),
      '--out',
      out,
      '--quiet',
    ]);
    expect(asInput.code).toBe(2);
    expect(asInput.stderr).toContain(`is the run's input file "${path.join(out, 'audit.csv')}"`);

    // A person edits findings.csv after the run: it is theirs now.
    await writeFile(path.join(out, 'findings.csv'), Buffer.concat([findings, Buffer.from('edited\r\n')]));
    const edited = await runInProcess(['run', notebook!, '--data', setl!, '--out', out, '--quiet']);
    expect(edited.code).toBe(2);
    expect(edited.stderr).toContain(`already holds "${path.join(out, 'findings.csv')}"`);
    expect((await readFile(path.join(out, 'findings.csv'), 'utf8')).endsWith('edited\r\n')).toBe(true);
  });

  it('refuses a folder whose manifest claimlens did not write', async () => {
    const [notebook, setl] = await copyCase('manifest', FORMULA);
    const out = path.join(dir, 'manifest-out');
    await mkdir(out);
    await writeFile(path.join(out, OUTPUT_MANIFEST), '{"files": [{"name": "../fee_2024.csv"}]}');
    const run = await runInProcess(['run', notebook!, '--data', setl!, '--out', out, '--quiet']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`is not an output manifest claimlens wrote`);
    expect(await readdir(out)).toEqual([OUTPUT_MANIFEST]);
  });
});
