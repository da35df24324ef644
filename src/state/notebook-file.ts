import type { AppError } from '../../core/shared/errors';
import { msg } from '../../core/shared/msg';

/** The file extension of notebooks. */
export const NOTEBOOK_EXTENSION = '.claimlens.md';

/** The largest notebook file opened (a notebook holds method, not data: 5 MB is generous). */
export const MAX_NOTEBOOK_BYTES = 5 * 1024 * 1024;

/** Where a notebook was last saved: a writable file (File System Access) or just a name (downloads). */
export interface SaveTarget {
  readonly fileName: string;
  readonly handle?: FileSystemFileHandleLike;
}

/** The part of a File System Access file handle used here. */
export interface FileSystemFileHandleLike {
  readonly name: string;
  createWritable(): Promise<{ write(data: Blob): Promise<void>; close(): Promise<void> }>;
}

/** The part of `window` used here; `showSaveFilePicker` exists in Chromium-based browsers only. */
export interface SaveHost {
  showSaveFilePicker?: (options: {
    suggestedName: string;
    types: { description: string; accept: Record<string, string[]> }[];
  }) => Promise<FileSystemFileHandleLike>;
  download(blob: Blob, fileName: string): void;
}

/** What a save did. */
export type SaveOutcome =
  | { readonly status: 'saved'; readonly target: SaveTarget }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly error: AppError };

/** Whether a file name looks like a notebook (`*.claimlens.md`, or any `.md`). */
export function isNotebookFileName(name: string): boolean {
  return /\.md$/i.test(name);
}

/** A safe file name for a notebook titled `title`. */
export function notebookFileName(title: string): string {
  const stem = title
    .split(' / ')[0]!
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\p{Cc}+/gu, ' ')
    .trim()
    .slice(0, 60);
  return `${stem || 'notebook'}${NOTEBOOK_EXTENSION}`;
}

/**
 * Saves notebook text. "Save" writes back to the file it came from when the browser gave us a writable
 * handle; otherwise, and for "Save as", it asks for a new file (the old one is left as it was), or, in
 * browsers without file access, downloads a new copy.
 */
export async function saveNotebookFile(
  text: string,
  target: SaveTarget | undefined,
  options: { readonly saveAs: boolean; readonly suggestedName: string; readonly host: SaveHost },
): Promise<SaveOutcome> {
  const blob = new Blob([text], { type: 'text/markdown;charset=utf-8' });
  try {
    let handle = options.saveAs ? undefined : target?.handle;
    if (!handle && options.host.showSaveFilePicker) {
      handle = await options.host.showSaveFilePicker({
        suggestedName: options.saveAs || !target ? options.suggestedName : target.fileName,
        types: [{ description: 'ClaimLens notebook', accept: { 'text/markdown': ['.md'] } }],
      });
    }
    if (handle) {
      const writable = await handle.createWritable();
      await writable.write(blob);
      await writable.close();
      return { status: 'saved', target: { fileName: handle.name, handle } };
    }
    const fileName = options.saveAs || !target ? options.suggestedName : target.fileName;
    options.host.download(blob, fileName);
    return { status: 'saved', target: { fileName } };
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') return { status: 'cancelled' };
    const detail = e instanceof Error ? e.message : String(e);
    return {
      status: 'failed',
      error: {
        kind: 'notebook',
        code: 'notebook.save-failed',
        message: msg(
          `保存笔记本失败：${detail}。可改用“另存为”。`,
          `Saving the notebook failed: ${detail}. Try "Save as".`,
        ),
        detail,
      },
    };
  }
}

/** Reads a notebook file the user chose, refusing files too large or not text. */
export async function readNotebookFile(file: File): Promise<{ text: string } | { error: AppError }> {
  if (file.size > MAX_NOTEBOOK_BYTES) {
    return {
      error: {
        kind: 'notebook',
        code: 'notebook.too-large',
        file: file.name,
        message: msg(
          `“${file.name}”超过 5 MB，不像是笔记本文件（笔记本只保存方法，不含数据）。`,
          `"${file.name}" is larger than 5 MB and does not look like a notebook (notebooks hold method, not data).`,
        ),
      },
    };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
    return { text };
  } catch {
    return {
      error: {
        kind: 'notebook',
        code: 'notebook.not-utf8',
        file: file.name,
        message: msg(
          `“${file.name}”不是 UTF-8 文本文件，无法作为笔记本打开。`,
          `"${file.name}" is not a UTF-8 text file and cannot be opened as a notebook.`,
        ),
      },
    };
  }
}
