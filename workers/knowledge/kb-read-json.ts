import type { AppError, Result } from '../../core/shared/errors';
import { fail, ok } from '../../core/shared/errors';
import { msg } from '../../core/shared/msg';
import { columnOf, matchTable } from './kb-columns';
import type { KbFileRows } from './kb-file-rows';
import { fileError, kbError, unknownTable, wrongColumns } from './kb-import-errors';
import type { RawRecord } from './kb-row-check';
import { KNOWLEDGE_COLUMNS, KNOWLEDGE_TABLES, type KnowledgeTable } from '../../core/knowledge/kb-types';

/**
 * Reads a JSON knowledge file: an array of objects (the table is the one their keys name), or
 * `{ "table": "kb_…", "rows": [ … ] }`. Row n is the n-th array item (1-based).
 */
export function readKnowledgeJson(text: string, file: string): Result<KbFileRows> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return fail({
      ...fileError(
        'kb.json',
        file,
        msg(`“${file}”不是有效的 JSON：${detail}`, `"${file}" is not valid JSON: ${detail}`),
      ),
      detail,
    });
  }
  let named: string | undefined;
  let items: unknown = json;
  if (json !== null && typeof json === 'object' && !Array.isArray(json)) {
    const { table, rows } = json as { table?: unknown; rows?: unknown };
    named = typeof table === 'string' ? table : undefined;
    if (named === undefined || !(KNOWLEDGE_TABLES as readonly string[]).includes(named)) {
      return fail(unknownTable(file, String(table)));
    }
    items = rows;
  }
  if (!Array.isArray(items) || items.length === 0) {
    return fail(
      fileError(
        'kb.json-shape',
        file,
        msg(
          `“${file}”应为对象数组，或 {"table": "kb_…", "rows": [对象…]}，且至少有一行。`,
          `"${file}" must be an array of objects, or {"table": "kb_…", "rows": [objects…]}, with at least one row.`,
        ),
      ),
    );
  }
  const errors: AppError[] = [];
  const objects: { row: number; value: Record<string, unknown> }[] = [];
  items.forEach((value, i) => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      objects.push({ row: i + 1, value: value as Record<string, unknown> });
    } else {
      errors.push(
        kbError(
          'kb.json-row',
          { file, row: i + 1 },
          msg(
            `第 ${i + 1} 项不是对象：每行应为 {"列名": 值, …}。`,
            `Item ${i + 1} is not an object: each row is {"column": value, …}.`,
          ),
        ),
      );
    }
  });
  const keys = [...new Set(objects.flatMap((o) => Object.keys(o.value)))];
  const match = matchTable(keys);
  if (!match.ok)
    return fail(wrongColumns(file, match.closest, match.missing, match.unknown, match.duplicate));
  if (named !== undefined && named !== match.table) {
    const expected = KNOWLEDGE_COLUMNS[named as KnowledgeTable];
    const columns = keys.map(columnOf);
    const missing = expected.filter((c) => !columns.includes(c));
    const unknown = keys.filter((_, i) => !expected.includes(columns[i] ?? ''));
    return fail(wrongColumns(file, named as KnowledgeTable, missing, unknown, []));
  }
  const records: RawRecord[] = objects.map(({ row, value }) => ({
    row,
    values: new Map(Object.entries(value).map(([k, v]) => [columnOf(k) ?? k, v])),
  }));
  return ok({ table: match.table, records, errors, rowsRead: items.length });
}
