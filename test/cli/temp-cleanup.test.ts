/**
 * Attack: a plaintext copy left on disk when the CLI is interrupted while transcoding a GBK file
 * (test/attacks/cli/README.md). The CLI runs as a real child process; a test hook
 * (`CLAIMLENS_TEST_HOOK=transcoding:pause`) holds it once the UTF-8 copy is on disk, so the signal is
 * sent in that state, not after a guessed delay.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTPUT_MANIFEST } from '../../cli/output-manifest';
import { createTempFolder, SIGNAL_EXIT } from '../../cli/temp-folder';
import { ROOT, runInProcess, tempDir } from './cli-fixtures';

const ATTACKS = path.join(ROOT, 'test', 'attacks', 'cli');
const MARKER = 'CLAIMLENS_TEST_HOOK transcoding\n';

let dir: string;
let notebook: string;
let gbk: string;

beforeAll(async () => {
  dir = await tempDir('temp-cleanup');
  notebook = path.join(dir, 'gbk-interrupt.claimlens.md');
  gbk = path.join(dir, 'gbk-fee.csv');
  await copyFile(path.join(ATTACKS, 'gbk-interrupt.claimlens.md'), notebook);
  await copyFile(path.join(ATTACKS, 'gbk-fee.csv'), gbk);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The temporary folders a process with this pid made (named `claimlens-<pid>-…`). */
async function foldersOf(pid: number): Promise<string[]> {
  const names = await readdir(tmpdir());
  return names.filter((n) => n.startsWith(`claimlens-${pid}-`)).map((n) => path.join(tmpdir(), n));
}

/** Runs the CLI as a child process held by the test hook at `action`; resolves once it is held. */
function startHeld(action: 'pause' | 'crash', out: string) {
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'bin', 'claimlens.mjs'), 'run', notebook, '--data', gbk, '--out', out],
    { cwd: ROOT, env: { ...process.env, CLAIMLENS_TEST_HOOK: `transcoding:${action}` } },
  );
  let stderr = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const held = new Promise<void>((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
      if (stderr.includes(MARKER)) resolve();
    });
    void exited.then(() => reject(new Error(`exited before the hook: ${stderr}`)));
  });
  return { child, held, exited, stderr: () => stderr };
}

describe('the CLI removes its temporary files on every way out', { timeout: 180_000 }, () => {
  it.each(Object.entries(SIGNAL_EXIT))(
    'removes the UTF-8 copy of a GBK file on %s mid-conversion and exits %i',
    async (signal, code) => {
      const run = startHeld('pause', path.join(dir, `out-${signal}`));
      await run.held;
      const [folder, ...others] = await foldersOf(run.child.pid!);
      expect(others).toEqual([]);
      const [copy] = await readdir(folder!);
      // The plaintext copy really is on disk, in UTF-8, while the conversion is held.
      expect(await readFile(path.join(folder!, copy!), 'utf8')).toContain('苯磺酸氨氯地平片');
      run.child.kill(signal as NodeJS.Signals);
      expect(await run.exited).toEqual({ code, signal: null });
      expect(existsSync(folder!)).toBe(false);
      // Nothing was written yet; the planned outputs stay claimed (pending), so a re-run may write them.
      const out = path.join(dir, `out-${signal}`);
      expect(await readdir(out)).toEqual([OUTPUT_MANIFEST]);
      const manifest = JSON.parse(await readFile(path.join(out, OUTPUT_MANIFEST), 'utf8')) as {
        files: { name: string; pending?: true }[];
      };
      expect(manifest.files).toEqual([
        { name: 'summary.json', pending: true },
        { name: 'summary.md', pending: true },
      ]);
      expect(run.stderr()).toContain(`已中断（${signal}），临时文件已删除。`);
      expect(run.stderr()).toContain(`Interrupted (${signal}); temporary files removed.`);
    },
  );

  it('removes it when an uncaught error ends the process (exit 1)', async () => {
    const run = startHeld('crash', path.join(dir, 'out-crash'));
    await run.held;
    const { code } = await run.exited;
    expect(code).toBe(1);
    expect(run.stderr()).toContain('test crash at transcoding');
    expect(await foldersOf(run.child.pid!)).toEqual([]);
  });

  it('removes it after a run in this process, and leaves no signal handlers behind', async () => {
    const listeners = process.listenerCount('SIGINT');
    const run = await runInProcess([
      'run',
      notebook,
      '--data',
      gbk,
      '--out',
      path.join(dir, 'out-ok'),
      '--quiet',
    ]);
    expect(run.code).toBe(0);
    expect(await foldersOf(process.pid)).toEqual([]);
    expect(process.listenerCount('SIGINT')).toBe(listeners);
  });

  it("removes a folder left by a process that no longer runs (SIGKILL), never a running one's", async () => {
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    const abandoned = path.join(tmpdir(), `claimlens-${gone}-AbCd12`);
    await mkdir(abandoned);
    await writeFile(path.join(abandoned, 'raw_fee.utf8.csv'), 'plaintext');
    const running = path.join(tmpdir(), `claimlens-${process.ppid}-AbCd12`);
    await mkdir(running);
    try {
      const temp = createTempFolder();
      await temp.remove();
      expect(existsSync(abandoned)).toBe(false);
      expect(existsSync(running)).toBe(true);
    } finally {
      await rm(abandoned, { recursive: true, force: true });
      await rm(running, { recursive: true, force: true });
    }
  });
});
