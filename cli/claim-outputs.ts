import type { Stats } from 'node:fs';
import { lstat, realpath, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { invariant } from '../core/shared/invariant';
import { msg } from '../core/shared/msg';
import type { CliProblem } from './cli-io';
import { ensureDir } from './ensure-dir';
import {
  OUTPUT_MANIFEST,
  fingerprint,
  isPlainName,
  isUnchanged,
  readManifest,
  writeManifest,
  type ManifestEntry,
} from './output-manifest';

/** The output folder, claimed for one run: only the planned files can be written there. */
export interface ClaimedOutputs {
  /** The folder's real path. */
  readonly dir: string;
  /** Where to write the planned file `name` (any other name is a bug). */
  path(name: string): string;
  /** Records the fingerprint of the planned file `name` once written, so a later run may replace it. */
  written(name: string): Promise<void>;
  /** Drops the planned files never written from the manifest. */
  seal(): Promise<void>;
}

/** What claiming the output folder gave: the claim, or why the run must not write there. */
export type ClaimResult =
  | { readonly ok: true; readonly outputs: ClaimedOutputs }
  | { readonly ok: false; readonly problem: CliProblem };

/**
 * Claims `--out` for the files a run plans to write, before anything is written. A planned file that
 * already exists may be replaced only when it is not one of the run's inputs and the folder's manifest
 * ({@link OUTPUT_MANIFEST}) lists it as an earlier claimlens output still as claimlens left it;
 * anything else (an input, a symlink, a file a person or another program put there) refuses the run,
 * naming the file. Paths are compared as real paths and by inode, so `..`, symlinks, hard links and
 * letter case cannot alias an input. Once claimed, the manifest lists the planned files as pending (each
 * gets its fingerprint as it is written) and the existing ones are removed, so a failed run leaves no
 * stale outputs.
 */
export async function claimOutputs(
  out: string,
  planned: readonly string[],
  inputs: readonly string[],
): Promise<ClaimResult> {
  let dir: string;
  try {
    await ensureDir(path.resolve(out));
    dir = await realpath(path.resolve(out));
  } catch (e) {
    return refuse('out.unwritable', out, unwritable(out, e));
  }
  const inputStats = await Promise.all(inputs.map((f) => statOrUndefined(f)));
  const inputOf = (s: Stats) =>
    inputs.find((_, i) => inputStats[i]?.dev === s.dev && inputStats[i]?.ino === s.ino);
  const manifestFile = path.join(dir, OUTPUT_MANIFEST);
  const manifestStats = await lstatOrUndefined(manifestFile);
  let earlier: readonly ManifestEntry[] = [];
  if (manifestStats) {
    const manifest = manifestStats.isFile() ? await readManifest(manifestFile) : undefined;
    const input = inputOf(manifestStats);
    if (input !== undefined) return refuse('out.input', manifestFile, isInput(manifestFile, input));
    if (!manifest) return refuse('out.manifest', manifestFile, notManifest(manifestFile));
    earlier = manifest.files;
  }
  for (const name of planned) {
    invariant(isPlainName(name), `output name with a folder: ${name}`);
    const file = path.join(dir, name);
    const stats = await lstatOrUndefined(file);
    if (!stats) continue;
    const target = stats.isSymbolicLink() ? await statOrUndefined(file) : stats;
    const input = target && inputOf(target);
    if (input !== undefined) return refuse('out.input', file, isInput(file, input));
    const entry = earlier.find((e) => e.name === name);
    if (!stats.isFile() || !entry || !isUnchanged(entry, stats))
      return refuse('out.not-ours', file, notOurs(file));
  }
  const kept: ManifestEntry[] = [];
  for (const entry of earlier) {
    if (planned.includes(entry.name)) continue;
    const stats = await lstatOrUndefined(path.join(dir, entry.name));
    if (stats?.isFile() && isUnchanged(entry, stats)) kept.push(entry);
  }
  // Pending until written: a run cut short may leave a planned file half-written, still its own.
  const entries = new Map<string, ManifestEntry>(planned.map((name) => [name, { name, pending: true }]));
  const save = () => writeManifest(manifestFile, [...kept, ...entries.values()]);
  await save();
  for (const name of planned) await rm(path.join(dir, name), { force: true });
  const pathOf = (name: string) => {
    invariant(planned.includes(name), `unplanned output: ${name}`);
    return path.join(dir, name);
  };
  return {
    ok: true,
    outputs: {
      dir,
      path: pathOf,
      async written(name) {
        entries.set(name, fingerprint(name, await lstat(pathOf(name))));
        await save();
      },
      async seal() {
        for (const [name, entry] of entries) if ('pending' in entry) entries.delete(name);
        await save();
      },
    },
  };
}

async function lstatOrUndefined(file: string): Promise<Stats | undefined> {
  return lstat(file).catch(() => undefined);
}

async function statOrUndefined(file: string): Promise<Stats | undefined> {
  return stat(file).catch(() => undefined);
}

function refuse(code: string, file: string, message: CliProblem['message']): ClaimResult {
  return { ok: false, problem: { code, file, message } };
}

const detailOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

const unwritable = (dir: string, e: unknown) =>
  msg(
    `无法写入输出目录“${dir}”：${detailOf(e)}`,
    `The output folder "${dir}" cannot be written: ${detailOf(e)}`,
  );

const isInput = (file: string, input: string) =>
  msg(
    `输出文件“${file}”就是本次运行的输入文件“${input}”，claimlens 不会覆盖输入。请用 --out 指定另一个输出目录，或给规则单元改名。`,
    `The output file "${file}" is the run's input file "${input}"; claimlens never overwrites an input. Choose another output folder with --out, or rename the Rule cell.`,
  );

const notOurs = (file: string) =>
  msg(
    `输出目录中已有文件“${file}”，它不是 claimlens 此前在这里写下的输出（或写下后已被改动），claimlens 不会覆盖它。请用 --out 指定另一个输出目录，或先自行移走该文件。`,
    `The output folder already holds "${file}", which is not an output claimlens wrote there (or it was changed since); claimlens will not overwrite it. Choose another output folder with --out, or move the file away first.`,
  );

const notManifest = (file: string) =>
  msg(
    `输出目录中的“${file}”不是 claimlens 写下的输出清单，无法判断哪些文件可以替换。请用 --out 指定另一个输出目录，或先自行移走该文件。`,
    `"${file}" in the output folder is not an output manifest claimlens wrote, so it cannot tell which files it may replace. Choose another output folder with --out, or move the file away first.`,
  );
