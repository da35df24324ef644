import { RULE_TIERS, type RuleDefinition, type RuleTier } from '../../../core/rules/rule-types';
import type { Msg } from '../../../core/shared/msg';

/** Rules of one first-tier class and subclass, as the picker lists them. */
export interface RuleGroup {
  readonly tier: RuleTier;
  readonly subclass: Msg;
  readonly rules: readonly RuleDefinition[];
}

/**
 * The rules matching `search` (id, name, behaviour or subclass in either language; case-insensitive),
 * grouped by tier in framework order, then by subclass in the order they first appear.
 */
export function groupRules(rules: readonly RuleDefinition[], search: string): RuleGroup[] {
  const needle = search.trim().toLowerCase();
  const matches = (rule: RuleDefinition) =>
    needle === '' ||
    [
      rule.id,
      rule.name.zh,
      rule.name.en,
      rule.behaviour.zh,
      rule.behaviour.en,
      rule.subclass.zh,
      rule.subclass.en,
    ]
      .join('\n')
      .toLowerCase()
      .includes(needle);
  const groups: { tier: RuleTier; subclass: Msg; rules: RuleDefinition[] }[] = [];
  for (const tier of RULE_TIERS) {
    for (const rule of rules) {
      if (rule.tier !== tier || !matches(rule)) continue;
      const group = groups.find((g) => g.tier === tier && g.subclass.zh === rule.subclass.zh);
      if (group) group.rules.push(rule);
      else groups.push({ tier, subclass: rule.subclass, rules: [rule] });
    }
  }
  return groups;
}
