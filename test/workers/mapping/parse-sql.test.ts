import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine, type NodeEngine } from '../../../node/engine/duckdb-node-engine';
import { applySql } from './apply-sql';
import {
  isBlankSql,
  normalizeGendSql,
  normalizeMedinsLvSql,
  parseAmountSql,
  parseDateSql,
  parseDecimalSql,
  parseIntSql,
  parseTextSql,
  parseTimestampSql,
} from '../../../workers/mapping/parse-sql';

let engine: NodeEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
});
afterAll(async () => engine.close());

const apply = (build: (x: string) => string, inputs: readonly (string | null)[]) =>
  applySql(engine, build, inputs);

describe('parseTimestampSql', () => {
  it('parses every format seen in extracts, padded or not', async () => {
    const inputs = [
      '2024-03-01',
      '2024/3/1',
      '2024-3-1',
      '20240301',
      '2024-03-01 08:30:00',
      '2024/3/1 8:30',
      '2024-03-01T08:30:00',
      '2024年3月1日',
      '2024年03月01日 08:30',
      '20240301083000',
      ' 2024-03-01 08:30:00 ',
      '2024.3.1',
      '2024-03-01 08:30:00.0',
    ];
    expect(await apply(parseTimestampSql, inputs)).toEqual([
      '2024-03-01 00:00:00',
      '2024-03-01 00:00:00',
      '2024-03-01 00:00:00',
      '2024-03-01 00:00:00',
      '2024-03-01 08:30:00',
      '2024-03-01 08:30:00',
      '2024-03-01 08:30:00',
      '2024-03-01 00:00:00',
      '2024-03-01 08:30:00',
      '2024-03-01 08:30:00',
      '2024-03-01 08:30:00',
      '2024-03-01 00:00:00',
      '2024-03-01 08:30:00',
    ]);
  });

  it('turns garbage and impossible dates into NULL', async () => {
    expect(await apply(parseTimestampSql, ['garbage', '2024-02-30', '2024-13-01', '2024', '', null])).toEqual(
      [null, null, null, null, null, null],
    );
  });
});

describe('parseDateSql', () => {
  it('parses the same formats to a DATE, dropping the time', async () => {
    expect(
      await apply(parseDateSql, [
        '1980-05-01',
        '1980/5/1',
        '19800501',
        '1980年5月1日',
        '1980-05-01 00:00:00',
        'x',
      ]),
    ).toEqual(['1980-05-01', '1980-05-01', '1980-05-01', '1980-05-01', '1980-05-01', null]);
  });
});

describe('parseAmountSql and parseDecimalSql', () => {
  it('reads thousands separators, ¥/￥ and spaces, and keeps the sign', async () => {
    expect(
      await apply(parseAmountSql, [
        '1,234.50',
        '¥12',
        '￥ 1,000',
        ' 12 ',
        '-¥3.5',
        '-1,234',
        '12.345',
        'n/a',
        '',
        null,
      ]),
    ).toEqual(['1234.50', '12.00', '1000.00', '12.00', '-3.50', '-1234.00', '12.35', null, null, null]);
  });

  it('never reads a decimal comma as a thousands separator: only valid grouping is thousands', async () => {
    const inputs = ['99,00', '1.234,50', '12,5', '0,5', '1234,567', '12,34,567', '1,234', '12,345,678.90'];
    expect(await apply(parseAmountSql, inputs)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      '1234.00',
      '12345678.90',
    ]);
    expect(await apply(parseIntSql, ['1,5', '1,500'])).toEqual([null, '1500']);
  });

  it('keeps four decimals for quantities and prices', async () => {
    expect(await apply((x) => parseDecimalSql(x, 4), ['0.12345', '2', '1,000.5'])).toEqual([
      '0.1235',
      '2.0000',
      '1000.5000',
    ]);
  });

  it('parses integers', async () => {
    expect(await apply(parseIntSql, ['12', ' 1,200 ', 'x', '12.0'])).toEqual(['12', '1200', null, '12']);
  });
});

describe('text normalisation', () => {
  it('trims text and blanks null tokens, leaving the rest untouched', async () => {
    expect(await apply(parseTextSql, ['  A01 ', '　全角　', 'NULL', '\\N', '', '   ', null, 'a  b'])).toEqual(
      ['A01', '全角', null, null, null, null, null, 'a  b'],
    );
    expect(await apply(isBlankSql, ['', ' ', 'NULL', null, 'x'])).toEqual([
      'true',
      'true',
      'true',
      'true',
      'false',
    ]);
  });

  it('normalises gend to 1/2', async () => {
    expect(
      await apply(normalizeGendSql, [
        '男',
        'M',
        'male',
        '1',
        ' 男性 ',
        '女',
        'F',
        'Female',
        '2',
        '9',
        '未知',
        '',
      ]),
    ).toEqual(['1', '1', '1', '1', '1', '2', '2', '2', '2', '9', '未知', null]);
  });

  it('normalises medins_lv to 1/2/3', async () => {
    expect(
      await apply(normalizeMedinsLvSql, [
        '一级',
        '1级',
        '1',
        '二级甲等',
        '三甲',
        '3',
        'Level 2',
        '未定级',
        '10',
        null,
      ]),
    ).toEqual(['1', '1', '1', '2', '3', '3', '2', '未定级', '10', null]);
  });
});
