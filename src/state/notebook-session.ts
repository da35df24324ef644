import type { DatasetInfo } from '../../workers/api';
import type { CanonicalTable } from '../../core/mapping/mapping-types';
import { CANONICAL_TABLES } from '../../core/mapping/mapping-types';
import { bindingsFromLoaded } from '../../core/notebook/dataset-bindings';
import { updateMeta } from '../../core/notebook/notebook-edit';
import type { Notebook } from '../../core/notebook/notebook-types';
import { cellReadsTable, tablesFedBy } from '../../core/cells/cell-datasets';
import type { DraftShelf } from './draft-shelf';
import { galleryEntry } from './notebook-gallery';
import type { NotebookStore } from './notebook-store';
import { starterNotebookText } from './starter-notebook';
import type { Lang } from '../i18n/locale';
import { bilingual } from '../i18n/translate';

/** Where the first notebook of a visit came from. */
export type InitialNotebook = 'gallery' | 'restored' | 'starter';

/**
 * Opens the visit's first notebook: the shipped notebook named by `?notebook=`, else the autosaved draft
 * the tab continues (`DraftShelf.start`: its own after a reload, else one a closed tab left; with the
 * "restored" notice when it had unsaved changes), else the starter notebook.
 */
export async function openInitialNotebook(
  store: NotebookStore,
  options: { readonly search: string; readonly drafts: DraftShelf; readonly lang: Lang },
): Promise<InitialNotebook> {
  const name = new URLSearchParams(options.search).get('notebook');
  const entry = name ? galleryEntry(name) : undefined;
  if (entry) {
    await options.drafts.start({ isFresh: true });
    await store.open(entry.text, entry.fileName, 'gallery');
    return 'gallery';
  }
  if (name) store.setWarning(bilingual('nb.unknownGallery', { name }));
  const snapshot = await options.drafts.start();
  if (snapshot) {
    await store.open(snapshot.text, snapshot.fileName, 'restored', snapshot.isDirty);
    if (snapshot.isDirty) store.markRestored(snapshot.savedAt);
    return 'restored';
  }
  await store.open(starterNotebookText(options.lang), undefined, 'new');
  return 'starter';
}

/**
 * The notebook as it should be saved: its dataset bindings record, for every canonical table a cell
 * reads (a SQL cell naming it, a Rule or custom-rule cell reading the canonical tables), the file loaded
 * for it now (name and SHA-256; a table derived from another file's mapping records that source file),
 * and its mappings those of the loaded files (the demo's excepted: everyone has the demo). Bindings for
 * tables not loaded now are kept.
 */
export function notebookForSave(notebook: Notebook, datasets: readonly DatasetInfo[]): Notebook {
  const isUsed = (table: string): table is CanonicalTable =>
    (CANONICAL_TABLES as readonly string[]).includes(table) &&
    notebook.cells.some((cell) => cellReadsTable(cell, table));
  const mapped = datasets.filter((d) => d.mapping && tablesFedBy(d).some(isUsed));
  const fresh = bindingsFromLoaded(
    mapped.flatMap((d) =>
      tablesFedBy(d)
        .slice(1)
        .filter(isUsed)
        .map((table) => ({ table, fileName: d.fileName, sha256: d.sha256 })),
    ),
  );
  const freshTables = new Set<string>(fresh.map((b) => b.table));
  const kept = notebook.meta.datasets.filter((b) => !freshTables.has(b.table));
  const mappings = mapped.filter((d) => d.format !== 'demo').map((d) => d.mapping!);
  const keptMappings = notebook.meta.mappings.filter((m) => !freshTables.has(m.target));
  return updateMeta(notebook, { datasets: [...kept, ...fresh], mappings: [...keptMappings, ...mappings] });
}
