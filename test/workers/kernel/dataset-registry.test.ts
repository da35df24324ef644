import { describe, expect, it } from 'vitest';
import type { DatasetInfo, TableMapping } from '../../../workers/api';
import { DatasetRegistry } from '../../../workers/kernel/dataset-registry';

function dataset(registry: DatasetRegistry, table: string): DatasetInfo {
  const info: DatasetInfo = {
    id: registry.newId(),
    table,
    fileName: `${table}.csv`,
    fileSize: 1,
    sha256: '0'.repeat(64),
    format: 'csv',
    rowCount: 1,
    columns: [],
    loadMs: 1,
    warnings: [],
  };
  registry.add(info);
  return info;
}

const mapping = (source: string, target: TableMapping['target']): TableMapping => ({
  source,
  target,
  columns: { setl_id: 'id' },
});

describe('DatasetRegistry', () => {
  it('lists the mappings that feed a canonical table, in load order', () => {
    const registry = new DatasetRegistry();
    dataset(registry, 'raw_jan');
    dataset(registry, 'raw_feb');
    dataset(registry, 'raw_people');
    registry.setMapping('raw_feb', mapping('raw_feb', 'setl'));
    registry.setMapping('raw_jan', mapping('raw_jan', 'setl'));
    registry.setMapping('raw_people', mapping('raw_people', 'psn'));
    expect(registry.mappingsFor('setl').map((m) => m.source)).toEqual(['raw_jan', 'raw_feb']);
    expect(registry.mappingsFor('fee')).toEqual([]);
  });

  it('restores "no mapping" and forgets removed datasets', () => {
    const registry = new DatasetRegistry();
    const jan = dataset(registry, 'raw_jan');
    registry.setMapping('raw_jan', mapping('raw_jan', 'setl'));
    registry.setMapping('raw_jan', undefined);
    expect(registry.get(jan.id)?.mapping).toBeUndefined();
    expect(registry.mappingsFor('setl')).toEqual([]);
    registry.remove(jan.id);
    expect(registry.tableNames()).toEqual(new Set());
  });

  it('adds the tables a file also builds, flagged derived, after the files mapped to them', () => {
    const registry = new DatasetRegistry();
    dataset(registry, 'raw_setl');
    dataset(registry, 'raw_people');
    registry.setMapping('raw_setl', {
      source: 'raw_setl',
      target: 'setl',
      columns: { setl_id: 'id', psn_no: 'who' },
      nulls: ['-'],
      also: [{ target: 'psn', columns: { psn_no: 'who', gend: 'sex' } }],
    });
    registry.setMapping('raw_people', { source: 'raw_people', target: 'psn', columns: { psn_no: 'no' } });
    expect(registry.mappingsFor('psn')).toEqual([
      { source: 'raw_people', target: 'psn', columns: { psn_no: 'no' } },
      {
        source: 'raw_setl',
        target: 'psn',
        columns: { psn_no: 'who', gend: 'sex' },
        nulls: ['-'],
        derived: true,
      },
    ]);
    expect(registry.mappingsFor('setl').map((m) => m.source)).toEqual(['raw_setl']);
  });

  it('rebuilds fee after setl, and a derived table while or after another file builds it', () => {
    const registry = new DatasetRegistry();
    dataset(registry, 'raw_setl');
    expect(registry.rebuildOrder('setl')).toEqual(['setl', 'fee']);
    expect(registry.rebuildOrder('fee')).toEqual(['fee']);
    const withDeath: TableMapping = {
      source: 'raw_setl',
      target: 'setl',
      columns: { setl_id: 'id' },
      also: [{ target: 'death', columns: { psn_no: 'who', death_date: 'dod' } }],
    };
    registry.setMapping('raw_setl', withDeath);
    expect(registry.rebuildOrder('setl')).toEqual(['setl', 'fee', 'death']);
    registry.noteBuilt('death', registry.mappingsFor('death'));
    registry.setMapping('raw_setl', { ...withDeath, also: [] });
    // death was built from this file: it is rebuilt (and dropped) once more, then forgotten.
    expect(registry.rebuildOrder('setl')).toEqual(['setl', 'fee', 'death']);
    registry.noteBuilt('death', registry.mappingsFor('death'));
    expect(registry.rebuildOrder('setl')).toEqual(['setl', 'fee']);
  });
});
