import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine, type NodeEngine } from '../../../node/engine/duckdb-node-engine';
import type { AppError, Result } from '../../../core/shared/errors';
import type { ScoreLevel } from '../../../workers/workshop/score-level';
import { scoreFlags } from '../../../workers/workshop/score-flags';
import { scoringSql } from '../../../workers/workshop/scoring-sql';
import { createAnswers, createFlags, createTable } from './workshop-fixture';

let engine: NodeEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
  await createAnswers(engine);
});
afterAll(async () => engine.close());

function error(result: Result<unknown>): AppError {
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

const HAN = /\p{Script=Han}/u;

describe('scoreFlags errors', () => {
  it('says which column the flags lack for the level, in Chinese and English', async () => {
    await createFlags(engine, 'people_only', 'psn_no', ['P1']);
    const e = error(await scoreFlags(engine, { answers: 'answers', flags: 'people_only', level: 'setl' }));
    expect(e).toMatchObject({ kind: 'sql', code: 'workshop.flags-column', column: 'setl_id' });
    expect(e.message.zh).toMatch(HAN);
    expect(e.message.zh).toContain('setl_id');
    expect(e.message.zh).toContain('psn_no');
    expect(e.message.en).toContain('has no column setl_id');
    expect(e.message.en).toContain('settlement');
  });

  it('lists the answer columns that are missing', async () => {
    await createTable(engine, 'short_answers', 'scenario VARCHAR, level VARCHAR, setl_id VARCHAR', []);
    await createFlags(engine, 'flags', 'setl_id', ['S1']);
    const e = error(await scoreFlags(engine, { answers: 'short_answers', flags: 'flags', level: 'setl' }));
    expect(e).toMatchObject({ code: 'workshop.answers-columns', column: 'feedetl_sn' });
    expect(e.message.en).toContain('feedetl_sn, psn_no, fixmedins_code, amount');
    expect(e.message.zh).toMatch(HAN);
  });

  it('reports a table that does not exist', async () => {
    const e = error(await scoreFlags(engine, { answers: 'answers', flags: 'nowhere', level: 'psn' }));
    expect(e).toMatchObject({ code: 'workshop.no-table' });
    expect(e.message.zh).toContain('nowhere');
    expect(e.message.en).toContain('"nowhere" was not found');
  });

  it('refuses names that are not identifiers before running anything', async () => {
    const bad = 'answers; DROP TABLE answers';
    const e = error(await scoreFlags(engine, { answers: bad, flags: 'flags', level: 'setl' }));
    expect(e.code).toBe('workshop.table-name');
    expect(e.message.zh).toMatch(HAN);
    expect(await engine.rows('SELECT count(*) AS n FROM answers')).toEqual([{ n: 11 }]);
  });

  it('refuses the reserved _ws_ prefix and unknown levels', () => {
    expect(error(scoringSql({ answers: '_ws_answers', flags: 'f', level: 'setl' })).code).toBe(
      'workshop.table-name',
    );
    expect(error(scoringSql({ answers: 'a', flags: 'f', level: 'drug' as ScoreLevel })).code).toBe(
      'workshop.level',
    );
  });

  it('turns a failing scoring query into an error value with the engine detail', async () => {
    await createTable(
      engine,
      'text_amounts',
      'scenario VARCHAR, level VARCHAR, setl_id VARCHAR, feedetl_sn VARCHAR, psn_no VARCHAR, ' +
        'fixmedins_code VARCHAR, amount VARCHAR',
      [['a', 'setl', 'S1', null, null, null, 'about ten']],
    );
    await createFlags(engine, 'flags', 'setl_id', ['S1']);
    const e = error(await scoreFlags(engine, { answers: 'text_amounts', flags: 'flags', level: 'setl' }));
    expect(e.code).toBe('workshop.score-failed');
    expect(e.detail).toContain('about ten');
  });
});

describe('scoringSql', () => {
  it('builds plain SELECTs a notebook cell can run, agreeing with scoreFlags', async () => {
    await createFlags(engine, 'flags', 'psn_no', ['P1', 'P5']);
    const sql = scoringSql({ answers: 'answers', flags: 'flags', level: 'psn' });
    if (!sql.ok) throw new Error(sql.error.code);
    expect(sql.value.scenarios.trimStart()).toMatch(/^WITH /);
    expect(await engine.rows(sql.value.overall)).toEqual([
      { flagged: 2, true_positives: 2, precision: 1, planted: 5, recall: 0.4 },
    ]);
    const ring = (await engine.rows(sql.value.scenarios)).find((r) => r.scenario === 'ring');
    expect(ring).toEqual({
      scenario: 'ring',
      planted: 2,
      found: 1,
      recall: 0.5,
      amount_planted: 1200,
      amount_found: 700,
    });
  });
});
