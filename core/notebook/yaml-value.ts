/** A value in the YAML subset notebooks use: scalars, maps and lists (no anchors, tags or flow style). */
export type YamlValue = null | boolean | number | string | readonly YamlValue[] | YamlMap;

/** A YAML map; built without a prototype so keys such as `__proto__` are plain data. */
export type YamlMap = { readonly [key: string]: YamlValue };

/** Whether `value` is a YAML map (not a list, not a scalar). */
export function isYamlMap(value: YamlValue | undefined): value is YamlMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A prototype-less empty map to fill. */
export function newYamlMap(): Record<string, YamlValue> {
  return Object.create(null) as Record<string, YamlValue>;
}

/** Whether a plain (unquoted) scalar reads as a number in this subset. */
export const NUMBER_PATTERN = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;

/** Reads a plain scalar: `null`/`~`, `true`/`false`, a decimal number, else the string itself. */
export function plainScalar(text: string): YamlValue {
  if (text === 'null' || text === '~' || text === '') return null;
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (NUMBER_PATTERN.test(text)) return Number(text);
  return text;
}
