import {
  CANONICAL_TABLES,
  type CanonicalTable,
  type DerivedMapping,
  type TableMapping,
} from '../mapping/mapping-types';
import { isYamlMap, newYamlMap, type YamlMap, type YamlValue } from './yaml-value';

/**
 * One mapping as YAML, the same in a notebook's front matter (`mappings:`) and in a mapping file the
 * CLI writes (`claimlens map --out`):
 *
 * ```yaml
 * - source: raw_结算主表
 *   target: setl
 *   columns: { setl_id: 结算流水号, mdtrt_id: 结算流水号, psn_no: 个人编号 }
 *   constants: { med_type: '21' }
 *   nulls: [NA, '-', 空]
 *   also:
 *     - target: psn
 *       columns: { psn_no: 个人编号, gend: 性别, brdy: 出生日期 }
 * ```
 * Absent `constants`, `nulls` and `also` are left out, so older notebooks read and write unchanged.
 */
export function mappingEntryYaml(m: TableMapping): YamlMap {
  const entry = newYamlMap();
  entry.source = m.source;
  entry.target = m.target;
  entry.columns = { ...m.columns };
  if (m.constants && Object.keys(m.constants).length > 0) entry.constants = { ...m.constants };
  if (m.nulls) entry.nulls = [...m.nulls];
  if (m.also && m.also.length > 0) entry.also = m.also.map(derivedYaml);
  return entry;
}

function derivedYaml(d: DerivedMapping): YamlMap {
  const entry = newYamlMap();
  entry.target = d.target;
  entry.columns = { ...d.columns };
  if (d.constants && Object.keys(d.constants).length > 0) entry.constants = { ...d.constants };
  return entry;
}

/** Reads one mapping entry; a string says what is wrong with it (in English, for the caller's message). */
export function readMappingEntry(item: YamlMap): TableMapping | string {
  const { source, target } = item;
  if (typeof source !== 'string' || source === '') return 'source must be a table name';
  if (!isTable(target)) return 'target must be a canonical table';
  const columns = textMap(item.columns, 'columns');
  if (typeof columns === 'string') return columns;
  const constants = item.constants === undefined ? undefined : textMap(item.constants, 'constants');
  if (typeof constants === 'string') return constants;
  const nulls = item.nulls === undefined ? undefined : textList(item.nulls);
  if (typeof nulls === 'string') return nulls;
  const also = item.also === undefined ? undefined : readAlso(item.also);
  if (typeof also === 'string') return also;
  return {
    source,
    target,
    columns,
    ...(constants && { constants }),
    ...(nulls && { nulls }),
    ...(also && { also }),
  };
}

function readAlso(value: YamlValue): DerivedMapping[] | string {
  if (!Array.isArray(value)) return 'also must be a list';
  const list: DerivedMapping[] = [];
  for (const item of value as readonly YamlValue[]) {
    if (!isYamlMap(item)) return 'each item of also must be a map';
    if (!isTable(item.target)) return 'also: target must be a canonical table';
    const columns = textMap(item.columns, 'also: columns');
    if (typeof columns === 'string') return columns;
    const constants = item.constants === undefined ? undefined : textMap(item.constants, 'also: constants');
    if (typeof constants === 'string') return constants;
    list.push({ target: item.target, columns, ...(constants && { constants }) });
  }
  return list;
}

function isTable(value: YamlValue | undefined): value is CanonicalTable {
  return typeof value === 'string' && (CANONICAL_TABLES as readonly string[]).includes(value);
}

/** A map of texts; a number (a constant written `med_type: 21`) reads as its decimal text. */
function textMap(value: YamlValue | undefined, key: string): Record<string, string> | string {
  if (!isYamlMap(value)) return `${key} must be a map`;
  const out: Record<string, string> = {};
  for (const [name, v] of Object.entries(value)) {
    if (typeof v === 'string') out[name] = v;
    else if (typeof v === 'number') out[name] = String(v);
    else return `${key}: each value must be text`;
  }
  return out;
}

/** A list of spellings; a plain `null` or number item reads as its text (the spelling `null`, `0`). */
function textList(value: YamlValue): string[] | string {
  if (!Array.isArray(value)) return 'nulls must be a list';
  const out: string[] = [];
  for (const v of value as readonly YamlValue[]) {
    if (typeof v === 'string') out.push(v);
    else if (v === null) out.push('null');
    else if (typeof v === 'number') out.push(String(v));
    else return 'nulls: each item must be text';
  }
  return out;
}
