import { selectRules } from '../../../core/rules/rule-pack';
import {
  RULE_SCENES,
  ruleId,
  type RuleDefinition,
  type RuleParameterDef,
  type RuleScene,
  type Severity,
} from '../../../core/rules/rule-types';
import type { Msg } from '../../../core/shared/msg';
import { bilingual } from '../../i18n/translate';
import type { RuleCellSettings } from '../../../core/notebook/rule-settings';

/**
 * A custom rule of the notebook as a Rule cell lists it. `id` and `name` are enough; a whole
 * `CustomRuleSpec` fits and also gives the scenes (for scene packs) and the parameters (for the editor).
 */
export interface NotebookCustomRule {
  readonly id: string;
  readonly name: Msg;
  readonly severity?: Severity;
  readonly scenes?: readonly RuleScene[];
  readonly parameters?: readonly RuleParameterDef[];
}

/**
 * Every rule a Rule cell can pick: the library, then the notebook's custom rules filed the way the
 * kernel files them (管理类, "notebook custom rules", every scene unless they say otherwise), so pack
 * counts here match what runs.
 */
export function pickableRules(
  library: readonly RuleDefinition[],
  customRules: readonly NotebookCustomRule[],
): RuleDefinition[] {
  const taken = new Set<string>(library.map((rule) => rule.id));
  const custom = customRules
    .filter((rule) => !taken.has(rule.id))
    .map((rule): RuleDefinition => ({
      id: ruleId(rule.id),
      name: rule.name,
      tier: '管理类',
      subclass: bilingual('rules.customSubclass'),
      resultType: rule.severity === '明确违规' ? '明确违规' : '可疑',
      severity: rule.severity ?? '可疑',
      behaviour: bilingual('rules.customSubclass'),
      scenes: rule.scenes ?? RULE_SCENES,
      window: 'period',
      needs: { fields: {} },
      parameters: rule.parameters ?? [],
      basis: bilingual('rules.customSubclass'),
      origin: 'custom',
      sql: '',
    }));
  return [...library, ...custom];
}

/** The rules a cell's settings run, in run order. */
export function packRules(rules: readonly RuleDefinition[], settings: RuleCellSettings): RuleDefinition[] {
  return selectRules(rules, settings.pack, settings.exclude);
}
