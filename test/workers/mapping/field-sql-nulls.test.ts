import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine, type NodeEngine } from '../../../node/engine/duckdb-node-engine';
import { quoteLiteral } from '../../../workers/engine/sql-quote';
import { FIELDS } from '../../../core/mapping/canonical-fields';
import { DEFAULT_NULL_SPELLINGS, nullSpellings } from '../../../core/mapping/null-spellings';
import type { CanonicalField } from '../../../core/mapping/mapping-types';
import { constantFieldSql, fieldSql, type FieldSqlOptions } from '../../../workers/mapping/field-sql';
import { problemChecks, rawRef, valueRef } from '../../../workers/mapping/problem-checks';

// A mapping's null spellings on the real DuckDB-WASM engine: every field type, the validation checks,
// and a mapping's own list replacing the default.

let engine: NodeEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
});
afterAll(async () => engine.close());

/** One field read from text cells: the typed value (as text) and the problem kinds its checks raise. */
interface Read {
  readonly value: string | null;
  readonly problems: string[];
}

/**
 * Reads each input as `field` through fieldSql, and runs the validation checks (problem-checks.ts) over
 * the staged value and raw text, as build-canonical stages them.
 */
async function read(
  field: CanonicalField,
  inputs: readonly (string | null)[],
  options: FieldSqlOptions,
): Promise<Read[]> {
  const sql = fieldSql(field, 'x', 'VARCHAR', options);
  const checks = problemChecks('setl', [{ field, column: 'x' }]).filter((c) => c.kind !== 'missing_key');
  const flags = checks.length
    ? `list_filter([${checks.map((c) => `CASE WHEN ${c.condition} THEN ${quoteLiteral(c.kind)} END`).join(', ')}], k -> k IS NOT NULL)`
    : `CAST([] AS VARCHAR[])`;
  const values = inputs.map((v, i) => `(${i}, ${v === null ? 'NULL' : quoteLiteral(v)})`).join(', ');
  const rows = await engine.rows<{ value: string | null; problems: string }>(
    `SELECT CAST(${valueRef(field.name)} AS VARCHAR) AS value, array_to_string(${flags}, ',') AS problems
     FROM (SELECT i, ${sql.value} AS ${valueRef(field.name)}, ${sql.raw} AS ${rawRef(field.name)}
           FROM (VALUES ${values}) t(i, x)) ORDER BY i`,
  );
  return rows.map((r) => ({ value: r.value, problems: r.problems ? r.problems.split(',') : [] }));
}

const defaults: FieldSqlOptions = { nulls: DEFAULT_NULL_SPELLINGS };

/** The default spellings as an export writes them: other cases, padded, full-width spaces. */
const spelled = [
  ...DEFAULT_NULL_SPELLINGS,
  'na',
  'n/a',
  'Null',
  'null',
  'NONE',
  'none',
  'nan',
  '#n/a',
  ' NA ',
  '\u3000空\u3000',
  ' - ',
];

/** One field of every type, the two normalised text fields included. */
const everyType = [
  FIELDS.psn_name,
  FIELDS.gend,
  FIELDS.medins_lv,
  FIELDS.brdy,
  FIELDS.setl_time,
  FIELDS.medfee_sumamt,
  FIELDS.cnt,
  FIELDS.prd_days,
];

