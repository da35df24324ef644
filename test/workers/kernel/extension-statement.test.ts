import { describe, expect, it } from 'vitest';
import { extensionStatementError } from '../../../workers/kernel/extension-statement';

describe('extensionStatementError', () => {
  it.each([
    'INSTALL httpfs',
    'load parquet',
    'FORCE INSTALL spatial',
    'SELECT 1; LOAD httpfs;',
    '  install\nhttpfs',
  ])('refuses %j', (sql) => {
    expect(extensionStatementError(sql)?.code).toBe('sql.extension');
  });

  it.each([
    'SELECT * FROM setl',
    "SELECT 'INSTALL httpfs' AS s",
    '-- LOAD httpfs\nSELECT 1',
    'SELECT load_date FROM t',
    'SELECT 1 AS install',
  ])('lets %j through', (sql) => {
    expect(extensionStatementError(sql)).toBeUndefined();
  });
});
