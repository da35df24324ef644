import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine, type NodeEngine } from '../../../node/engine/duckdb-node-engine';
import { FIELDS } from '../../../core/mapping/canonical-fields';
import { DEFAULT_NULL_SPELLINGS } from '../../../core/mapping/null-spellings';
import { fieldSql } from '../../../workers/mapping/field-sql';
import {
  parseAmountSql,
  parseDateSql,
  parseIntSql,
  parseTimestampSql,
} from '../../../workers/mapping/parse-sql';

// The fast path, checked on DuckDB's own plan rather than by timing: a clean value is read by the plain
// cast, and the rarer spellings' work (translate, regexes, strptime, lambdas) runs only for the values
// the cast left NULL. DuckDB's common-subexpression pass hoists an expression written more than once
// into a projection below, evaluated on every row; none of that work may be hoisted there.

let engine: NodeEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
  await engine.exec(`CREATE OR REPLACE TABLE fast_path AS SELECT '2024-03-01' AS x`);
});
afterAll(async () => engine.close());

interface PlanNode {
  readonly name: string;
  readonly children: readonly PlanNode[];
  readonly extra_info?: { readonly Projections?: string | readonly string[] };
}

/** The expressions of every projection in the plan, outermost first. */
async function projections(expr: string): Promise<string[][]> {
  const [row] = await engine.rows<{ explain_value: string }>(
    `EXPLAIN (FORMAT json) SELECT count(${expr}) FROM fast_path`,
  );
  const plan = JSON.parse(String(row?.explain_value)) as PlanNode[];
  const out: string[][] = [];
  const walk = (n: PlanNode) => {
    if (n.name.trim() === 'PROJECTION') {
      const p = n.extra_info?.Projections ?? [];
      out.push(typeof p === 'string' ? [p] : [...p]);
    }
    n.children.forEach(walk);
  };
  plan.forEach(walk);
  return out;
}

const slowWork = /translate|regexp_|try_strptime|list_transform|replace|lower/;

const cases: readonly (readonly [string, string, string])[] = [
  ['parseDateSql', parseDateSql('x'), 'COALESCE(TRY_CAST(x AS DATE)'],
  ['parseTimestampSql', parseTimestampSql('x'), 'COALESCE(TRY_CAST(x AS TIMESTAMP)'],
  ['parseAmountSql', parseAmountSql('x'), 'COALESCE(TRY_CAST(x AS DECIMAL(18,2))'],
  ['parseIntSql', parseIntSql('x'), 'COALESCE(TRY_CAST(x AS INTEGER)'],
];

describe('the fast path stays first', () => {
  it.each(cases)('%s: the plain cast first, nothing slow run on every row', async (_, sql, first) => {
    const [outer, ...below] = await projections(sql);
    expect(outer?.[0]?.startsWith(first)).toBe(true);
    for (const exprs of below) for (const e of exprs) expect(e).not.toMatch(slowWork);
  });

  it.each(
    [FIELDS.brdy, FIELDS.setl_time, FIELDS.medfee_sumamt, FIELDS.prd_days].map((f) => [f.name, f] as const),
  )('fieldSql with the default null spellings hoists only the null check for %s', async (_, field) => {
    const { value } = fieldSql(field, 'x', 'VARCHAR', { nulls: DEFAULT_NULL_SPELLINGS });
    const [outer, ...below] = await projections(value);
    expect(outer?.[0]).toMatch(/^COALESCE\(TRY_CAST\(/);
    for (const exprs of below) for (const e of exprs) expect(e).not.toMatch(slowWork);
    expect(below.flat().join(' ')).not.toMatch(/ IN \(/);
  });
});
