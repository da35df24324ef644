import { msg, type Msg } from '../../shared/msg';
import { parseYaml } from '../../notebook/yaml-parse';
import { isYamlMap, newYamlMap } from '../../notebook/yaml-value';
import { writeYaml } from '../../notebook/yaml-write';

/** A Model cell's parameter values as written (only those that differ from the model's defaults). */
export type ModelCellParameters = Readonly<Record<string, number | string>>;

/** The parameters read from a Model cell's body, or what is wrong (1-based line within the cell). */
export type ModelParametersResult =
  | { readonly ok: true; readonly value: ModelCellParameters }
  | { readonly ok: false; readonly line: number; readonly message: Msg };

/**
 * Reads a Model cell's body: YAML `name: value` lines, one per parameter that differs from its default
 * (numbers or text; an empty body keeps every default):
 * ```yaml
 * by: institution
 * min_people: 5
 * ```
 * Whether each name and value fits the model is checked where the model is known (the kernel). Never
 * throws.
 */
export function parseModelParameters(source: string): ModelParametersResult {
  const parsed = parseYaml(source);
  if (!parsed.ok)
    return bad(
      parsed.line,
      `YAML 第 ${parsed.column} 列有误：${parsed.reason.zh}`,
      `invalid YAML at column ${parsed.column}: ${parsed.reason.en}`,
    );
  if (parsed.value === null) return { ok: true, value: {} };
  if (!isYamlMap(parsed.value))
    return bad(
      1,
      '参数应写成“名称: 值”，每行一个。',
      'parameters must be written as "name: value", one per line.',
    );
  const values: Record<string, number | string> = {};
  for (const [name, value] of Object.entries(parsed.value)) {
    if (typeof value !== 'number' && typeof value !== 'string')
      return bad(
        lineOf(source, name),
        `参数 ${name} 应为一个数值或文本，不能是列表、键值对、布尔值或空值。`,
        `parameter ${name} must be one number or text, not a list, a map, true/false or empty.`,
      );
    values[name] = value;
  }
  return { ok: true, value: values };
}

/** Writes parameter values back as the cell's body (empty text when every default is kept). */
export function serializeModelParameters(values: ModelCellParameters): string {
  const map = newYamlMap();
  for (const [name, value] of Object.entries(values)) map[name] = value;
  return Object.keys(map).length === 0 ? '' : writeYaml(map);
}

function bad(line: number, zh: string, en: string): ModelParametersResult {
  return { ok: false, line, message: msg(zh, en) };
}

/** The 1-based line where `key:` first appears (1 when not found). */
function lineOf(source: string, key: string): number {
  const index = source.split('\n').findIndex((l) => l.trimStart().startsWith(`${key}:`));
  return index < 0 ? 1 : index + 1;
}
