import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine, type NodeEngine } from '../../../node/engine/duckdb-node-engine';
import { KnowledgeBase } from '../../../workers/knowledge/knowledge-base';
import { nhsaSampleRows } from '../../../workers/knowledge/nhsa-sample';
import { CODES } from './nhsa-fixtures';

let engine: NodeEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
});
afterAll(() => engine.close());

const utf8 = (s: string) => new TextEncoder().encode(s);
const restrictionsOf = (code: string) =>
  engine.rows<{ kind: string; param: string; source: string }>(
    `SELECT kind, param, source FROM kb_restriction WHERE code = '${code}' ORDER BY kind`,
  );

describe('KnowledgeBase on the real engine', () => {
  it('creates the four tables empty, typed as kb-schema says; a new one starts afresh', async () => {
    const before = new KnowledgeBase(engine);
    await before.addLayer('old.csv', {
      kb_restriction: [{ code: CODES.drug, kind: 'sex', param: '1', source: 'old' }],
    });
    const kb = new KnowledgeBase(engine);
    const summary = await kb.summary();
    expect(summary.tables).toEqual({
      kb_restriction: 0,
      kb_exclusive_pair: 0,
      kb_price_cap: 0,
      kb_frequency: 0,
    });
    expect(summary.layers).toEqual([]);
    expect(await restrictionsOf(CODES.drug)).toEqual([]);
    const types = await engine.rows<{ column_name: string; column_type: string }>('DESCRIBE kb_price_cap');
    expect(types.map((t) => [t.column_name, t.column_type])).toEqual([
      ['code', 'VARCHAR'],
      ['medins_lv', 'VARCHAR'],
      ['max_pric', 'DECIMAL(18,4)'],
      ['source', 'VARCHAR'],
    ]);
  });

  it('applies sample, then demo, then imports in order: the newest row per key wins', async () => {
    const kb = new KnowledgeBase(engine);
    // Added out of order on purpose: the demo still sits between the sample and the imports.
    await kb.addLayer('first.csv', {
      kb_restriction: [{ code: CODES.drug, kind: 'sex', param: '1', source: 'first 行 1' }],
    });
    await kb.setDemo({
      kb_restriction: [
        { code: CODES.drug, kind: 'sex', param: '2', source: 'synthetic' },
        { code: CODES.drug, kind: 'child', param: '12', source: 'synthetic' },
      ],
    });
    await kb.loadNhsa({
      kb_restriction: [
        { code: CODES.drug, kind: 'child', param: '18', source: 'NHSA 第1批 x.xlsx 行 1 (KP-1)' },
        { code: CODES.drug, kind: 'medins_lv', param: '2', source: 'NHSA 第5批 y.xlsx 行 2 (KP-2)' },
      ],
    });
    expect(await restrictionsOf(CODES.drug)).toEqual([
      { kind: 'child', param: '12', source: 'synthetic' },
      { kind: 'medins_lv', param: '2', source: 'NHSA 第5批 y.xlsx 行 2 (KP-2)' },
      { kind: 'sex', param: '1', source: 'first 行 1' },
    ]);
    const report = await kb.importFile(
      'second.csv',
      utf8(`code,kind,param,source\n${CODES.drug},sex,2,second a\n${CODES.drug},sex,1,second b\n`),
    );
    expect(report.accepted).toBe(2);
    // Within one layer the later row wins.
    expect((await restrictionsOf(CODES.drug)).find((r) => r.kind === 'sex')).toEqual({
      kind: 'sex',
      param: '1',
      source: 'second b',
    });

    const summary = await kb.summary();
    expect(summary.layers.map((l) => [l.id, l.rows.kb_restriction, l.inForce.kb_restriction])).toEqual([
      ['nhsa-full', 2, 1],
      ['demo', 2, 1],
      ['import:first.csv', 1, 0],
      ['import:second.csv', 2, 1],
    ]);
    expect(summary.tables.kb_restriction).toBe(3);
    expect(summary.restrictionKinds).toEqual({ child: 1, medins_lv: 1, sex: 1 });
    expect(summary.layers[0]?.citation.zh).toContain('国家医疗保障局');

    // Removing a layer brings back what it covered.
    expect(await kb.removeLayer('import:second.csv')).toBe(true);
    expect(await kb.removeLayer('demo')).toBe(true);
    expect(await kb.removeLayer('demo')).toBe(false);
    expect(await restrictionsOf(CODES.drug)).toEqual([
      { kind: 'child', param: '18', source: 'NHSA 第1批 x.xlsx 行 1 (KP-1)' },
      { kind: 'medins_lv', param: '2', source: 'NHSA 第5批 y.xlsx 行 2 (KP-2)' },
      { kind: 'sex', param: '1', source: 'first 行 1' },
    ]);
  });

  it('re-importing a file replaces its layer; a file with no good row changes nothing', async () => {
    const kb = new KnowledgeBase(engine);
    await kb.importFile(
      'caps.csv',
      utf8(`code,medins_lv,max_pric,source\n${CODES.service},3,12.5,v1\n${CODES.service},2,10,v1\n`),
    );
    await kb.importFile('caps.csv', utf8(`code,medins_lv,max_pric,source\n${CODES.service},3,13.25,v2\n`));
    const bad = await kb.importFile('caps.csv', utf8(`code,medins_lv,max_pric,source\nnot-a-code,3,1,v3\n`));
    expect(bad).toMatchObject({ accepted: 0, rejected: 1 });
    expect(
      await engine.rows(
        'SELECT code, medins_lv, CAST(max_pric AS DOUBLE) AS max_pric, source FROM kb_price_cap',
      ),
    ).toEqual([{ code: CODES.service, medins_lv: '3', max_pric: 13.25, source: 'v2' }]);
    expect((await kb.summary()).layers.map((l) => l.id)).toEqual(['import:caps.csv']);
  });

  it('stores user text verbatim: quotes, newlines and SQL are data, never SQL', async () => {
    const kb = new KnowledgeBase(engine);
    const source = `x'); DROP TABLE kb_restriction; --\n"行 1"`;
    await kb.addLayer('evil.json', {
      kb_restriction: [{ code: CODES.herbal, kind: 'herbal_single', param: '', source }],
    });
    expect(await restrictionsOf(CODES.herbal)).toEqual([{ kind: 'herbal_single', param: '', source }]);
  });

  it('loads the shipped NHSA sample with every table it carries', async () => {
    const kb = new KnowledgeBase(engine);
    await kb.loadNhsa(nhsaSampleRows());
    const summary = await kb.summary();
    const rows = nhsaSampleRows();
    expect(summary.tables).toEqual({
      kb_restriction: rows.kb_restriction?.length,
      kb_exclusive_pair: rows.kb_exclusive_pair?.length,
      kb_price_cap: 0,
      kb_frequency: rows.kb_frequency?.length,
    });
    const [count] = await engine.rows<{ n: number }>('SELECT count(*) AS n FROM kb_restriction');
    expect(count?.n).toBe(rows.kb_restriction?.length);
    expect(Object.keys(summary.restrictionKinds)).toEqual(
      expect.arrayContaining([
        'sex',
        'child',
        'indication',
        'medins_lv',
        'med_type',
        'course_days',
        'surgery_group',
      ]),
    );
  });
});
