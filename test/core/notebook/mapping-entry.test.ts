import { describe, expect, it } from 'vitest';
import type { TableMapping } from '../../../core/mapping/mapping-types';
import { readMappingEntry } from '../../../core/notebook/mapping-entry';
import type { Notebook } from '../../../core/notebook/notebook-types';
import { parseNotebook } from '../../../core/notebook/parse-notebook';
import { serializeNotebook } from '../../../core/notebook/serialize-notebook';

const notebookWith = (mappings: readonly TableMapping[]): Notebook => ({
  meta: { title: '映射', datasets: [], mappings },
  cells: [],
  log: [],
});

describe('mapping entries in a notebook file', () => {
  it('keep constants, null spellings, one column for two fields and derived tables through save and open', () => {
    const mapping: TableMapping = {
      source: 'raw_结算主表',
      target: 'setl',
      columns: { setl_id: '结算流水号', mdtrt_id: '结算流水号', psn_no: '个人编号' },
      constants: { med_type: '21' },
      nulls: ['NA', '-', 'null', '空', '0'],
      also: [
        { target: 'psn', columns: { psn_no: '个人编号', gend: '性别', brdy: '出生日期' } },
        { target: 'death', columns: { psn_no: '个人编号', death_date: 'DOD' }, constants: {} },
      ],
    };
    const text = serializeNotebook(notebookWith([mapping]));
    const opened = parseNotebook(text);
    expect(opened.notebook.meta.mappings).toEqual([
      {
        ...mapping,
        also: [mapping.also?.[0], { target: 'death', columns: { psn_no: '个人编号', death_date: 'DOD' } }],
      },
    ]);
    expect(serializeNotebook(opened.notebook)).toBe(text);
  });

  it('writes an older mapping exactly as before (no empty constants, nulls or also keys)', () => {
    const text = serializeNotebook(
      notebookWith([{ source: 'raw_fee', target: 'fee', columns: { feedetl_sn: 'id' } }]),
    );
    expect(text).not.toMatch(/constants|nulls|also/);
  });

  it('reads numbers written by hand as text, and names what is wrong with a bad entry', () => {
    expect(
      readMappingEntry({
        source: 's',
        target: 'setl',
        columns: { setl_id: 'a' },
        constants: { med_type: 21 },
      }),
    ).toEqual({ source: 's', target: 'setl', columns: { setl_id: 'a' }, constants: { med_type: '21' } });
    expect(readMappingEntry({ source: 's', target: 'setl', columns: { setl_id: 'a' }, nulls: 'NA' })).toBe(
      'nulls must be a list',
    );
    expect(
      readMappingEntry({
        source: 's',
        target: 'setl',
        columns: {},
        also: [{ target: 'people', columns: {} }],
      }),
    ).toBe('also: target must be a canonical table');
    expect(readMappingEntry({ source: 's', target: 'setl', columns: { setl_id: ['a'] } })).toBe(
      'columns: each value must be text',
    );
  });
});
