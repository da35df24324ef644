import { describe, expect, it } from 'vitest';
import { createTableFromCsvSql } from '../../../workers/loaders/csv-sql';

describe('createTableFromCsvSql', () => {
  it('spells out every reader option and types every column VARCHAR', () => {
    const sql = createTableFromCsvSql('raw_fee', {
      path: '/claims/raw_fee.csv',
      delimiter: '\t',
      hasHeader: true,
      columns: ["o'brien", '金额'],
    });
    expect(sql).toBe(
      `CREATE TABLE "raw_fee" AS SELECT * FROM read_csv('/claims/raw_fee.csv', auto_detect = false, ` +
        `delim = '\t', quote = '"', escape = '"', header = true, strict_mode = true, null_padding = false, ` +
        `ignore_errors = false, columns = {'o''brien': 'VARCHAR', '金额': 'VARCHAR'})`,
    );
  });
});
