import type { RuleDefinition, RuleScene, RuleTier } from './rule-types';

/** Which rules a Rule cell runs. */
export type RulePackSelection =
  | { readonly kind: 'all' }
  | { readonly kind: 'tier'; readonly tier: RuleTier }
  | { readonly kind: 'scene'; readonly scene: RuleScene }
  | { readonly kind: 'custom'; readonly rules: readonly string[] };

/**
 * The rules of a pack, in library order (custom rules of the notebook last), less `exclude`. `all`,
 * `tier` and `scene` packs include the notebook's custom rules that match; a `custom` pack lists ids.
 */
export function selectRules(
  library: readonly RuleDefinition[],
  pack: RulePackSelection,
  exclude: readonly string[] = [],
): RuleDefinition[] {
  const excluded = new Set(exclude);
  const chosen = library.filter((rule) => {
    switch (pack.kind) {
      case 'all':
        return true;
      case 'tier':
        return rule.tier === pack.tier;
      case 'scene':
        return rule.scenes.includes(pack.scene);
      case 'custom':
        return pack.rules.includes(rule.id);
    }
  });
  return chosen.filter((rule) => !excluded.has(rule.id));
}
