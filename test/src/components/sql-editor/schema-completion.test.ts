import { describe, expect, it } from 'vitest';
import { columnCompletions, schemaNamespace } from '../../../../src/components/sql-editor/schema-completion';

describe('schemaNamespace', () => {
  it('lists tables with their kind and columns with their types', () => {
    const ns = schemaNamespace({
      tables: [
        {
          name: 'setl',
          kind: 'table',
          columns: [
            { name: 'setl_id', type: 'VARCHAR' },
            { name: 'medfee_sumamt', type: 'DECIMAL(18,2)' },
          ],
        },
        { name: 'v_high', kind: 'view', columns: [{ name: '机构', type: 'VARCHAR' }] },
      ],
    });
    expect(ns).toEqual({
      setl: {
        self: { label: 'setl', type: 'class', detail: 'table' },
        children: [
          { label: 'setl_id', type: 'property', detail: 'VARCHAR' },
          { label: 'medfee_sumamt', type: 'property', detail: 'DECIMAL(18,2)' },
        ],
      },
      v_high: {
        self: { label: 'v_high', type: 'type', detail: 'view' },
        children: [{ label: '机构', type: 'property', detail: 'VARCHAR' }],
      },
    });
  });

  it('is empty before anything is loaded', () => {
    expect(schemaNamespace({ tables: [] })).toEqual({});
  });
});

describe('columnCompletions', () => {
  it('offers each column once, naming its tables and types', () => {
    const completions = columnCompletions({
      tables: [
        {
          name: 'setl',
          kind: 'table',
          columns: [
            { name: 'psn_no', type: 'VARCHAR' },
            { name: 'medfee_sumamt', type: 'DECIMAL(18,2)' },
          ],
        },
        { name: 'fee', kind: 'table', columns: [{ name: 'psn_no', type: 'VARCHAR' }] },
      ],
    });
    expect(completions.map((c) => [c.label, c.detail])).toEqual([
      ['psn_no', 'VARCHAR · setl, fee'],
      ['medfee_sumamt', 'DECIMAL(18,2) · setl'],
    ]);
  });
});
