import type { RuleParameterDef, RuleParameterValue } from '../../../core/rules/rule-types';
import type { Msg } from '../../../core/shared/msg';
import { bilingual } from '../../i18n/translate';
import type { RuleCellSettings } from '../../../core/notebook/rule-settings';

/** The most characters a text parameter takes (the kernel refuses longer ones). */
export const MAX_TEXT_PARAMETER = 2000;

/** A typed parameter value, or why it cannot be used. */
export type ParameterCheck =
  { readonly ok: true; readonly value: RuleParameterValue } | { readonly ok: false; readonly message: Msg };

/**
 * Reads what the user typed for `def` with the kernel's rules: numbers finite, whole for integers, within
 * the inclusive bounds; text at most `MAX_TEXT_PARAMETER` characters.
 */
export function checkParameter(def: RuleParameterDef, text: string): ParameterCheck {
  if (def.kind === 'text')
    return text.length > MAX_TEXT_PARAMETER
      ? { ok: false, message: bilingual('rules.param.tooLong', { max: MAX_TEXT_PARAMETER }) }
      : { ok: true, value: text };
  const value = text.trim() === '' ? Number.NaN : Number(text.trim());
  if (!Number.isFinite(value)) return { ok: false, message: bilingual('rules.param.notNumber') };
  if (def.kind === 'integer' && !Number.isInteger(value))
    return { ok: false, message: bilingual('rules.param.notInteger') };
  const isTooSmall = def.min !== undefined && value < def.min;
  const isTooLarge = def.max !== undefined && value > def.max;
  if (isTooSmall || isTooLarge) {
    if (def.min !== undefined && def.max !== undefined)
      return { ok: false, message: bilingual('rules.param.range', { min: def.min, max: def.max }) };
    return def.min !== undefined
      ? { ok: false, message: bilingual('rules.param.min', { min: def.min }) }
      : { ok: false, message: bilingual('rules.param.max', { max: def.max ?? 0 }) };
  }
  return { ok: true, value };
}

/**
 * Parameter values with one changed: a value equal to the default (or `undefined`) is removed, so the
 * settings hold only what differs from the defaults; a rule left with no values is removed too.
 */
export function withParameter(
  values: RuleCellSettings['parameters'],
  ruleId: string,
  def: RuleParameterDef,
  value: RuleParameterValue | undefined,
): RuleCellSettings['parameters'] {
  const own: Record<string, RuleParameterValue> = { ...(values[ruleId] ?? {}) };
  if (value === undefined || value === def.default) delete own[def.name];
  else own[def.name] = value;
  const next: Record<string, Readonly<Record<string, RuleParameterValue>>> = { ...values };
  if (Object.keys(own).length > 0) next[ruleId] = own;
  else delete next[ruleId];
  return next;
}
