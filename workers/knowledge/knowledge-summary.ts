import type { KnowledgeTable, RestrictionKind } from '../../core/knowledge/kb-types';
import type { KnowledgeLayerInfo } from './knowledge-layer';

/** What the knowledge base holds: rows in force per table and per restriction kind, and each layer. */
export interface KnowledgeSummary {
  /** Rows in force per table (what rules read). */
  readonly tables: Readonly<Record<KnowledgeTable, number>>;
  /** Rows in force of kb_restriction per kind (kinds with no row are absent). */
  readonly restrictionKinds: Readonly<Partial<Record<RestrictionKind, number>>>;
  /** The layers in the order they apply (later wins). */
  readonly layers: readonly KnowledgeLayerInfo[];
}
