import type { KnowledgeTable } from '../knowledge/kb-types';
import type { CanonicalTable } from '../mapping/mapping-types';
import type { Msg } from '../shared/msg';

/** Something the data lacks that rules need: a canonical field, or a knowledge table (or restriction kind). */
export type ReadinessNeed =
  | { readonly kind: 'field'; readonly table: CanonicalTable; readonly field: string }
  | { readonly kind: 'table'; readonly table: CanonicalTable }
  | { readonly kind: 'knowledge'; readonly table: KnowledgeTable; readonly restrictionKind?: string };

/** One rule's readiness on the data loaded now. */
export interface RuleReadiness {
  readonly ruleId: string;
  readonly title: Msg;
  readonly status: 'ready' | 'skipped';
  /** Why it will be skipped (the same words the run gives). */
  readonly reason?: Msg;
  /** Everything it lacks (a rule can lack several things). */
  readonly lacks: readonly ReadinessNeed[];
}

/** A missing need and how many rules it alone would unlock (rules lacking nothing else). */
export interface ReadinessUnlock {
  readonly need: ReadinessNeed;
  readonly label: Msg;
  /** Rules that would become ready if this need alone were met. */
  readonly unlocks: number;
  /** Rules that lack it (some also lack other things). */
  readonly blocks: number;
  readonly ruleIds: readonly string[];
}

/** Which rules of the library will run on the data loaded now, and what would unlock the rest. */
export interface Readiness {
  readonly ready: number;
  readonly skipped: number;
  readonly rules: readonly RuleReadiness[];
  /** Sorted by `unlocks`, then `blocks`, descending. */
  readonly needs: readonly ReadinessUnlock[];
}
