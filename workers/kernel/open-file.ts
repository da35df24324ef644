import type { DatasetInfo, LoadOptions, OpenOutcome, ProgressCallback, Result } from '../api';
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import { knowledgeLayoutOf } from '../knowledge/recognize-knowledge';
import { ok } from '../../core/shared/errors';
import { readHeader } from './read-header';

/** What opening a file needs from the kernel. */
export interface OpenFileDeps {
  readonly knowledge: () => Promise<KnowledgeBase>;
  /** Loads a data file as a user's dataset. */
  readonly load: (
    file: File,
    options: LoadOptions,
    onProgress?: ProgressCallback,
  ) => Promise<Result<DatasetInfo>>;
  /** Takes the generated (demo or workshop) data out; true when there was any. */
  readonly takeDemoOut: () => Promise<Result<boolean>>;
}

/**
 * Opens a file a user picked or dropped. A knowledge file — JSON (the loaders read no JSON data), or a
 * file named after a knowledge table, or one whose header names a knowledge table's columns
 * (recognize-knowledge.ts) — is imported into the knowledge base and never becomes a data table. Any
 * other file loads as a dataset; once it has loaded, generated data (the demo) is taken out, so the
 * user's tables hold the user's rows alone.
 */
export async function openFile(
  deps: OpenFileDeps,
  file: File,
  options: LoadOptions,
  onProgress?: ProgressCallback,
): Promise<Result<OpenOutcome>> {
  if (await isKnowledgeFile(file)) {
    const kb = await deps.knowledge();
    const report = await kb.importFile(file.name, new Uint8Array(await file.arrayBuffer()));
    return ok({ kind: 'knowledge', report });
  }
  const loaded = await deps.load(file, options, onProgress);
  if (!loaded.ok) return loaded;
  const out = await deps.takeDemoOut();
  if (!out.ok) return out;
  return ok({ kind: 'dataset', dataset: loaded.value, demoRemoved: out.value });
}

/** Whether a file is knowledge rather than data (by extension, name or header). */
export async function isKnowledgeFile(file: File): Promise<boolean> {
  if (file.name.toLowerCase().endsWith('.json')) return true;
  return knowledgeLayoutOf(file.name, await readHeader(file, file.name)) !== undefined;
}
