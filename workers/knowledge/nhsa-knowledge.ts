import { RESTRICTION_KINDS, type RestrictionKind } from '../../core/knowledge/kb-types';
import { gunzip } from './gunzip';
import { sha256Bytes } from './knowledge-sha256';
import type { NhsaKnowledge } from './nhsa-knowledge-format';
import type { KnowledgeRows } from './knowledge-rows';

/** The default knowledge layer as read from its asset: its rows and its provenance block. */
export interface NhsaKnowledgeLayer {
  readonly rows: KnowledgeRows;
  readonly about: NhsaKnowledge['about'];
  /**
   * Hex SHA-256 of the asset's JSON bytes, inflated: the layer's fingerprint in the audit log. Not of the
   * gzip bytes, because a static host may serve the `.gz` with `Content-Encoding: gzip` and the browser
   * then hands over the JSON; the inflated bytes are the same on every host (the CLI's too).
   */
  readonly sha256: string;
}

/**
 * Reads the shipped knowledge asset (`nhsa-knowledge.json.gz`, built by scripts/build-nhsa-knowledge.ts),
 * gzip or already inflated, into knowledge rows for `KnowledgeBase.loadNhsa`. Throws on an asset that is
 * not the expected shape: the app's own file, so a broken one is a build fault, not user input.
 */
export async function readNhsaKnowledge(bytes: Uint8Array): Promise<NhsaKnowledgeLayer> {
  const inflated = await gunzip(bytes);
  const text = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
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
  return { rows, about: json.about, sha256: await sha256Bytes(inflated) };
}
