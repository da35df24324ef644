import { quoteIdent, quoteLiteral } from '../engine/sql-quote';
import type { SqlEngine } from '../engine/sql-engine';
import { CANONICAL_MODEL } from '../../core/mapping/canonical-model';
import { findDecimalCommaColumns } from './decimal-comma';
import { constantFieldSql, fieldSql, fieldSqlType, isNumberType, isTextType } from './field-sql';
import { nullSpellings } from '../../core/mapping/null-spellings';
import { feeKeyJoin, FILLED_COLUMN } from './derive-fee-keys';
import { conflictStructs, perKeySelect } from './derive-per-key';
import { derivedKeyField, derivedRequiredFields, type SourceMapping } from './derived-mapping';
import { readFilledCounts } from './filled-counts';
import { validateConstants } from './validate-constants';
import type {
  CanonicalField,
  CanonicalTable,
  TableMapping,
  ValidationReport,
} from '../../core/mapping/mapping-types';
import { problemChecks, rawRef, valueRef, type MappedField, type ProblemCheck } from './problem-checks';
import {
  assertCanonicalTable,
  problemsTable,
  validateMappings,
  type SourceSchemas,
} from './validate-mapping';
import { readValidationReport } from './validation-report';

/** Options for {@link buildCanonical}. */
export interface BuildCanonicalOptions {
  /** Aborting interrupts the running statement. */
  readonly signal?: AbortSignal;
}

/** One source prepared for SQL: its mapped fields, constants and checks. */
interface PlannedSource {
  readonly source: string;
  readonly mapping: SourceMapping;
  /** Fields read from a column. */
  readonly mapped: readonly MappedField[];
  /** Fields set by a constant. */
  readonly constants: readonly string[];
  readonly checks: readonly ProblemCheck[];
  /** SELECT list of the staging subquery: parsed values, raw texts, _src, _row. */
  readonly staged: string;
  /**
   * SELECT list of the cleaning subquery under it: each source column read once, its null spellings
   * read as NULL (text columns), as `"c<i>"`, and `_rid` (the rowid).
   */
  readonly cleaned: string;
}

async function readSchemas(engine: SqlEngine, sources: readonly string[]): Promise<SourceSchemas> {
  const rows = await engine.rows<{ table_name: string; column_name: string; data_type: string }>(
    `SELECT c.table_name, c.column_name, c.data_type
     FROM duckdb_tables() t JOIN duckdb_columns() c USING (database_name, schema_name, table_name)
     WHERE t.database_name = current_database() AND t.schema_name = 'main'
       AND t.table_name IN (${sources.map(quoteLiteral).join(', ')})
     ORDER BY c.table_name, c.column_index`,
  );
  const schemas = new Map<string, Map<string, string>>();
  for (const r of rows) {
    const cols = schemas.get(r.table_name) ?? new Map<string, string>();
    cols.set(r.column_name, r.data_type);
    schemas.set(r.table_name, cols);
  }
  return schemas;
}

/** The text columns of a mapping that feed number fields (the ones decimal commas can corrupt). */
function numberTextColumns(
  target: CanonicalTable,
  mapping: TableMapping,
  columns: ReadonlyMap<string, string>,
): string[] {
  const found = CANONICAL_MODEL[target]
    .map((f) => (isNumberType(f.type) ? mapping.columns[f.name] : undefined))
    .filter((c): c is string => c !== undefined && isTextType(columns.get(c) ?? 'VARCHAR'));
  return [...new Set(found)];
}

