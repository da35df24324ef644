import { CANONICAL_MODEL, canonicalField } from '../core/mapping/canonical-model';
import {
  CANONICAL_TABLES,
  type CanonicalTable,
  type DerivedMapping,
  type TableMapping,
} from '../core/mapping/mapping-types';
import { DEFAULT_NULL_SPELLINGS } from '../core/mapping/null-spellings';
import { parseYaml } from '../core/notebook/yaml-parse';
import { isYamlMap, newYamlMap, type YamlMap, type YamlValue } from '../core/notebook/yaml-value';
import { writeYaml } from '../core/notebook/yaml-write';
import { msg, type Msg } from '../core/shared/msg';
import type { CliProblem } from './cli-io';

/**
 * An editable mapping file (`claimlens map --out mapping.yaml`, read by `run --mapping`): one entry per
 * data file, named by its file name (`source`), with the canonical table it builds (`target`), canonical
 * field → source column (`columns`), field → constant text (`constants`), the spellings read as empty
 * (`nulls`) and the further tables the same file builds (`also`).
 */
export interface MappingFileEntry {
  /** The mapping, with `source` = the data file's name (not a raw table). */
  readonly mapping: TableMapping;
  /** 1-based line of the entry (`- source: …`) in the mapping file. */
  readonly line: number;
}

/** A mapping file read and checked against the canonical model (not yet against the data files). */
export interface MappingFile {
  readonly path: string;
  readonly text: string;
  readonly entries: readonly MappingFileEntry[];
}

const HEADER = `# ClaimLens 列映射 / column mapping
# 由 claimlens map 生成，可直接编辑；用 claimlens run NOTEBOOK --data FILE… --mapping 本文件 应用。
# Written by claimlens map; edit freely, then apply with claimlens run NOTEBOOK --data FILE… --mapping this-file.
# source: 数据文件名 / data file name; target: 规范表 / canonical table
# columns: 规范字段: 源列 / canonical field: source column (one column may feed several fields)
# constants: 规范字段: 常量 / canonical field: constant for every row (e.g. med_type: "21" for stays)
# nulls: 读作空值的写法 / spellings read as empty; also: 同一文件另建的表 / further tables from the file
`;

/**
 * The mapping file text for `mappings` (each `source` a data file name): the header comment, then one
 * entry per file; `nulls` is written out in full (the defaults when the mapping has none) so it can be
 * edited. `readMappingFile` reads it back to the same mappings.
 */
export function mappingFileText(mappings: readonly TableMapping[]): string {
  const root = newYamlMap();
  root['mappings'] = mappings.map((m) => {
    const entry = newYamlMap();
    entry['source'] = m.source;
    entry['target'] = m.target;
    entry['columns'] = textMap(m.columns);
    if (m.constants && Object.keys(m.constants).length > 0) entry['constants'] = textMap(m.constants);
    entry['nulls'] = [...(m.nulls ?? DEFAULT_NULL_SPELLINGS)];
    if (m.also && m.also.length > 0)
      entry['also'] = m.also.map((d) => {
        const also = newYamlMap();
        also['target'] = d.target;
        also['columns'] = textMap(d.columns);
        if (d.constants && Object.keys(d.constants).length > 0) also['constants'] = textMap(d.constants);
        return also;
      });
    return entry;
  });
  return `${HEADER}${writeYaml(root)}\n`;
}

function textMap(record: Readonly<Record<string, string>>): YamlMap {
  const map = newYamlMap();
  for (const [k, v] of Object.entries(record)) map[k] = v;
  return map;
}

/** The outcome of reading a mapping file. */
export type MappingFileRead =
  { readonly ok: true; readonly file: MappingFile } | { readonly ok: false; readonly problem: CliProblem };

/**
 * Reads a mapping file's text: YAML (the notebook's subset), a `mappings` list whose entries name a
 * file, a canonical table, and only fields of that table. The first problem refuses the file, naming
 * the file, the line and the field.
 */
