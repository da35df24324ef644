import type { RuleDefinition } from '../rule-types';
import { splitAdmission } from './split-admission';

/** The library's behaviour rules (one file each, listed here). */
export const BEHAVIOUR_RULES: readonly RuleDefinition[] = [splitAdmission];