function planSource(
  target: CanonicalTable,
  mapping: SourceMapping,
  columns: ReadonlyMap<string, string>,
  decimalCommaColumns: ReadonlySet<string>,
): PlannedSource {
  const mapped = CANONICAL_MODEL[target]
    .filter((f) => mapping.columns[f.name] !== undefined)
    .map((field) => {
      const column = mapping.columns[field.name] ?? '';
      return { field, column, isDecimalCommaColumn: decimalCommaColumns.has(column) };
    });
  // Null spellings are applied once per source column in a cleaning subquery: the parse expressions
  // repeat their input many times, and an IN list per repetition cost 14× on the demo's settlements.
  const nulls = nullSpellings(mapping);
  const used = [...new Set(mapped.map((m) => m.column))];
  const alias = new Map(used.map((c, i) => [c, `c${i}`]));
  // Only short values can be a spelling: strlen (bytes, O(1)) lets the long ones (codes, names, times)
  // skip the trim and the IN list. A spelling padded with more than 32 spaces is not recognised.
  const longest = Math.max(0, ...nulls.map((n) => new TextEncoder().encode(n.trim()).length)) + 32;
  const cleaned = used.map((column) => {
    const sourceType = columns.get(column) ?? 'VARCHAR';
    const col = quoteIdent(column);
    const read = isTextType(sourceType)
      ? `CASE WHEN strlen(${col}) > ${longest} THEN ${col} ELSE ${fieldSql(TEXT_FIELD, column, sourceType, { nulls }).raw} END`
      : col;
    return `${read} AS ${quoteIdent(alias.get(column) ?? '')}`;
  });
  cleaned.push('rowid AS _rid');
  const staged = mapped.flatMap(({ field, column, isDecimalCommaColumn }) => {
    const sourceType = columns.get(column) ?? 'VARCHAR';
    const sql = fieldSql(field, alias.get(column) ?? '', sourceType, { isDecimalCommaColumn });
    return [`${sql.value} AS ${valueRef(field.name)}`, `${sql.raw} AS ${rawRef(field.name)}`];
  });
  const constants = CANONICAL_MODEL[target].filter((f) => mapping.constants?.[f.name] !== undefined);
  for (const field of constants) {
    const sql = constantFieldSql(field, mapping.constants?.[field.name] ?? '');
    staged.push(`${sql.value} AS ${valueRef(field.name)}`);
  }
  staged.push(`${quoteLiteral(mapping.source)} AS _src`, '_rid + 1 AS _row');
  return {
    source: mapping.source,
    mapping,
    mapped,
    constants: constants.map((f) => f.name),
    checks: problemChecks(target, mapped),
    staged: staged.join(', '),
    cleaned: cleaned.join(', '),
  };
}

/** A text field with no normalisation of its own: reading a column as it gives the column's cleaned text. */
const TEXT_FIELD: CanonicalField = { name: 'text', zh: '文本', en: 'text', type: 'text', synonyms: [] };

/** The staged rows of a plan's source (optionally only the rows `where` selects, on `rowid`). */
function staged(plan: PlannedSource, where = ''): string {
  return `(SELECT ${plan.staged} FROM (SELECT ${plan.cleaned} FROM ${quoteIdent(plan.source)}${where ? ` WHERE ${where}` : ''}))`;
}

/** The staged value of `field` in a plan's rows, or undefined when the source neither maps nor sets it. */
function ownValue(plan: PlannedSource, field: string): string | undefined {
  const has = plan.mapped.some((m) => m.field.name === field) || plan.constants.includes(field);
  return has ? valueRef(field) : undefined;
}

/**
 * The rows of one source, typed and flagged: one scan, each value parsed once (in the subquery). Every
 * canonical column is present (NULL, typed, when unmapped). With `derive` (fee lines over a built
 * setl), empty keys are taken from the settlement in the same statement and `_filled` records which.
 */
function tableSelect(
  plan: PlannedSource,
  fields: readonly CanonicalField[],
  fee: 'no' | 'own' | 'derive',
): string {
  const keys = fee === 'derive' ? feeKeyJoin((f) => ownValue(plan, f)) : undefined;
  const values = fields.map((f) => {
    const value = keys ? keys.value(f.name) : ownValue(plan, f.name);
    return `${value ?? `CAST(NULL AS ${fieldSqlType(f.type)})`} AS ${quoteIdent(f.name)}`;
  });
  const flagged = plan.checks.length
    ? plan.checks.map((c) => `COALESCE(${c.condition}, false)`).join(' OR ')
    : 'false';
  const filled = fee === 'no' ? '' : `, ${keys?.filled ?? 'CAST(0 AS USMALLINT)'} AS ${FILLED_COLUMN}`;
  return `SELECT ${values.join(', ')}, _src, _row, (${flagged}) AS _flagged${filled}
    FROM ${staged(plan)} s ${keys?.joins ?? ''}`;
}