export function readMappingFile(text: string, path: string): MappingFileRead {
  const parsed = parseYaml(text);
  if (!parsed.ok)
    return refuse(
      path,
      parsed.line,
      msg(`YAML 无法读取：${parsed.reason.zh}`, `unreadable YAML: ${parsed.reason.en}`),
    );
  const root = parsed.value;
  const list = isYamlMap(root) ? root['mappings'] : undefined;
  if (!Array.isArray(list) || list.length === 0)
    return refuse(
      path,
      1,
      msg('应有一个非空的 mappings 列表。', 'the file must hold a non-empty "mappings" list.'),
    );
  const lines = text.split(/\r?\n/);
  const starts = entryLines(lines);
  const entries: MappingFileEntry[] = [];
  const seen = new Set<string>();
  for (const [index, item] of (list as readonly YamlValue[]).entries()) {
    const line = starts[index] ?? 1;
    const end = starts[index + 1] ?? lines.length + 1;
    const at = (key: string) => lineOf(lines, line, end, key);
    if (!isYamlMap(item))
      return refuse(path, line, msg(`第 ${index + 1} 项应为键值映射。`, `entry ${index + 1} must be a map.`));
    const source = item['source'];
    if (typeof source !== 'string' || source === '')
      return refuse(path, line, msg('source 应为数据文件名。', 'source must be a data file name.'), 'source');
    if (seen.has(source))
      return refuse(
        path,
        line,
        msg(`文件“${source}”出现了两次。`, `the file "${source}" is listed twice.`),
        'source',
      );
    seen.add(source);
    const read = readTableMapping(item, at);
    if ('problem' in read) return refuse(path, read.line, read.problem, read.field);
    const nulls = item['nulls'];
    if (nulls !== undefined && !(Array.isArray(nulls) && nulls.every((n) => typeof n === 'string')))
      return refuse(path, at('nulls'), msg('nulls 应为文本列表。', 'nulls must be a list of text.'), 'nulls');
    const alsoValue = item['also'];
    const also: DerivedMapping[] = [];
    if (alsoValue !== undefined) {
      if (!Array.isArray(alsoValue))
        return refuse(path, at('also'), msg('also 应为列表。', 'also must be a list.'), 'also');
      let from = at('also');
      for (const d of alsoValue as readonly YamlValue[]) {
        const dLine = lineOf(lines, from, end, 'target');
        from = dLine + 1;
        if (!isYamlMap(d))
          return refuse(
            path,
            dLine,
            msg('also 的每项应为键值映射。', 'each item of also must be a map.'),
            'also',
          );
        const derived = readTableMapping(d, (key) => lineOf(lines, dLine, end, key));
        if ('problem' in derived) return refuse(path, derived.line, derived.problem, derived.field);
        also.push(derived);
      }
    }
    entries.push({
      line,
      mapping: {
        source,
        ...read,
        ...(nulls !== undefined ? { nulls: nulls as string[] } : {}),
        ...(also.length > 0 ? { also } : {}),
      },
    });
  }
  return { ok: true, file: { path, text, entries } };
}

type TableRead =
  | {
      readonly target: CanonicalTable;
      readonly columns: Record<string, string>;
      readonly constants?: Record<string, string>;
    }
  | { readonly problem: Msg; readonly line: number; readonly field?: string };

/** Reads `target`, `columns` and `constants` of an entry (or of one of its `also` tables). */
function readTableMapping(item: YamlMap, at: (key: string) => number): TableRead {
  const target = item['target'];
  if (typeof target !== 'string' || !(CANONICAL_TABLES as readonly string[]).includes(target))
    return {
      line: at('target'),
      field: 'target',
      problem: msg(
        `target“${String(target)}”不是规范表：应为 ${CANONICAL_TABLES.join('、')} 之一。`,
        `target "${String(target)}" is not a canonical table: use one of ${CANONICAL_TABLES.join(', ')}.`,
      ),
    };
  const table = target as CanonicalTable;
  const readColumns = fieldMap(item['columns'], table, 'columns', at);
  if ('problem' in readColumns) return readColumns;
  const readConstants: FieldMapRead =
    item['constants'] === undefined ? { map: {} } : fieldMap(item['constants'], table, 'constants', at);
  if ('problem' in readConstants) return readConstants;
  const columns = readColumns.map;
  const constants = readConstants.map;
  for (const field of Object.keys(constants))
    if (field in columns)
      return {
        line: at(field),
        field,
        problem: msg(
          `字段 ${table}.${field} 同时有列和常量：只能保留一个。`,
          `the field ${table}.${field} has both a column and a constant: keep one.`,
        ),
      };
  return { target: table, columns, ...(Object.keys(constants).length > 0 ? { constants } : {}) };
}

type FieldMapRead =
  | { readonly map: Record<string, string> }
  | { readonly problem: Msg; readonly line: number; readonly field?: string };

