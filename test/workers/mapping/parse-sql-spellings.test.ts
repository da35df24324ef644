import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine, type NodeEngine } from '../../../node/engine/duckdb-node-engine';
import { applySql } from './apply-sql';
import { findDecimalCommaColumns } from '../../../workers/mapping/decimal-comma';
import {
  normalizeGendSql,
  normalizeMedinsLvSql,
  parseAmountSql,
  parseDateSql,
  parseDecimalSql,
  parseIntSql,
  parseTimestampSql,
} from '../../../workers/mapping/parse-sql';

// The spellings seen in real extracts (issue 13, item 5), each parsed on the real DuckDB-WASM engine.

let engine: NodeEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
});
afterAll(async () => engine.close());

const apply = (build: (x: string) => string, inputs: readonly (string | null)[]) =>
  applySql(engine, build, inputs);

/** Pairs each input with its parsed value, so a failure names the input. */
async function table(
  build: (x: string) => string,
  cases: readonly (readonly [string | null, string | null])[],
): Promise<void> {
  const got = await apply(
    build,
    cases.map(([input]) => input),
  );
  expect(cases.map(([input], i) => [input, got[i]])).toEqual(cases.map(([input, want]) => [input, want]));
}

describe('dates: full-width digits and punctuation', () => {
  it('reads full-width dates and times in every layout', async () => {
    await table(parseTimestampSql, [
      ['２０２４－０３－０１', '2024-03-01 00:00:00'],
      ['２０２４／３／１', '2024-03-01 00:00:00'],
      ['２０２４年３月１日', '2024-03-01 00:00:00'],
      ['２０２４０３０１', '2024-03-01 00:00:00'],
      ['２０２４－０３－０１　０８：３０：００', '2024-03-01 08:30:00'],
      ['　２０２４．０３．０１　', '2024-03-01 00:00:00'],
      ['２０２４－１３－０１', null],
    ]);
    await table(parseDateSql, [
      ['１９８０－０５－０１', '1980-05-01'],
      ['１９８０年５月１日', '1980-05-01'],
    ]);
  });
});

describe('dates: Excel serial day numbers', () => {
  it('reads a five-digit serial, with a fraction of a day as the time', async () => {
    await table(parseTimestampSql, [
      ['45352', '2024-03-01 00:00:00'],
      ['45352.5', '2024-03-01 12:00:00'],
      ['45352.354166666664', '2024-03-01 08:30:00'],
      [' 36526 ', '2000-01-01 00:00:00'],
      ['25569.75', '1970-01-01 18:00:00'],
      ['10000', '1927-05-18 00:00:00'],
      ['99999', '2173-10-13 00:00:00'],
      ['４５３５２', '2024-03-01 00:00:00'],
    ]);
    await table(parseDateSql, [
      ['45352.99', '2024-03-01'],
      ['36526', '2000-01-01'],
    ]);
  });

  it('never reads a year, a month, a compact date or a short number as a serial', async () => {
    await table(parseTimestampSql, [
      ['20240301', '2024-03-01 00:00:00'],
      ['2024', null],
      ['202403', null],
      ['9999', null],
      ['60', null],
      ['1', null],
      ['100000', null],
      ['-45352', null],
      ['45352.', null],
      ['4535 2', null],
    ]);
    await table(parseDateSql, [
      ['19800501', '1980-05-01'],
      ['1980', null],
    ]);
  });
});

describe('dates: day and month order', () => {
  it('reads d/m/yyyy or m/d/yyyy only when a part above 12 settles the order', async () => {
    await table(parseTimestampSql, [
      ['13/03/2024', '2024-03-13 00:00:00'],
      ['31/1/2024', '2024-01-31 00:00:00'],
      ['3/13/2024', '2024-03-13 00:00:00'],
      ['12/31/2024', '2024-12-31 00:00:00'],
      ['13-03-2024', '2024-03-13 00:00:00'],
      ['13.03.2024', '2024-03-13 00:00:00'],
      ['25/12/2024 08:30', '2024-12-25 08:30:00'],
      ['12/25/2024 08:30:15', '2024-12-25 08:30:15'],
      ['１３／０３／２０２４', '2024-03-13 00:00:00'],
    ]);
  });

  it('leaves every ambiguous or impossible day-month date NULL', async () => {
    await table(parseTimestampSql, [
      ['3/1/2024', null],
      ['01/03/2024', null],
      ['12/12/2024', null],
      ['1-2-2024', null],
      ['31/02/2024', null],
      ['13/13/2024', null],
      ['32/01/2024', null],
      ['13/03-2024', null],
    ]);
    await table(parseDateSql, [
      ['3/1/2024', null],
      ['13/03/2024', '2024-03-13'],
    ]);
  });
});

