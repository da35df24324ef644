import { describe, expect, it } from 'vitest';
import type { TableMapping } from '../../core/mapping/mapping-types';
import { DEFAULT_NULL_SPELLINGS } from '../../core/mapping/null-spellings';
import { checkEntryFits, mappingFileText, readMappingFile } from '../../cli/mapping-file';
import { feeKeysFromSetl } from '../../cli/fee-keys-from-setl';

const STAYS: TableMapping = {
  source: 'claims.csv',
  target: 'setl',
  columns: { setl_id: 'ClaimID', mdtrt_id: 'ClaimID', psn_no: 'BeneID', medfee_sumamt: 'Amount, total' },
  constants: { med_type: '21', insutype: '0310' },
  nulls: ['NA', 'n/a'],
  also: [{ target: 'psn', columns: { psn_no: 'BeneID', brdy: 'DOB', gend: 'Gender' } }],
};
const LINES: TableMapping = {
  source: '明细 2024.csv',
  target: 'fee',
  columns: { feedetl_sn: '流水号', setl_id: 'ClaimID', det_item_fee_sumamt: '金额' },
};

function read(text: string) {
  const result = readMappingFile(text, 'm.yaml');
  if (!result.ok) throw new Error(result.problem.message.en);
  return result.file;
}

describe('the mapping file', () => {
  it('reads back what it writes: columns feeding two fields, constants kept as text, nulls, also', () => {
    const text = mappingFileText([STAYS, LINES]);
    expect(text.startsWith('# ClaimLens 列映射')).toBe(true);
    const file = read(text);
    // A mapping without its own null spellings is written with the defaults, to be edited.
    expect(file.entries.map((e) => e.mapping)).toEqual([STAYS, { ...LINES, nulls: DEFAULT_NULL_SPELLINGS }]);
    const lines = text.split('\n');
    for (const entry of file.entries)
      expect(lines[entry.line - 1]).toBe(
        `  - source: ${JSON.stringify(entry.mapping.source).replace(/^"(.*)"$/, '$1')}`,
      );
  });

  it('reads a hand-written constant written as a number as text, and keeps a leading zero', () => {
    const file = read(
      [
        'mappings:',
        '  - source: a.csv',
        '    target: setl',
        '    columns:',
        '      setl_id: id',
        '    constants:',
        '      med_type: 21',
        '      insutype: "0310"',
      ].join('\n'),
    );
    expect(file.entries[0]?.mapping.constants).toEqual({ med_type: '21', insutype: '0310' });
  });

  it('refuses a field the table lacks, naming the file, the line and the field', () => {
    const text = [
      'mappings:',
      '  - source: a.csv',
      '    target: setl',
      '    columns:',
      '      setl_id: id',
      '      hilist_code: item',
    ].join('\n');
    const result = readMappingFile(text, 'm.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.message.en).toMatch(
      /^mapping file m\.yaml line 6 \(hilist_code\): the setl table has no field "hilist_code"/,
    );
    expect(result.problem.message.zh).toContain('第 6 行');
  });

  it('refuses an unknown table, a field with both a column and a constant, and a file listed twice', () => {
    const cases: [string[], RegExp][] = [
      [
        ['mappings:', '  - source: a.csv', '    target: claims', '    columns:', '      setl_id: id'],
        /line 3 \(target\).*not a canonical table/,
      ],
      [
        [
          'mappings:',
          '  - source: a.csv',
          '    target: setl',
          '    columns:',
          '      med_type: t',
          '    constants:',
          '      med_type: 21',
        ],
        /line 5 \(med_type\).*both a column and a constant/,
      ],
      [
        ['mappings:', '  - source: a.csv', '    target: setl', '  - source: a.csv', '    target: fee'],
        /line 4 \(source\).*listed twice/,
      ],
      [['mapping:', '  - source: a.csv'], /line 1: .*"mappings" list/],
    ];
    for (const [lines, pattern] of cases) {
      const result = readMappingFile(lines.join('\n'), 'm.yaml');
      expect(result.ok, lines.join('|')).toBe(false);
      if (!result.ok) expect(result.problem.message.en).toMatch(pattern);
    }
  });

  it('checks an entry against its file: a column the file lacks names the line, the field and the column', () => {
    const file = read(mappingFileText([LINES, STAYS]));
    const stays = file.entries[1];
    if (!stays) throw new Error('no entry');
    expect(
      checkEntryFits(file, stays, ['ClaimID', 'BeneID', 'Amount, total', 'DOB', 'Gender']),
    ).toBeUndefined();
    const problem = checkEntryFits(file, stays, ['ClaimID', 'BeneID', 'Amount, total', 'DOB']);
    const genderLine = file.text.split('\n').findIndex((l) => l.includes('gend: Gender')) + 1;
    expect(problem?.message.en).toContain(
      `line ${genderLine}: the source column "Gender" of psn.gend is not in the data file "claims.csv"`,
    );
  });

  it('predicts the fee keys the build takes from the settlement by setl_id', () => {
    expect(feeKeysFromSetl([STAYS, LINES])).toEqual([
      { field: 'mdtrt_id', from: 'setl.mdtrt_id' },
      { field: 'psn_no', from: 'setl.psn_no' },
    ]);
    expect(feeKeysFromSetl([LINES])).toEqual([]);
    expect(feeKeysFromSetl([STAYS, { ...LINES, columns: { feedetl_sn: '流水号' } }])).toEqual([]);
  });
});