/**
 * The problem rows of one source. Only rows the table scan flagged are re-read (a semi-join on rowid),
 * so the strings are parsed a second time for the few problem rows only: 0.12 s instead of 1.4 s for a
 * second full scan on 1 M fee lines (Node, DuckDB-WASM). Each flagged row yields one struct per failed
 * check, unnested into rows.
 */
function problemsSelect(target: CanonicalTable, plan: PlannedSource): string {
  const structs = plan.checks.map(
    (c) =>
      `CASE WHEN ${c.condition} THEN {'field': ${quoteLiteral(c.field)}, 'column_name': ${quoteLiteral(c.column)}, ` +
      `'kind': ${quoteLiteral(c.kind)}, 'value': CAST(${c.value} AS VARCHAR)} END`,
  );
  const flaggedRows = `SELECT _row - 1 FROM ${quoteIdent(target)} WHERE _flagged AND _src = ${quoteLiteral(plan.source)}`;
  return `SELECT _src, _row, p.field, p.column_name, p.kind, p.value FROM (
      SELECT _src, _row, unnest(list_filter([${structs.join(', ')}], x -> x IS NOT NULL)) AS p
      FROM ${staged(plan, `rowid IN (${flaggedRows})`)})`;
}

/**
 * The problem rows of the derived (`also`) sources: the usual checks and `conflicting_value`, over the
 * rows of each key the source feeds whose kept row is flagged.
 */
function derivedProblemsSelect(target: CanonicalTable, plan: PlannedSource, derivedSources: string): string {
  const key = derivedKeyField(target, plan.mapping) ?? '';
  const required = derivedRequiredFields(target, plan.mapping)
    .map((f) => `s.${valueRef(f)} IS NOT NULL`)
    .join(' AND ');
  const structs = [
    ...plan.checks.map(
      (c) =>
        `CASE WHEN ${c.condition} THEN {'field': ${quoteLiteral(c.field)}, 'column_name': ${quoteLiteral(c.column)}, ` +
        `'kind': ${quoteLiteral(c.kind)}, 'value': CAST(${c.value} AS VARCHAR)} END`,
    ),
    ...conflictStructs(plan.mapped, key),
  ];
  return `SELECT _src, _row, p.field, p.column_name, p.kind, p.value FROM (
      SELECT s._src, s._row, unnest(list_filter([${structs.join(', ')}], x -> x IS NOT NULL)) AS p
      FROM ${staged(plan)} s
      JOIN ${quoteIdent(target)} t ON s.${valueRef(key)} = t.${quoteIdent(key)}
      WHERE ${required} AND t._flagged AND t._src IN (${derivedSources}))`;
}

/** Whether the built canonical `setl` table exists (fee lines take their empty keys from it). */
async function hasSetl(engine: SqlEngine): Promise<boolean> {
  const rows = await engine.rows<{ n: number }>(
    `SELECT count(*)::INTEGER AS n FROM duckdb_tables()
     WHERE database_name = current_database() AND schema_name = 'main' AND table_name = 'setl'`,
  );
  return (rows[0]?.n ?? 0) > 0;
}

/** The CREATE TABLE statement of `target`: direct sources UNION ALL'd, then derived rows per key. */
function createTableSql(
  target: CanonicalTable,
  fields: readonly CanonicalField[],
  direct: readonly PlannedSource[],
  derived: readonly PlannedSource[],
  fee: 'no' | 'own' | 'derive',
): string {
  const directSql = direct.map((p) => tableSelect(p, fields, fee)).join('\nUNION ALL\n');
  if (derived.length === 0) return `CREATE OR REPLACE TABLE ${quoteIdent(target)} AS ${directSql}`;
  const first = derived[0]?.mapping ?? { source: '', target, columns: {} };
  const key = derivedKeyField(target, first) ?? '';
  const rows = derived.map((p) => ({
    select: tableSelect(p, fields, 'no'),
    required: derivedRequiredFields(target, p.mapping),
  }));
  if (direct.length === 0) {
    return `CREATE OR REPLACE TABLE ${quoteIdent(target)} AS ${perKeySelect(fields, key, rows, undefined)}`;
  }
  return `CREATE OR REPLACE TABLE ${quoteIdent(target)} AS
    WITH direct AS MATERIALIZED (${directSql})
    SELECT * FROM direct UNION ALL ${perKeySelect(fields, key, rows, 'SELECT * FROM direct')}`;
}

