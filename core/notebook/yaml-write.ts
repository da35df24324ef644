import { isYamlMap, plainScalar, type YamlMap, type YamlValue } from './yaml-value';

/**
 * Writes a map in the one canonical block style `parseYaml` reads back to the same value: two-space
 * indents, lists indented under their key, strings quoted (JSON-style) only when a plain scalar would
 * read differently. No trailing newline.
 */
export function writeYaml(map: YamlMap): string {
  return mapLines(map, 0).join('\n');
}

function mapLines(map: YamlMap, indent: number): string[] {
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  for (const [key, value] of Object.entries(map)) {
    const head = `${pad}${formatKey(key)}:`;
    if (isBlock(value)) lines.push(head, ...blockLines(value, indent + 2));
    else lines.push(`${head} ${formatScalar(value)}`);
  }
  return lines;
}

function listLines(list: readonly YamlValue[], indent: number): string[] {
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  for (const item of list) {
    if (isYamlMap(item) && Object.keys(item).length > 0) {
      const [first, ...rest] = mapLines(item, indent + 2);
      lines.push(`${pad}- ${(first as string).trimStart()}`, ...rest);
    } else if (isBlock(item)) lines.push(`${pad}-`, ...blockLines(item, indent + 2));
    else lines.push(`${pad}- ${formatScalar(item)}`);
  }
  return lines;
}

function blockLines(value: YamlMap | readonly YamlValue[], indent: number): string[] {
  return Array.isArray(value) ? listLines(value, indent) : mapLines(value as YamlMap, indent);
}

/** Non-empty maps and lists are written as blocks; empty ones inline as `{}` / `[]`. */
function isBlock(value: YamlValue): value is YamlMap | readonly YamlValue[] {
  if (Array.isArray(value)) return value.length > 0;
  return isYamlMap(value) && Object.keys(value).length > 0;
}

function formatScalar(value: YamlValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return '[]';
  if (isYamlMap(value)) return '{}';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean') return String(value);
  return formatString(value as string);
}

/** Keys also avoid `:` and `#`, and `...`, which ends a YAML document when a top-level key starts with it. */
function formatKey(key: string): string {
  return /[:#]|^\.\.\./.test(key) ? JSON.stringify(key) : formatString(key);
}

function formatString(text: string): string {
  const isPlainSafe =
    /^[^\s\-?:,[\]{}#&*!|>'"%@`]/.test(text) &&
    !/: |:$| #|\s$/.test(text) &&
    ![...text].some((char) => char < ' ' || char === '\x7f') &&
    plainScalar(text) === text;
  return isPlainSafe ? text : JSON.stringify(text);
}
