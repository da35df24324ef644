import { describe, expect, it } from 'vitest';
import { dedupeHeaderNames, positionalNames } from '../../../workers/loaders/header-names';

describe('dedupeHeaderNames', () => {
  it('renames repeats with _2, _3 and reports them', () => {
    const h = dedupeHeaderNames(['金额', '数量', '金额', '金额']);
    expect(h.names).toEqual(['金额', '数量', '金额_2', '金额_3']);
    expect(h.renamed).toEqual([
      ['金额', '金额_2'],
      ['金额', '金额_3'],
    ]);
  });

  it('compares case-insensitively, as DuckDB does', () => {
    expect(dedupeHeaderNames(['Fee', 'fee']).names).toEqual(['Fee', 'fee_2']);
  });

  it('does not collide with a name already in the header', () => {
    expect(dedupeHeaderNames(['a', 'a', 'a_2']).names).toEqual(['a', 'a_2', 'a_2_2']);
  });

  it('trims names, strips a BOM and names empty cells by position', () => {
    const h = dedupeHeaderNames(['\uFEFF 结算ID ', '', 'x']);
    expect(h.names).toEqual(['结算ID', 'column2', 'x']);
    expect(h.unnamed).toEqual([2]);
  });

  it('names headerless columns column1..N', () => {
    expect(positionalNames(3)).toEqual(['column1', 'column2', 'column3']);
  });
});
