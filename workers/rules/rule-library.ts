import { BEHAVIOUR_RULES } from './library/list-behaviour';
import { CHARGING_RULES } from './library/list-charging';
import { DRUG_USE_RULES } from './library/list-drug-use';
import { LINE_RESTRICTION_RULES } from './library/list-line-restriction';
import type { RuleDefinition } from '../../core/rules/rule-types';

/** NHSA codes (GZ…, NHSA2025-…) sort before ClaimLens codes (CL-…). */
const rank = (rule: RuleDefinition): string => `${rule.id.startsWith('CL-') ? '1' : '0'}${rule.id}`;

/**
 * The rule library: every built-in rule, NHSA framework codes first in code order, then the rules from
 * the regulation and typical-problem lists (ClaimLens codes).
 */
export const RULE_LIBRARY: readonly RuleDefinition[] = [
  ...LINE_RESTRICTION_RULES,
  ...DRUG_USE_RULES,
  ...CHARGING_RULES,
  ...BEHAVIOUR_RULES,
].sort((a, b) => rank(a).localeCompare(rank(b)));
