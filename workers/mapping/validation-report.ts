import { quoteIdent } from '../engine/sql-quote';
import type { SqlEngine } from '../engine/sql-engine';
import { CANONICAL_MODEL } from '../../core/mapping/canonical-model';
import type {
  CanonicalTable,
  ProblemKind,
  ProblemSummary,
  ValidationReport,
} from '../../core/mapping/mapping-types';
import { PROBLEM_KINDS } from './problem-checks';
import { problemsTable } from './validate-mapping';

/** How many example rows a problem summary carries. */
export const EXAMPLES_PER_PROBLEM = 5;

interface ExampleRow extends Record<string, unknown> {
  kind: ProblemKind;
  field: string;
  column_name: string;
  n: number;
  src: string;
  row: number;
  value: string | null;
}

/**
 * Reads the validation report of a built canonical table: rows read and flagged from the table, and per
 * (kind, field, source column) the problem count with the first few rows (by source, then row) from
 * `_problems_<target>`. Two small aggregate queries; `min_by(…, n)` keeps the examples without sorting
 * every problem row.
 */
export async function readValidationReport(
  engine: SqlEngine,
  target: CanonicalTable,
  sources: readonly string[],
): Promise<ValidationReport> {
  const [totals] = await engine.rows<{ n: number; flagged: number }>(
    `SELECT count(*) AS n, count(*) FILTER (WHERE _flagged) AS flagged FROM ${quoteIdent(target)}`,
  );
  const rows = await engine.rows<ExampleRow>(
    `WITH g AS (
      SELECT kind, field, column_name, count(*) AS n,
        min_by({'src': _src, 'row': _row, 'value': value}, {'src': _src, 'row': _row}, ${EXAMPLES_PER_PROBLEM}) AS ex
      FROM ${quoteIdent(problemsTable(target))} GROUP BY kind, field, column_name)
    SELECT kind, field, column_name, n, e.src AS src, e.row AS row, e.value AS value
    FROM (SELECT kind, field, column_name, n, unnest(ex) AS e FROM g)`,
  );
  const byKey = new Map<
    string,
    { summary: ProblemSummary; examples: ProblemSummary['examples'][number][] }
  >();
  for (const r of rows) {
    const key = `${r.kind}\u0000${r.field}\u0000${r.column_name}`;
    let entry = byKey.get(key);
    if (!entry) {
      const examples: ProblemSummary['examples'][number][] = [];
      entry = {
        summary: { kind: r.kind, field: r.field, column: r.column_name, count: r.n, examples },
        examples,
      };
      byKey.set(key, entry);
    }
    entry.examples.push({ row: r.row, value: r.value, source: r.src });
  }
  const fieldOrder = CANONICAL_MODEL[target].map((f) => f.name);
  const problems = [...byKey.values()]
    .map(({ summary, examples }) => {
      examples.sort((a, b) =>
        a.source === b.source ? a.row - b.row : (a.source ?? '') < (b.source ?? '') ? -1 : 1,
      );
      return summary;
    })
    .sort(
      (a, b) =>
        PROBLEM_KINDS.indexOf(a.kind) - PROBLEM_KINDS.indexOf(b.kind) ||
        fieldOrder.indexOf(a.field) - fieldOrder.indexOf(b.field) ||
        a.column.localeCompare(b.column),
    );
  return {
    target,
    sources,
    rowsRead: totals?.n ?? 0,
    rowsWithProblems: totals?.flagged ?? 0,
    problems,
  };
}
