import { RESTRICTION_KINDS, type RestrictionKind } from '../../core/knowledge/kb-types';
import { gunzip } from './gunzip';
import type { NhsaKnowledge } from './nhsa-knowledge-format';
import type { KnowledgeRows } from './knowledge-rows';

/** The default knowledge layer as read from its asset: its rows and its provenance block. */
export interface NhsaKnowledgeLayer {
  readonly rows: KnowledgeRows;
  readonly about: NhsaKnowledge['about'];
}

/**
 * Reads the shipped knowledge asset (`nhsa-knowledge.json.gz`, built by scripts/build-nhsa-knowledge.ts),
 * gzip or already inflated, into knowledge rows for `KnowledgeBase.loadNhsa`. Throws on an asset that is
 * not the expected shape: the app's own file, so a broken one is a build fault, not user input.
 */
export async function readNhsaKnowledge(bytes: Uint8Array): Promise<NhsaKnowledgeLayer> {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(await gunzip(bytes));
  const json = JSON.parse(text) as Partial<NhsaKnowledge> | null;
  if (!json || typeof json !== 'object' || !json.about)
    throw new Error('nhsa knowledge asset: no about block');
  for (const table of ['kb_restriction', 'kb_exclusive_pair', 'kb_frequency'] as const) {
    if (!Array.isArray(json[table])) throw new Error(`nhsa knowledge asset: ${table} is not an array`);
  }
  const kinds = new Set<string>(RESTRICTION_KINDS);
  for (const row of json.kb_restriction ?? []) {
    if (!kinds.has(row.kind)) throw new Error(`nhsa knowledge asset: unknown kind ${row.kind}`);
  }
  const rows: KnowledgeRows = {
    kb_restriction: (json.kb_restriction ?? []).map((r) => ({ ...r, kind: r.kind as RestrictionKind })),
    kb_exclusive_pair: json.kb_exclusive_pair ?? [],
    kb_frequency: json.kb_frequency ?? [],
  };
  return { rows, about: json.about };
}
