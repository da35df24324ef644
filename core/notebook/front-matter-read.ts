import { CANONICAL_TABLES, type CanonicalTable } from '../mapping/mapping-types';
import { msg, type Msg } from '../shared/msg';
import { PARAMETER_KINDS, isValidName, type ParameterKind, type ParameterSpec } from './cell-types';
import type { DatasetBinding, NotebookMeta } from './notebook-types';
import { readMappingEntry } from './mapping-entry';
import { isYamlMap, type YamlMap, type YamlValue } from './yaml-value';

/** What the front matter says, read field by field; each unusable field is skipped with an issue. */
export interface FrontMatter {
  readonly meta: NotebookMeta;
  /** Parameter name → kind and value, in the order written. */
  readonly parameters: ReadonlyMap<string, ParameterSpec>;
  readonly issues: readonly Msg[];
}

const KNOWN_KEYS = ['title', 'author', 'description', 'language', 'datasets', 'mappings', 'parameters'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the parsed YAML of a front matter into notebook metadata and parameter definitions. */
export function readFrontMatter(value: YamlValue): FrontMatter {
  const issues: Msg[] = [];
  const root: YamlMap = isYamlMap(value) ? value : {};
  if (value !== null && !isYamlMap(value))
    issues.push(msg('前置元数据应为键值映射。', 'Front matter must be a map of keys.'));
  for (const key of Object.keys(root)) {
    if (!KNOWN_KEYS.includes(key))
      issues.push(msg(`未知字段“${key}”已忽略。`, `Unknown key "${key}" ignored.`));
  }
  const text = (key: string): string | undefined => {
    const field = root[key];
    if (field === undefined || field === null) return undefined;
    if (typeof field === 'string') return field;
    issues.push(msg(`字段“${key}”应为文本。`, `Key "${key}" must be text.`));
    return undefined;
  };
  const title = text('title') ?? '';
  const author = text('author');
  const description = text('description');
  const language = text('language');
  const meta: NotebookMeta = {
    title,
    ...(author !== undefined && { author }),
    ...(description !== undefined && { description }),
    ...(language !== undefined && { language }),
    datasets: listOf(root.datasets, 'datasets', readDataset, issues),
    mappings: listOf(root.mappings, 'mappings', readMappingEntry, issues),
  };
  return { meta, parameters: readParameters(root.parameters, issues), issues };
}

function listOf<T>(
  value: YamlValue | undefined,
  key: string,
  read: (item: YamlMap) => T | string,
  issues: Msg[],
): T[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    issues.push(msg(`字段“${key}”应为列表。`, `Key "${key}" must be a list.`));
    return [];
  }
  const items: T[] = [];
  value.forEach((item: YamlValue, index: number) => {
    const result = isYamlMap(item) ? read(item) : 'not a map';
    if (typeof result === 'string') {
      issues.push(
        msg(
          `“${key}”第 ${index + 1} 项无效（${result}），已忽略。`,
          `Item ${index + 1} of "${key}" is invalid (${result}); ignored.`,
        ),
      );
    } else items.push(result);
  });
  return items;
}

function isTable(value: YamlValue | undefined): value is CanonicalTable {
  return typeof value === 'string' && (CANONICAL_TABLES as readonly string[]).includes(value);
}

function readDataset(item: YamlMap): DatasetBinding | string {
  const { table, file, sha256 } = item;
  if (!isTable(table)) return 'table must be a canonical table';
  if (typeof file !== 'string' || file === '') return 'file must be a file name';
  if (sha256 === undefined) return { table, file };
  if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256))
    return 'sha256 must be 64 lower-case hex digits';
  return { table, file, sha256 };
}

function readParameters(value: YamlValue | undefined, issues: Msg[]): Map<string, ParameterSpec> {
  const parameters = new Map<string, ParameterSpec>();
  if (value === undefined || value === null) return parameters;
  if (!isYamlMap(value)) {
    issues.push(msg('字段“parameters”应为映射。', 'Key "parameters" must be a map.'));
    return parameters;
  }
  for (const [name, definition] of Object.entries(value)) {
    const spec = isValidName(name) && isYamlMap(definition) ? readSpec(definition) : undefined;
    if (spec) parameters.set(name, spec);
    else
      issues.push(
        msg(`参数“${name}”的定义无效，已忽略。`, `Parameter "${name}" has an invalid definition; ignored.`),
      );
  }
  return parameters;
}

function readSpec(definition: YamlMap): ParameterSpec | undefined {
  const { kind, value, choices } = definition;
  if (!(PARAMETER_KINDS as readonly YamlValue[]).includes(kind ?? null)) return undefined;
  switch (kind as ParameterKind) {
    case 'date-range':
      if (!isYamlMap(value)) return undefined;
      if (typeof value.start !== 'string' || typeof value.end !== 'string') return undefined;
      if (!DATE.test(value.start) || !DATE.test(value.end)) return undefined;
      return { kind: 'date-range', value: { start: value.start, end: value.end } };
    case 'number':
      return typeof value === 'number' ? { kind: 'number', value } : undefined;
    case 'text':
      return typeof value === 'string' ? { kind: 'text', value } : undefined;
    case 'choice': {
      if (!Array.isArray(choices) || !choices.every((c: YamlValue) => typeof c === 'string'))
        return undefined;
      const list = choices as string[];
      return typeof value === 'string' && list.includes(value)
        ? { kind: 'choice', value, choices: list }
        : undefined;
    }
  }
}
