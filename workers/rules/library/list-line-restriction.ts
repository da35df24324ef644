import type { RuleDefinition } from '../rule-types';
import { drugChildOnly } from './drug-child-only';

/** The library's line-restriction rules (one file each, listed here). */
export const LINE_RESTRICTION_RULES: readonly RuleDefinition[] = [drugChildOnly];
