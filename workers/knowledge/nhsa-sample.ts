import sample from './nhsa-sample.json';
import { RESTRICTION_KINDS, type RestrictionKind } from '../../core/knowledge/kb-types';
import type { KnowledgeRows } from './knowledge-rows';
import { invariant } from '../../core/shared/invariant';

/**
 * The shipped NHSA sample (nhsa-sample.json, built by scripts/build-nhsa-sample.ts) as knowledge rows,
 * ready for `KnowledgeBase.loadSample`. Its `about` block says where it comes from and on what terms.
 */
export function nhsaSampleRows(): KnowledgeRows {
  for (const row of sample.kb_restriction) {
    invariant((RESTRICTION_KINDS as readonly string[]).includes(row.kind), `nhsa sample kind ${row.kind}`);
  }
  return {
    kb_restriction: sample.kb_restriction.map((r) => ({ ...r, kind: r.kind as RestrictionKind })),
    kb_exclusive_pair: sample.kb_exclusive_pair.map((r) => ({ ...r, window: r.window as 'visit' | 'day' })),
    kb_frequency: sample.kb_frequency,
  };
}

/** The sample's provenance block (publisher, intermediary, notice, generator). */
export const NHSA_SAMPLE_PROVENANCE = sample.about;
