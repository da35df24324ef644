import { CANONICAL_TABLES, type CanonicalTable } from '../mapping/mapping-types';
import { assertNever } from '../shared/invariant';
import { msg, type Msg } from '../shared/msg';
import type { DatasetBinding } from './notebook-types';

/** A file loaded in this session and the canonical table it feeds. */
export interface LoadedDataset {
  /** The canonical table it feeds (e.g. `setl`); other names are ignored when saving. */
  readonly table: string;
  readonly fileName: string;
  /** Lower-case hex SHA-256 of the file's bytes. */
  readonly sha256: string;
}

/**
 * How a notebook's binding compares with what is loaded: `ok` (same fingerprint), `missing` (nothing
 * feeds the table), `fingerprint-differs` (a different file, or a changed one), `no-fingerprint` (a file
 * feeds it but the notebook recorded no fingerprint to compare).
 */
export type BindingStatus = 'ok' | 'missing' | 'fingerprint-differs' | 'no-fingerprint';

/** One binding's check, with a message for the user. */
export interface BindingCheck {
  readonly binding: DatasetBinding;
  readonly status: BindingStatus;
  /** The loaded file matched to the binding, unless `missing`. */
  readonly loadedFile?: string;
  readonly message: Msg;
}

/**
 * Checks each binding of a notebook against the loaded files. A binding is matched to a loaded file
 * feeding its table, preferring the same fingerprint, then the same file name; each loaded file serves
 * one binding at most while another one is left. Results keep the bindings' order.
 */
export function checkBindings(
  bindings: readonly DatasetBinding[],
  loaded: readonly LoadedDataset[],
): BindingCheck[] {
  const used = new Set<LoadedDataset>();
  return bindings.map((binding) => {
    const candidates = loaded.filter((file) => file.table === binding.table);
    const fresh = candidates.filter((file) => !used.has(file));
    const pool = fresh.length > 0 ? fresh : candidates;
    const sameHash = (file: LoadedDataset): boolean =>
      binding.sha256 !== undefined && file.sha256.toLowerCase() === binding.sha256.toLowerCase();
    const match = pool.find(sameHash) ?? pool.find((file) => file.fileName === binding.file) ?? pool[0];
    if (match === undefined) return { binding, status: 'missing', message: missing(binding) };
    used.add(match);
    const status: BindingStatus =
      binding.sha256 === undefined ? 'no-fingerprint' : sameHash(match) ? 'ok' : 'fingerprint-differs';
    return { binding, status, loadedFile: match.fileName, message: describe(binding, status, match) };
  });
}

/**
 * The bindings to record when saving: one per loaded file that feeds a canonical table, in the
 * canonical tables' order, then by file name; exact repeats are dropped.
 */
export function bindingsFromLoaded(loaded: readonly LoadedDataset[]): DatasetBinding[] {
  const rank = (table: string): number => CANONICAL_TABLES.indexOf(table as CanonicalTable);
  const seen = new Set<string>();
  return loaded
    .filter((file) => rank(file.table) >= 0)
    .map((file) => ({
      table: file.table as CanonicalTable,
      file: file.fileName,
      sha256: file.sha256.toLowerCase(),
    }))
    .filter((binding) => {
      const key = JSON.stringify(binding);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => rank(a.table) - rank(b.table) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

function missing(binding: DatasetBinding): Msg {
  return msg(
    `此笔记本需要标准表 ${binding.table}（作者使用的文件 ${binding.file}）：请加载该文件。`,
    `This notebook needs the canonical table ${binding.table} (the author used the file ${binding.file}): load that file.`,
  );
}

function describe(
  binding: DatasetBinding,
  status: Exclude<BindingStatus, 'missing'>,
  file: LoadedDataset,
): Msg {
  const { table } = binding;
  switch (status) {
    case 'ok':
      return msg(
        `标准表 ${table} 使用的文件 ${file.fileName} 与作者使用的文件指纹一致。`,
        `The canonical table ${table} uses ${file.fileName}, whose fingerprint matches the author's file.`,
      );
    case 'no-fingerprint':
      return msg(
        `标准表 ${table} 使用已加载的文件 ${file.fileName}；笔记本未记录作者文件 ${binding.file} 的指纹，无法确认是否为同一份数据。`,
        `The canonical table ${table} uses the loaded file ${file.fileName}; the notebook recorded no fingerprint of the author's file ${binding.file}, so it cannot confirm the data is the same.`,
      );
    case 'fingerprint-differs':
      return msg(
        `标准表 ${table} 已加载的文件 ${file.fileName} 与作者使用的文件 ${binding.file} 内容不同（SHA-256 指纹不一致），结果可能与作者的不同。如需复现作者的结果，请加载作者的文件。`,
        `The file ${file.fileName} loaded for the canonical table ${table} differs from the author's file ${binding.file} (the SHA-256 fingerprints differ), so results may differ from the author's. To reproduce them, load the author's file.`,
      );
    default:
      return assertNever(status, 'binding status');
  }
}
