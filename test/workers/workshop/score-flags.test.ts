import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine, type NodeEngine } from '../../../node/engine/duckdb-node-engine';
import type { Result } from '../../../core/shared/errors';
import type { ScoreLevel } from '../../../workers/workshop/score-level';
import { scoreFlags } from '../../../workers/workshop/score-flags';
import type { ScenarioScore, WorkshopScore } from '../../../workers/workshop/workshop-score';
import { createAnswers, createFlags, createTable } from './workshop-fixture';

let engine: NodeEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
  await createAnswers(engine);
});
afterAll(async () => engine.close());

function value(result: Result<WorkshopScore>): WorkshopScore {
  if (!result.ok) throw new Error(`expected a score, got ${result.error.code}: ${result.error.message.en}`);
  return result.value;
}

/** Scenario → [planted, found, recall, amountPlanted, amountFound]. */
function table(score: WorkshopScore): Record<string, unknown[]> {
  const row = (s: ScenarioScore) => [s.planted, s.found, s.recall, s.amountPlanted, s.amountFound];
  return Object.fromEntries(score.byScenario.map((s) => [s.scenario, row(s)]));
}

async function score(level: ScoreLevel, column: string, values: (string | null)[]): Promise<WorkshopScore> {
  await createFlags(engine, 'flags', column, values);
  return value(await scoreFlags(engine, { answers: 'answers', flags: 'flags', level }));
}

describe('scoreFlags', () => {
  it('gives a perfect score when every planted settlement and nothing else is flagged', async () => {
    const s = await score('setl', 'setl_id', ['S1', 'S2', 'S3', 'S4']);
    expect(s.source).toBe('table');
    // S1 is planted in two scenarios but is one item overall.
    expect(s.overall).toEqual({ flagged: 4, truePositives: 4, precision: 1, planted: 4, recall: 1 });
    expect(table(s)).toEqual({
      double_bill: [1, 1, 1, 200, 200],
      ring: [0, 0, null, 0, 0],
      split: [2, 2, 1, 1800, 1800],
      // S3's settlement row is itemised by its fee lines, so S3 is worth 50 + 30, not 160.
      swap: [2, 2, 1, 100, 100],
      upcode: [0, 0, null, 0, 0],
    });
    expect(s.byScenario.map((x) => x.scenario)).toEqual(['double_bill', 'ring', 'split', 'swap', 'upcode']);
  });

  it('scores partial flags with false positives, ignoring duplicates, blanks, NULLs and padding', async () => {
    const s = await score('setl', 'setl_id', [' S1 ', 'S1', 'S3', 'X9', 'X10', '', null]);
    expect(s.overall).toEqual({ flagged: 4, truePositives: 2, precision: 0.5, planted: 4, recall: 0.5 });
    expect(table(s).split).toEqual([2, 1, 0.5, 1800, 1000]);
    expect(table(s).swap).toEqual([2, 1, 0.5, 100, 80]);
    expect(table(s).double_bill).toEqual([1, 1, 1, 200, 200]);
  });

  it('gives zero precision when every flag is a false positive', async () => {
    const s = await score('setl', 'setl_id', ['X1', 'X2']);
    expect(s.overall).toEqual({ flagged: 2, truePositives: 0, precision: 0, planted: 4, recall: 0 });
    expect(table(s).split).toEqual([2, 0, 0, 1800, 0]);
  });

  it('scores fee lines: settlement-level scenarios have nothing to find there', async () => {
    const s = await score('fee', 'feedetl_sn', ['F1', 'F3', 'F7']);
    expect(s.overall).toEqual({ flagged: 3, truePositives: 2, precision: 2 / 3, planted: 3, recall: 2 / 3 });
    expect(table(s).swap).toEqual([3, 2, 2 / 3, 100, 70]);
    expect(table(s).split).toEqual([0, 0, null, 0, 0]);
  });

  it('scores people, with amounts from the rows that carry the person', async () => {
    const s = await score('psn', 'psn_no', ['P1', 'P4', 'P9']);
    expect(s.overall).toEqual({ flagged: 3, truePositives: 2, precision: 2 / 3, planted: 5, recall: 0.4 });
    expect(table(s)).toMatchObject({
      split: [1, 1, 1, 1800, 1800],
      double_bill: [1, 1, 1, 200, 200],
      swap: [2, 0, 0, 100, 0],
      ring: [2, 1, 0.5, 1200, 500],
      upcode: [0, 0, null, 0, 0],
    });
  });

  it('scores institutions: an itemised institution row counts once, through its people', async () => {
    const s = await score('medins', 'fixmedins_code', ['H3', 'H4']);
    expect(s.overall).toEqual({ flagged: 2, truePositives: 2, precision: 1, planted: 4, recall: 0.5 });
    expect(table(s)).toMatchObject({
      ring: [1, 1, 1, 1200, 1200],
      upcode: [1, 1, 1, 900, 900],
      swap: [1, 0, 0, 100, 0],
    });
  });

  it('reports no precision and zero recall for an empty flags table', async () => {
    const s = await score('setl', 'setl_id', []);
    expect(s.overall).toEqual({ flagged: 0, truePositives: 0, precision: null, planted: 4, recall: 0 });
    expect(s.byScenario.every((x) => x.found === 0 && x.amountFound === 0)).toBe(true);
  });

  it('compares keys as text whatever their column types, and reads views', async () => {
    await createTable(
      engine,
      'num_answers',
      'scenario VARCHAR, level VARCHAR, setl_id BIGINT, ' +
        'feedetl_sn VARCHAR, psn_no VARCHAR, fixmedins_code VARCHAR, amount DOUBLE',
      [
        ['a', 'setl', 7, null, null, null, 12.5],
        ['a', 'setl', 8, null, null, null, null],
      ],
    );
    await createFlags(engine, 'num_flags_base', 'setl_id', [' 7', '9']);
    await engine.exec('CREATE OR REPLACE VIEW num_flags AS SELECT * FROM num_flags_base');
    const s = value(await scoreFlags(engine, { answers: 'num_answers', flags: 'num_flags', level: 'setl' }));
    expect(s.overall).toEqual({ flagged: 2, truePositives: 1, precision: 0.5, planted: 2, recall: 0.5 });
    expect(table(s)).toEqual({ a: [2, 1, 0.5, 12.5, 12.5] });
  });

  it('quotes table names that are SQL keywords', async () => {
    await createAnswers(engine, 'select');
    await createFlags(engine, 'order', 'psn_no', ['P4']);
    const s = value(await scoreFlags(engine, { answers: 'select', flags: 'order', level: 'psn' }));
    expect(s.overall.truePositives).toBe(1);
  });
});
