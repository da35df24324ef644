import { selectRules, type RulePackSelection } from '../../../core/rules/rule-pack';
import { RULE_SCENES, RULE_TIERS, type RuleDefinition } from '../../../core/rules/rule-types';
import type { RuleCellSettings } from '../../../core/notebook/rule-settings';

/** How a pack is chosen. */
export type PackMode = RulePackSelection['kind'];

/** The pack modes in the order the picker offers them. */
export const PACK_MODES = ['all', 'tier', 'scene', 'custom'] as const satisfies readonly PackMode[];

/**
 * Settings with another pack mode. Switching to `custom` starts from the rules the current pack runs
 * (so nothing changes until the user edits the list); leaving `custom` drops its exclusions.
 */
export function withMode(
  settings: RuleCellSettings,
  mode: PackMode,
  rules: readonly RuleDefinition[],
): RuleCellSettings {
  const { pack } = settings;
  const exclude = pack.kind === 'custom' ? [] : settings.exclude;
  switch (mode) {
    case 'all':
      return { ...settings, pack: { kind: 'all' }, exclude };
    case 'tier':
      return {
        ...settings,
        pack: { kind: 'tier', tier: pack.kind === 'tier' ? pack.tier : RULE_TIERS[0] },
        exclude,
      };
    case 'scene':
      return {
        ...settings,
        pack: { kind: 'scene', scene: pack.kind === 'scene' ? pack.scene : RULE_SCENES[0] },
        exclude,
      };
    case 'custom': {
      const chosen = selectRules(rules, pack, settings.exclude).map((rule) => rule.id as string);
      return { ...settings, pack: { kind: 'custom', rules: chosen }, exclude: [] };
    }
  }
}

/**
 * Settings with rules ticked or unticked: in a `custom` pack that adds them to or removes them from the
 * list; in the other packs unticking excludes them and ticking takes them back.
 */
export function withRulesChecked(
  settings: RuleCellSettings,
  ids: readonly string[],
  isChecked: boolean,
): RuleCellSettings {
  const { pack } = settings;
  if (pack.kind === 'custom') {
    const rest = pack.rules.filter((id) => !ids.includes(id));
    return { ...settings, pack: { kind: 'custom', rules: isChecked ? [...rest, ...ids] : rest } };
  }
  const rest = settings.exclude.filter((id) => !ids.includes(id));
  return { ...settings, exclude: isChecked ? rest : [...rest, ...ids] };
}

/** Whether a rule listed by the picker is ticked (it runs). */
export function isRuleChecked(settings: RuleCellSettings, id: string): boolean {
  return settings.pack.kind === 'custom' ? settings.pack.rules.includes(id) : !settings.exclude.includes(id);
}

/** The rules the picker lists: all of them for a `custom` pack, else the pack's own (ticked or not). */
export function listedRules(rules: readonly RuleDefinition[], settings: RuleCellSettings): RuleDefinition[] {
  return settings.pack.kind === 'custom' ? [...rules] : selectRules(rules, settings.pack);
}