/**
 * Builds canonical table `target` from one or more mapped raw tables (e.g. monthly extracts, UNION ALL'd)
 * and returns its validation report. Materialises:
 * - `"<target>"`: every canonical field of the table, typed, NULL when no source maps it (text trimmed,
 *   the mapping's null spellings read as empty; dates, amounts, gend and medins_lv parsed and normalised
 *   by parse-sql.ts; numbers in a column holding decimal commas that cannot be read without guessing
 *   left NULL, decimal-comma.ts, found by one scan per source first; constants read as their field's
 *   type), plus `_src` (source table), `_row` (1-based data row in the source file) and `_flagged` (the
 *   row has at least one problem). Problem rows are kept, never dropped.
 * - fee only: lines whose setl_id, mdtrt_id, psn_no, fixmedins_code, bilg_dr_code or fee_ocur_time is
 *   empty take it from their settlement in the built `setl` table (derive-fee-keys.ts), in the same
 *   statement; `_filled` (a bitmask over FEE_KEY_DERIVATIONS) records which, and the report counts them.
 * - derived (`also`) sources: one row per key (derive-per-key.ts); keys a direct source has are its
 *   rows alone; rows of one key that disagree are reported as `conflicting_value`.
 * - `"_problems_<target>"(_src, _row, field, column_name, kind, value)`: one row per problem.
 * The mapping is validated first (validate-mapping.ts, validate-constants.ts): a bad one throws
 * AppErrorException before any table is touched. A failure or abort while building the table leaves the
 * previous tables as they were; one after it (while collecting problems) drops both, so no half-built
 * pair is left behind.
 */
export async function buildCanonical(
  engine: SqlEngine,
  target: CanonicalTable,
  mappings: readonly SourceMapping[],
  options: BuildCanonicalOptions = {},
): Promise<ValidationReport> {
  assertCanonicalTable(target);
  const { signal } = options;
  const sources = [...new Set(mappings.map((m) => m.source))];
  const schemas = sources.length ? await readSchemas(engine, sources) : new Map();
  validateMappings(target, mappings, schemas);
  await validateConstants(engine, target, mappings);
  const plans: PlannedSource[] = [];
  for (const m of mappings) {
    signal?.throwIfAborted();
    const columns = schemas.get(m.source) ?? new Map<string, string>();
    const commas = await findDecimalCommaColumns(engine, m.source, numberTextColumns(target, m, columns));
    plans.push(planSource(target, m, columns, new Set(commas)));
  }
  const fields = CANONICAL_MODEL[target];
  const direct = plans.filter((p) => !p.mapping.derived);
  const derived = plans.filter((p) => p.mapping.derived);
  const fee = target !== 'fee' ? 'no' : (await hasSetl(engine)) ? 'derive' : 'own';

  signal?.throwIfAborted();
  await engine.exec(createTableSql(target, fields, direct, derived, fee), { signal });
  const problems = quoteIdent(problemsTable(target));
  try {
    signal?.throwIfAborted();
    await engine.exec(
      `CREATE OR REPLACE TABLE ${problems} (_src VARCHAR, _row BIGINT, field VARCHAR, column_name VARCHAR, kind VARCHAR, value VARCHAR)`,
    );
    const derivedSources = derived.map((p) => quoteLiteral(p.source)).join(', ');
    const selects = [
      ...direct.filter((p) => p.checks.length > 0).map((p) => problemsSelect(target, p)),
      ...derived.map((p) => derivedProblemsSelect(target, p, derivedSources)),
    ];
    if (selects.length) {
      await engine.exec(`INSERT INTO ${problems} ${selects.join('\nUNION ALL\n')}`, { signal });
    }
    signal?.throwIfAborted();
  } catch (e) {
    // The new table is in place but its problems are not: drop both rather than leave a table whose
    // flags point at stale or missing problem rows.
    await engine.exec(`DROP TABLE IF EXISTS ${problems}`);
    await engine.exec(`DROP TABLE IF EXISTS ${quoteIdent(target)}`);
    throw e;
  }
  const report = await readValidationReport(engine, target, sources);
  const filled = await readFilledCounts(engine, target, plans, fee === 'derive');
  return filled.length ? { ...report, filled } : report;
}
