import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine, type NodeEngine } from '../../../node/engine/duckdb-node-engine';

describe('node engine (DuckDB-WASM under Node)', () => {
  let engine: NodeEngine;
  beforeAll(async () => {
    engine = await createNodeEngine();
  });
  afterAll(async () => engine.close());

  it('runs SQL and returns plain rows', async () => {
    const rows = await engine.rows<{ n: number; s: string }>("SELECT 40 + 2 AS n, '医保' AS s");
    expect(rows).toEqual([{ n: 42, s: '医保' }]);
  });

  it('reads registered files under /claims/ only', async () => {
    await engine.registerBuffer('/claims/a.csv', new TextEncoder().encode('x,y\n1,2\n'));
    const rows = await engine.rows("SELECT * FROM read_csv('/claims/a.csv')");
    expect(rows).toHaveLength(1);
    await expect(engine.rows("SELECT * FROM read_csv('https://example.com/x.csv')")).rejects.toThrow();
  });

  it('refuses to change the locked configuration', async () => {
    await expect(engine.exec('SET enable_external_access = true')).rejects.toThrow();
  });
});
