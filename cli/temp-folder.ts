import { mkdtempSync, readdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * How a run ended by a signal exits: 128 + the signal's number, as shells report it (Ctrl+C → 130).
 */
export const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/** A signal the CLI removes its temporary files on. */
export type CleanupSignal = keyof typeof SIGNAL_EXIT;

/** A run's private temporary folder (GB18030 files transcoded to UTF-8, files for native DuckDB). */
export interface TempFolder {
  readonly path: string;
  /** Removes the folder and everything in it. */
  remove(): Promise<void>;
}

/** `claimlens-<pid>-<random>`: the pid tells a later run whether the folder's owner still runs. */
const FOLDER = /^claimlens-(\d+)-[A-Za-z0-9]{6}$/;

/** Folders of this process not yet removed. */
const live = new Set<string>();

/**
 * Creates the run's temporary folder (mode 0700, in the OS's temporary folder). Its contents are
 * plaintext copies of the data, so it is removed on every way out: `remove()` on a normal end, and
 * while any folder lives, SIGINT, SIGTERM and SIGHUP remove it and exit 128 + the signal's number, and
 * a process exit of any kind (an uncaught error included) removes it synchronously. A process killed
 * outright (SIGKILL, power loss) cannot clean up: the next run removes folders left by processes that
 * no longer run.
 */
export function createTempFolder(): TempFolder {
  removeAbandoned();
  // Synchronous from creating to watching: no signal can be handled in between.
  const dir = mkdtempSync(path.join(tmpdir(), `claimlens-${process.pid}-`));
  if (live.size === 0) watchExits();
  live.add(dir);
  return {
    path: dir,
    async remove() {
      await rm(dir, { recursive: true, force: true });
      live.delete(dir);
      if (live.size === 0) unwatchExits();
    },
  };
}

function removeLiveSync(): void {
  for (const dir of live) rmSync(dir, { recursive: true, force: true });
  live.clear();
}

function onSignal(signal: CleanupSignal): void {
  removeLiveSync();
  writeSync(2, `已中断（${signal}），临时文件已删除。\nInterrupted (${signal}); temporary files removed.\n`);
  process.exit(SIGNAL_EXIT[signal]);
}

function watchExits(): void {
  for (const signal of Object.keys(SIGNAL_EXIT) as CleanupSignal[]) process.on(signal, onSignal);
  process.on('exit', removeLiveSync);
}

function unwatchExits(): void {
  for (const signal of Object.keys(SIGNAL_EXIT) as CleanupSignal[]) process.off(signal, onSignal);
  process.off('exit', removeLiveSync);
}

/**
 * Removes this user's claimlens folders whose process no longer runs. A folder of a running process,
 * or of another user, is left alone; errors are ignored (another run may be removing the same folder).
 */
function removeAbandoned(): void {
  const root = tmpdir();
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = FOLDER.exec(name)?.[1];
    if (pid === undefined || isRunning(Number(pid))) continue;
    const dir = path.join(root, name);
    try {
      if (statSync(dir).uid === process.getuid?.()) rmSync(dir, { recursive: true, force: true });
    } catch {
      // Gone already, or not ours to remove.
    }
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process runs, as another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
