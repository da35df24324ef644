import { quoteIdent } from '../workers/engine/sql-quote';
import type { SqlEngine } from '../workers/engine/sql-engine';
import { KNOWLEDGE_SQL_COLUMNS } from '../workers/knowledge/kb-schema';
import type { AppError } from '../core/shared/errors';
import { msg } from '../core/shared/msg';
import type { LoadedData } from './load-data';

/**
 * Fills knowledge tables from data files named after them (`kb_restriction.csv`, as in the demo
 * dataset): the raw table's columns that the knowledge table has are appended by name, cast to its
 * types; columns it lacks stay NULL. Runs after `prepareKnowledge`, so the tables exist. Returns a
 * warning for a file that shares no column with its table.
 */
export async function fillKnowledgeFromData(
  engine: SqlEngine,
  data: readonly LoadedData[],
): Promise<AppError[]> {
  const warnings: AppError[] = [];
  for (const file of data) {
    if (!file.knowledge) continue;
    const wanted = KNOWLEDGE_SQL_COLUMNS[file.knowledge];
    const have = new Set(file.loaded.columns.map((c) => c.name));
    const shared = wanted.filter(([name]) => have.has(name));
    if (shared.length === 0) {
      warnings.push({
        kind: 'load',
        code: 'kb.no-columns',
        file: file.fileName,
        message: msg(
          `“${file.fileName}”没有知识库表 ${file.knowledge} 的任何列（${wanted.map(([n]) => n).join('、')}），未导入。`,
          `"${file.fileName}" has none of the columns of knowledge table ${file.knowledge} (${wanted.map(([n]) => n).join(', ')}); not imported.`,
        ),
      });
      continue;
    }
    const names = shared.map(([name]) => quoteIdent(name)).join(', ');
    const values = shared.map(([name, type]) => `CAST(${quoteIdent(name)} AS ${type})`).join(', ');
    await engine.exec(
      `INSERT INTO ${file.knowledge} (${names}) SELECT ${values} FROM ${quoteIdent(file.loaded.table)}`,
    );
  }
  return warnings;
}
