import type { RuleDefinition } from '../rule-types';

/** The library's charging rules (one file each, listed here). */
export const CHARGING_RULES: readonly RuleDefinition[] = [];