describe('dates: the layouts the loaders already read stay read', () => {
  it('reads ISO with T and Z or an offset (wall-clock kept), fractions, compact and Chinese forms', async () => {
    await table(parseTimestampSql, [
      ['2024-03-01T08:30:00Z', '2024-03-01 08:30:00'],
      ['2024-03-01T08:30:00.000+08:00', '2024-03-01 08:30:00'],
      ['2024-03-01 08:30:00.0', '2024-03-01 08:30:00'],
      ['20240301083000', '2024-03-01 08:30:00'],
      ['2024年3月1日', '2024-03-01 00:00:00'],
      ['2024年3月1日8时30分', '2024-03-01 08:30:00'],
      ['2024/03/01', '2024-03-01 00:00:00'],
      ['2024.3.1 8:30', '2024-03-01 08:30:00'],
    ]);
  });
});

describe('amounts', () => {
  it('reads full-width digits, currency signs and units before or after, and spaces', async () => {
    await table(parseAmountSql, [
      ['１２３．５０', '123.50'],
      ['￥１，２３４．００', '1234.00'],
      ['－１２．５', '-12.50'],
      ['1,234.00元', '1234.00'],
      ['12元', '12.00'],
      [' 12.5 元 ', '12.50'],
      ['RMB 1,234.00', '1234.00'],
      ['rmb12', '12.00'],
      ['12.5 CNY', '12.50'],
      ['人民币100', '100.00'],
      ['¥ -3.5', '-3.50'],
      ['-¥3.5', '-3.50'],
      ['- 12', '-12.00'],
      ['+12', '12.00'],
      ['.5', '0.50'],
      ['-1.50', '-1.50'],
      ['1,234,567.891', '1234567.89'],
    ]);
  });

  it('refuses what it would have to guess: parentheses, decimal commas, inner units, lone signs', async () => {
    await table(parseAmountSql, [
      ['(12.50)', null],
      ['¥(12.50)', null],
      ['１２，５', null],
      ['99,00', null],
      ['1.234,50', null],
      ['12元34', null],
      ['12¥3', null],
      ['¥', null],
      ['元', null],
      ['-', null],
      ['--5', null],
      ['1 234', null],
      ['12.5.1', null],
      ['12 34元', null],
      ['USD 12', null],
      ['12,3456', null],
      ['', null],
      [null, null],
    ]);
  });

  it('applies the same reading to quantities and integers', async () => {
    await table(
      (x) => parseDecimalSql(x, 4),
      [
        ['０．１２３４５', '0.1235'],
        ['1,000.5', '1000.5000'],
      ],
    );
    await table(parseIntSql, [
      ['１２', '12'],
      ['1,200', '1200'],
      ['3元', '3'],
      ['1,5', null],
    ]);
  });

  it('marks a column holding full-width decimal commas as decimal-comma', async () => {
    await engine.exec(
      `CREATE OR REPLACE TABLE spell_dc AS SELECT * FROM (VALUES ('１２，５０', '1,234'), ('7', '12,345.6')) t(a, b)`,
    );
    expect(await findDecimalCommaColumns(engine, 'spell_dc', ['a', 'b'])).toEqual(['a']);
  });
});

describe('sex and institution level', () => {
  it('codes sex 1/2 in every spelling and keeps other codes as given', async () => {
    await table(normalizeGendSql, [
      ['1', '1'],
      ['男', '1'],
      ['男性', '1'],
      ['M', '1'],
      ['m', '1'],
      ['Male', '1'],
      ['MALE', '1'],
      ['１', '1'],
      ['2', '2'],
      ['女', '2'],
      ['女性', '2'],
      ['F', '2'],
      ['female', '2'],
      [' Female ', '2'],
      ['２', '2'],
      ['0', '0'],
      ['9', '9'],
      ['未知', '未知'],
      ['未说明', '未说明'],
      ['未说明的性别', '未说明的性别'],
      ['U', 'U'],
    ]);
  });

  it('codes levels 1–3 from Chinese, Arabic, full-width and Roman numerals; keeps the rest', async () => {
    await table(normalizeMedinsLvSql, [
      ['一级', '1'],
      ['二级', '2'],
      ['三级', '3'],
      ['1', '1'],
      ['2', '2'],
      ['3', '3'],
      ['３级', '3'],
      ['三甲', '3'],
      ['二乙', '2'],
      ['三级甲等', '3'],
      ['三级特等', '3'],
      ['一级丙等', '1'],
      ['III级', '3'],
      ['iii级', '3'],
      ['II级', '2'],
      ['I级', '1'],
      ['Ⅲ级', '3'],
      ['Ⅱ级', '2'],
      ['Ⅰ级', '1'],
      ['Ⅲ', '3'],
      ['Level III', '3'],
      ['grade 2', '2'],
      ['未定级', '未定级'],
      ['IV级', 'IV级'],
      ['Ⅳ级', 'Ⅳ级'],
      ['四级', '四级'],
      ['0', '0'],
      ['10', '10'],
      ['13', '13'],
    ]);
  });
});
