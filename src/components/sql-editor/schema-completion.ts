import type { Completion } from '@codemirror/autocomplete';
import type { SQLNamespace } from '@codemirror/lang-sql';
import type { SchemaInfo } from '../../../workers/api';

/**
 * The engine's tables and columns as CodeMirror's SQL completion namespace: each table completes with
 * its kind (table/view), each column (after `table.` or once the table is in the query) with its type.
 */
export function schemaNamespace(schema: SchemaInfo): SQLNamespace {
  const namespace: Record<string, SQLNamespace> = {};
  for (const table of schema.tables) {
    const self: Completion = {
      label: table.name,
      type: table.kind === 'view' ? 'type' : 'class',
      detail: table.kind,
    };
    const children: Completion[] = table.columns.map((c) => ({
      label: c.name,
      type: 'property',
      detail: c.type,
    }));
    namespace[table.name] = { self, children };
  }
  return namespace;
}

/**
 * Every column of every table as a top-level completion (CodeMirror's SQL completion offers columns only
 * after `table.`): typing `medf` offers `medfee_sumamt`, with its tables and type as detail.
 */
export function columnCompletions(schema: SchemaInfo): Completion[] {
  const byName = new Map<string, { tables: string[]; types: Set<string> }>();
  for (const table of schema.tables) {
    for (const column of table.columns) {
      const entry = byName.get(column.name) ?? { tables: [], types: new Set<string>() };
      entry.tables.push(table.name);
      entry.types.add(column.type);
      byName.set(column.name, entry);
    }
  }
  return [...byName].map(([name, { tables, types }]) => ({
    label: name,
    type: 'property',
    detail: `${[...types].join(' | ')} · ${tables.join(', ')}`,
    // Below keywords and table names of the same prefix.
    boost: -1,
  }));
}