describe('null spellings', () => {
  it('lists the spellings issue 13 names', () => {
    for (const s of ['NA', 'N/A', 'NULL', 'None', '-', '—', '空', '无'])
      expect(DEFAULT_NULL_SPELLINGS).toContain(s);
    expect(nullSpellings({})).toBe(DEFAULT_NULL_SPELLINGS);
    expect(nullSpellings({ nulls: ['缺失'] })).toEqual(['缺失']);
  });

  it.each(everyType.map((f) => [f.name, f] as const))(
    'reads every default spelling as empty in %s, with no problem raised',
    async (_, field) => {
      const got = await read(field, spelled, defaults);
      expect(got).toEqual(spelled.map(() => ({ value: null, problems: [] })));
    },
  );

  it('keeps negative amounts and dashed text while a lone dash is empty', async () => {
    expect(await read(FIELDS.medfee_sumamt, ['-1.50', '-', '—', '-¥3', '--', '- 2', '-x'], defaults)).toEqual(
      [
        { value: '-1.50', problems: ['negative_amount'] },
        { value: null, problems: [] },
        { value: null, problems: [] },
        { value: '-3.00', problems: ['negative_amount'] },
        { value: null, problems: [] },
        { value: '-2.00', problems: ['negative_amount'] },
        { value: null, problems: ['non_numeric_amount'] },
      ],
    );
    expect(await read(FIELDS.psn_name, ['-', 'A-B', '无锡', '空调', 'NA张'], defaults)).toEqual([
      { value: null, problems: [] },
      { value: 'A-B', problems: [] },
      { value: '无锡', problems: [] },
      { value: '空调', problems: [] },
      { value: 'NA张', problems: [] },
    ]);
  });

  it('still reports a value that is neither a number nor a null spelling', async () => {
    expect(await read(FIELDS.brdy, ['NA', 'garbage', '3/1/2024', '1980-05-01'], defaults)).toEqual([
      { value: null, problems: [] },
      { value: null, problems: ['unparseable_date'] },
      { value: null, problems: ['unparseable_date'] },
      { value: '1980-05-01', problems: [] },
    ]);
  });

  it("uses a mapping's own list instead of the default one", async () => {
    const own: FieldSqlOptions = { nulls: ['缺失', 'unknown'] };
    expect(await read(FIELDS.death_date, ['缺失', 'UNKNOWN', 'NA', '-', '2024-03-01'], own)).toEqual([
      { value: null, problems: [] },
      { value: null, problems: [] },
      { value: null, problems: ['unparseable_date'] },
      { value: null, problems: ['unparseable_date'] },
      { value: '2024-03-01', problems: [] },
    ]);
    expect(await read(FIELDS.psn_name, ['NA', 'None', '缺失'], own)).toEqual([
      { value: 'NA', problems: [] },
      { value: 'None', problems: [] },
      { value: null, problems: [] },
    ]);
  });

  it('reads a listed spelling that starts with a digit as empty too (a sentinel date or code)', async () => {
    const own: FieldSqlOptions = { nulls: ['1900-01-01', '0', 'NA'] };
    expect(await read(FIELDS.brdy, ['1900-01-01', ' 1900-01-01 ', '1900-01-02', 'na'], own)).toEqual([
      { value: null, problems: [] },
      { value: null, problems: [] },
      { value: '1900-01-02', problems: [] },
      { value: null, problems: [] },
    ]);
    expect(await read(FIELDS.medfee_sumamt, ['0', ' 0 ', '0.00', '10'], own)).toEqual([
      { value: null, problems: [] },
      { value: null, problems: [] },
      { value: '0.00', problems: [] },
      { value: '10.00', problems: [] },
    ]);
  });

  it('reads only blanks and database null tokens as empty with an empty list or none', async () => {
    for (const options of [{ nulls: [] }, {}] satisfies FieldSqlOptions[]) {
      expect(await read(FIELDS.medfee_sumamt, ['NA', '-', '', '  ', 'NULL', '\\N', null], options)).toEqual([
        { value: null, problems: ['non_numeric_amount'] },
        { value: null, problems: ['non_numeric_amount'] },
        { value: null, problems: [] },
        { value: null, problems: [] },
        { value: null, problems: [] },
        { value: null, problems: [] },
        { value: null, problems: [] },
      ]);
    }
  });
});

describe('constantFieldSql', () => {
  it('reads a constant as its field type, spellings included', async () => {
    const rows = await engine.rows<Record<string, string | null>>(
      `SELECT CAST(${constantFieldSql(FIELDS.med_type, ' 21 ').value} AS VARCHAR) AS med_type,
              CAST(${constantFieldSql(FIELDS.medfee_sumamt, '￥１，２００').value} AS VARCHAR) AS amount,
              CAST(${constantFieldSql(FIELDS.setl_time, '45352.5').value} AS VARCHAR) AS setl_time,
              CAST(${constantFieldSql(FIELDS.medins_lv, '三甲').value} AS VARCHAR) AS medins_lv`,
    );
    expect(rows).toEqual([
      { med_type: '21', amount: '1200.00', setl_time: '2024-03-01 12:00:00', medins_lv: '3' },
    ]);
  });
});