/** A `columns` or `constants` map: fields of `table` → text (a number written plainly counts as text). */
function fieldMap(
  value: YamlValue | undefined,
  table: CanonicalTable,
  key: 'columns' | 'constants',
  at: (key: string) => number,
): FieldMapRead {
  if (value === undefined && key === 'columns') return { map: {} };
  if (!isYamlMap(value))
    return {
      line: at(key),
      field: key,
      problem: msg(`${key} 应为“字段: 值”的映射。`, `${key} must be a map of field: value.`),
    };
  const out: Record<string, string> = {};
  for (const [field, v] of Object.entries(value)) {
    if (!canonicalField(table, field))
      return {
        line: at(field),
        field,
        problem: msg(
          `${table} 表没有字段“${field}”：可用字段为 ${CANONICAL_MODEL[table].map((f) => f.name).join('、')}。`,
          `the ${table} table has no field "${field}": its fields are ${CANONICAL_MODEL[table].map((f) => f.name).join(', ')}.`,
        ),
      };
    if (typeof v === 'number') out[field] = String(v);
    else if (typeof v === 'string' && v !== '') out[field] = v;
    else
      return {
        line: at(field),
        field,
        problem:
          key === 'columns'
            ? msg(
                `字段 ${table}.${field} 的源列应为列名。`,
                `the source column of ${table}.${field} must be a column name.`,
              )
            : msg(
                `字段 ${table}.${field} 的常量应为文本。`,
                `the constant of ${table}.${field} must be text.`,
              ),
      };
  }
  return { map: out };
}

/**
 * Checks a mapping file's entry against the data file it names: every source column must be one of
 * the file's columns. Returns the problem naming the mapping file, the line, the field and the column.
 */
export function checkEntryFits(
  file: MappingFile,
  entry: MappingFileEntry,
  columns: readonly string[],
): CliProblem | undefined {
  const have = new Set(columns);
  const lines = file.text.split(/\r?\n/);
  const index = file.entries.indexOf(entry);
  const end = file.entries[index + 1]?.line ?? lines.length + 1;
  const tables = [entry.mapping, ...(entry.mapping.also ?? [])];
  for (const m of tables) {
    for (const [field, column] of Object.entries(m.columns)) {
      if (have.has(column)) continue;
      return {
        code: 'mapping.column-missing',
        file: file.path,
        message: msg(
          `映射文件 ${file.path} 第 ${lineOf(lines, entry.line, end, field)} 行：字段 ${m.target}.${field} 的源列“${column}”不在数据文件“${entry.mapping.source}”中；该文件的列为 ${columns.join('、')}。请改正映射文件后重新运行。`,
          `mapping file ${file.path} line ${lineOf(lines, entry.line, end, field)}: the source column "${column}" of ${m.target}.${field} is not in the data file "${entry.mapping.source}"; its columns are ${columns.join(', ')}. Correct the mapping file and run again.`,
        ),
      };
    }
  }
  return undefined;
}

/** The 1-based lines where each `- ` entry of the top-level `mappings` list starts. */
function entryLines(lines: readonly string[]): number[] {
  const starts: number[] = [];
  let indent: number | undefined;
  let inList = false;
  lines.forEach((text, i) => {
    if (/^mappings\s*:/.test(text)) {
      inList = true;
      return;
    }
    if (!inList) return;
    const m = /^(\s*)- /.exec(text);
    if (!m) return;
    const width = (m[1] ?? '').length;
    indent ??= width;
    if (width === indent) starts.push(i + 1);
  });
  return starts;
}

/** The first line in [from, to) where `key:` is written (as `key:`, `- key:` or quoted); else `from`. */
function lineOf(lines: readonly string[], from: number, to: number, key: string): number {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^\\s*(- )?("${escaped}"|'${escaped}'|${escaped})\\s*:`);
  for (let i = from; i < to && i <= lines.length; i++) if (pattern.test(lines[i - 1] ?? '')) return i;
  return from;
}

function refuse(path: string, line: number, reason: Msg, field?: string): MappingFileRead {
  const where = field === undefined ? '' : `（${field}）`;
  const whereEn = field === undefined ? '' : ` (${field})`;
  return {
    ok: false,
    problem: {
      code: 'mapping.file',
      file: path,
      message: msg(
        `映射文件 ${path} 第 ${line} 行${where}：${reason.zh}`,
        `mapping file ${path} line ${line}${whereEn}: ${reason.en}`,
      ),
    },
  };
}
