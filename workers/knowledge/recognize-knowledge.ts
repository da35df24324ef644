import { KNOWLEDGE_TABLES, type KnowledgeTable } from '../../core/knowledge/kb-types';
import { matchTable } from './kb-columns';
import { isNhsaHeader } from './nhsa-columns';

/** What kind of knowledge file a file is, recognised by its name or its header. */
export type KnowledgeLayout =
  { readonly kind: 'kb'; readonly table: KnowledgeTable } | { readonly kind: 'nhsa' };

/** A knowledge table named by a file's stem: `kb_restriction.csv`, `KB_Price_Cap (2).json`. */
function tableNamed(fileName: string): KnowledgeTable | undefined {
  const stem = (fileName.split(/[\\/]/).pop() ?? fileName).replace(/\.[^.]*$/, '').toLowerCase();
  return KNOWLEDGE_TABLES.find((t) => stem === t || stem.startsWith(`${t} `) || stem.startsWith(`${t}_`));
}

/**
 * Whether a file is knowledge rather than data, wherever it was dropped: a file named after a knowledge
 * table (`kb_restriction.csv`), one whose header names exactly a knowledge table's columns (in any of
 * the accepted spellings, kb-columns.ts), or one in NHSA's knowledge-point layout (`nhsa`: a rule class,
 * the code(s), and the knowledge-point id or restriction text, nhsa-columns.ts; for JSON, `header` is
 * its records' keys). Undefined: a data file. A data file that merely shares a few column names with a
 * knowledge table is not knowledge (every column must be named).
 */
export function knowledgeLayoutOf(fileName: string, header: readonly string[]): KnowledgeLayout | undefined {
  const named = tableNamed(fileName);
  if (named) return { kind: 'kb', table: named };
  if (header.length === 0) return undefined;
  if (isNhsaHeader(header)) return { kind: 'nhsa' };
  const match = matchTable(header);
  return match.ok ? { kind: 'kb', table: match.table } : undefined;
}
