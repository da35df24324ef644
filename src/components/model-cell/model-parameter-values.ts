/**
 * A Model cell's YAML body as parameter values: read (what the form shows) and written back with only
 * the values that differ from the model's defaults. Keys the model does not declare are kept as they
 * are (the run names them in its error), never dropped.
 */
import type { ModelParameterDef } from '../../../core/models/model-types';
import type { Msg } from '../../../core/shared/msg';
import { msg } from '../../../core/shared/msg';
import { parseYaml } from '../../../core/notebook/yaml-parse';
import { isYamlMap, newYamlMap, type YamlMap, type YamlValue } from '../../../core/notebook/yaml-value';
import { writeYaml } from '../../../core/notebook/yaml-write';

/** The body read: its values by name, or the first problem with its 1-based line. */
export type ModelBodyResult =
  | { readonly ok: true; readonly values: YamlMap }
  | { readonly ok: false; readonly line: number; readonly message: Msg };

/** Reads a Model cell's body: a map of parameter name → value (empty text: every default). */
export function readModelBody(source: string): ModelBodyResult {
  const parsed = parseYaml(source);
  if (!parsed.ok)
    return {
      ok: false,
      line: parsed.line,
      message: msg(
        `第 ${parsed.column} 列：${parsed.reason.zh}`,
        `column ${parsed.column}: ${parsed.reason.en}`,
      ),
    };
  if (parsed.value === null) return { ok: true, values: newYamlMap() };
  if (!isYamlMap(parsed.value))
    return {
      ok: false,
      line: 1,
      message: msg('参数应写成“名称: 值”的键值对。', 'Parameters must be written as "name: value" pairs.'),
    };
  return { ok: true, values: parsed.value };
}

/** The value a parameter has: the body's, else its default. */
export function parameterValue(def: ModelParameterDef, values: YamlMap): YamlValue {
  return Object.hasOwn(values, def.name) ? (values[def.name] ?? null) : def.default;
}

/**
 * The body with `name` set to `value` (a number, a choice, or the text typed when it is not a number):
 * the key is removed when the value equals the parameter's default, other keys stay in their order.
 */
export function withParameter(values: YamlMap, def: ModelParameterDef, value: number | string): string {
  const next = newYamlMap();
  for (const [key, v] of Object.entries(values)) next[key] = v;
  if (value === def.default) delete next[def.name];
  else next[def.name] = value;
  return writeYaml(next);
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
export function isAcceptable(def: ModelParameterDef, value: YamlValue): boolean {
  if (def.kind === 'choice') return typeof value === 'string' && (def.choices ?? []).includes(value);
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  if (def.kind === 'integer' && !Number.isInteger(value)) return false;
  return (def.min === undefined || value >= def.min) && (def.max === undefined || value <= def.max);
}
