import type { Stats } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';

/**
 * The manifest a run keeps in `--out`: the files claimlens wrote there. A later run may replace a
 * listed file that is still as claimlens left it (same inode, size and modification time), and no other
 * file. A file is listed as `pending` before it is written, so a run cut short (Ctrl+C) can still be
 * re-run into the same folder.
 */
export const OUTPUT_MANIFEST = '.claimlens-outputs.json';

/** One file claimlens wrote: its fingerprint once written, or `pending` while the run goes on. */
export type ManifestEntry =
  | { readonly name: string; readonly pending: true }
  | { readonly name: string; readonly ino: number; readonly size: number; readonly mtimeMs: number };

/** The manifest's contents. */
export interface OutputManifest {
  readonly tool: 'claimlens';
  readonly about: string;
  readonly files: readonly ManifestEntry[];
}

const ABOUT =
  'claimlens 在此目录写过的文件；之后的运行只会替换这些文件。Files claimlens wrote here; later runs replace only these.';

/** The fingerprint of a file as written. */
export function fingerprint(name: string, stats: Stats): ManifestEntry {
  return { name, ino: stats.ino, size: stats.size, mtimeMs: stats.mtimeMs };
}

/** Whether a file's current stats are what the entry recorded (a pending entry accepts any). */
export function isUnchanged(entry: ManifestEntry, stats: Stats): boolean {
  if ('pending' in entry) return true;
  return entry.ino === stats.ino && entry.size === stats.size && entry.mtimeMs === stats.mtimeMs;
}

/** Reads a manifest file; undefined when it is not one claimlens wrote. */
export async function readManifest(file: string): Promise<OutputManifest | undefined> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return undefined;
  }
  return isManifest(value) ? value : undefined;
}

/**
 * Writes the manifest listing `files`: into a new file beside it, then renamed over it, so it is never
 * written through a symlink and never left half-written.
 */
export async function writeManifest(file: string, files: readonly ManifestEntry[]): Promise<void> {
  const manifest: OutputManifest = { tool: 'claimlens', about: ABOUT, files };
  const next = `${file}.${process.pid}.tmp`;
  await writeFile(next, `${JSON.stringify(manifest, null, 2)}\n`, { flag: 'wx' });
  await rename(next, file);
}

function isManifest(value: unknown): value is OutputManifest {
  if (typeof value !== 'object' || value === null) return false;
  const { tool, files } = value as Record<string, unknown>;
  return tool === 'claimlens' && Array.isArray(files) && files.every(isEntry);
}

function isEntry(value: unknown): value is ManifestEntry {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  if (typeof e['name'] !== 'string' || !isPlainName(e['name'])) return false;
  if (e['pending'] === true) return true;
  return ['ino', 'size', 'mtimeMs'].every((k) => typeof e[k] === 'number');
}

/** A file name with no folder part: the manifest can only ever name files directly in `--out`. */
export function isPlainName(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !/[/\\\0]/.test(name);
}
