import type { RuleDefinition } from '../core/rules/rule-types';

/** A library rule as `claimlens rules --json` prints it: its metadata, and its SQL when asked. */
export interface RuleJson {
  readonly id: string;
  readonly name: { readonly zh: string; readonly en: string };
  readonly tier: string;
  readonly subclass: { readonly zh: string; readonly en: string };
  readonly resultType: string;
  readonly severity: string;
  readonly behaviour: { readonly zh: string; readonly en: string };
  readonly scenes: readonly string[];
  readonly window: string;
  readonly needs: {
    readonly fields: Readonly<Record<string, readonly string[]>>;
    readonly knowledge: readonly { readonly table: string; readonly kind?: string }[];
  };
  readonly parameters: RuleDefinition['parameters'];
  readonly basis: { readonly zh: string; readonly en: string };
  readonly origin: string;
  readonly sql?: string;
}

/** A rule's plain-data description (fields in a fixed order, so the output is stable). */
export function ruleToJson(rule: RuleDefinition, withSql: boolean): RuleJson {
  return {
    id: rule.id,
    name: rule.name,
    tier: rule.tier,
    subclass: rule.subclass,
    resultType: rule.resultType,
    severity: rule.severity,
    behaviour: rule.behaviour,
    scenes: rule.scenes,
    window: rule.window,
    needs: { fields: rule.needs.fields, knowledge: rule.needs.knowledge ?? [] },
    parameters: rule.parameters,
    basis: rule.basis,
    origin: rule.origin,
    ...(withSql ? { sql: rule.sql } : {}),
  };
}
