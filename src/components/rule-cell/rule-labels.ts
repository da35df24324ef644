import type { RuleScene, RuleTier, Severity } from '../../../core/rules/rule-types';
import { locale } from '../../i18n/locale';
import type { MessageId } from '../../i18n/messages';
import { t } from '../../i18n/translate';

/** The national severities (`sev_deg`), most severe first. */
export const SEVERITIES = ['明确违规', '高度可疑', '可疑'] as const satisfies readonly Severity[];

const TIER_IDS: Readonly<Record<RuleTier, MessageId>> = {
  政策类: 'rules.tier.policy',
  管理类: 'rules.tier.management',
  医疗类: 'rules.tier.medical',
};

const SEVERITY_IDS: Readonly<Record<Severity, MessageId>> = {
  明确违规: 'rules.severity.clear',
  高度可疑: 'rules.severity.high',
  可疑: 'rules.severity.suspect',
};

/** A first-tier class in the current language. */
export function tierLabel(tier: RuleTier): string {
  return t(TIER_IDS[tier]);
}

/** A care setting in the current language. */
export function sceneLabel(scene: RuleScene): string {
  return t(`rules.scene.${scene}`);
}

/** A severity in the current language (an unknown value as written). */
export function severityLabel(severity: string): string {
  const id = SEVERITY_IDS[severity as Severity] as MessageId | undefined;
  return id ? t(id) : severity;
}

/** The badge class for a severity: clear violations stand out most. */
export function severityBadge(severity: string): string {
  return severity === '明确违规'
    ? 'badge badge-danger'
    : severity === '高度可疑'
      ? 'badge badge-warn'
      : 'badge';
}

/** A text the kernel wrote in both languages as two columns: the English one when it is chosen and set. */
export function localized(zh: string, en: string | null | undefined): string {
  return locale.lang === 'en' && en ? en : zh;
}
