/**
 * A Model cell's YAML body as parameter values: read (what the form shows) and written back with only
 * the values that differ from the model's defaults. Keys the model does not declare are kept as they
 * are (the run names them in its error), never dropped.
 */
import type { ModelParameterDef } from '../../../core/models/model-types';
import type { Msg } from '../../../core/shared/msg';
import {
  parseModelParameters,
  serializeModelParameters,
  type ModelCellParameters,
} from '../../../core/cells/model/model-parameters-text';

/** The body read: its values by name, or the first problem with its 1-based line. */
export type ModelBodyResult =
  | { readonly ok: true; readonly values: ModelCellParameters }
  | { readonly ok: false; readonly line: number; readonly message: Msg };

/**
 * Reads a Model cell's body as the run does (`parseModelParameters`): a map of parameter name → number
 * or text (empty text: every default).
 */
export function readModelBody(source: string): ModelBodyResult {
  const parsed = parseModelParameters(source);
  return parsed.ok
    ? { ok: true, values: parsed.value }
    : { ok: false, line: parsed.line, message: parsed.message };
}

/** The value a parameter has: the body's, else its default. */
export function parameterValue(def: ModelParameterDef, values: ModelCellParameters): number | string {
  return Object.hasOwn(values, def.name) ? (values[def.name] ?? def.default) : def.default;
}

/** The names the body sets that the model does not declare (the run refuses them), in body order. */
export function undeclared(values: ModelCellParameters, parameters: readonly ModelParameterDef[]): string[] {
  const declared = new Set(parameters.map((p) => p.name));
  return Object.keys(values).filter((name) => !declared.has(name));
}

/**
 * The body with `name` set to `value` (a number, a choice, or the text typed when it is not a number):
 * the key is removed when the value equals the parameter's default, other keys stay in their order.
 */
export function withParameter(
  values: ModelCellParameters,
  def: ModelParameterDef,
  value: number | string,
): string {
  const next: Record<string, number | string> = { ...values };
  if (value === def.default) delete next[def.name];
  else next[def.name] = value;
  return serializeModelParameters(next);
}

/**
 * What a typed number field means for `def`: a finite number, or the text as typed (the run then refuses
 * it with its bilingual error; nothing is coerced here).
 */
export function typedValue(def: ModelParameterDef, text: string): number | string {
  const trimmed = text.trim();
  if (def.kind === 'choice' || trimmed === '') return trimmed;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : trimmed;
}

/** Whether `value` is acceptable for `def` (kind, integer, bounds, choices), as the run will check. */
export function isAcceptable(def: ModelParameterDef, value: number | string): boolean {
  if (def.kind === 'choice') return typeof value === 'string' && (def.choices ?? []).includes(value);
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  if (def.kind === 'integer' && !Number.isInteger(value)) return false;
  return (def.min === undefined || value >= def.min) && (def.max === undefined || value <= def.max);
}
