import type { DatasetFingerprint } from '../../core/cells/cell-datasets';
import { KNOWLEDGE_TABLES } from '../../core/knowledge/kb-types';
import type { KnowledgeLayerInfo } from './knowledge-layer';

/**
 * The knowledge layers as audit-log fingerprints (`cellDatasets`), the same on both hosts: one entry per
 * layer, named by its id, feeding the `kb_*` tables it has rows in, with its `sha256`. A cell that reads
 * kb_restriction then logs `kb_restriction:<sha256>` for each layer that feeds it. A layer with no row
 * feeds nothing and is left out.
 */
export function knowledgeFingerprints(layers: readonly KnowledgeLayerInfo[]): DatasetFingerprint[] {
  return layers.flatMap((layer) => {
    const feeds = KNOWLEDGE_TABLES.filter((t) => layer.rows[t] > 0);
    return feeds.length > 0 ? [{ table: layer.id, sha256: layer.sha256, feeds }] : [];
  });
}
