import type { RuleDefinition } from '../rule-types';

/** The library's drug-use rules (one file each, listed here). */
export const DRUG_USE_RULES: readonly RuleDefinition[] = [];
