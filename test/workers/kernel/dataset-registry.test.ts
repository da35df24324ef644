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
});
