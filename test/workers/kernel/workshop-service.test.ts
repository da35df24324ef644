import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatasetInfo, DatasetId, WorkshopProgress } from '../../../workers/api';
import { createNodeEngine, type NodeEngine } from '../../../node/engine/duckdb-node-engine';
import { SCENARIO_CATALOG } from '../../../workers/generator/scenarios/scenario-catalog';
import { KnowledgeBase } from '../../../workers/knowledge/knowledge-base';
import { Jobs } from '../../../workers/kernel/jobs';
import { nodeRuleEngine } from '../../../node/engine/node-rule-engine';
import { createRuleService } from '../../../workers/kernel/rule-service';
import type { GeneratedFile } from '../../../workers/kernel/generated-parts';
import { createWorkshopService, type WorkshopServiceDeps } from '../../../workers/kernel/workshop-service';
import { loadFile } from '../../../workers/loaders/load-file';
import { buildCanonical } from '../../../workers/mapping/build-canonical';
import type { TableMapping } from '../../../core/mapping/mapping-types';
import { proposeMapping } from '../../../workers/mapping/propose-mapping';
import { sampleColumns } from '../../../workers/mapping/sample-columns';
import { fail, ok } from '../../../core/shared/errors';
import { newJobId } from '../../../core/shared/ids';

let engine: NodeEngine;
let knowledge: KnowledgeBase;
let mappings: TableMapping[] = [];
const jobs = new Jobs();

/** The kernel's replaceData on the Node engine: the real loader, mapping proposal and canonical build. */
const replaceData: WorkshopServiceDeps['replaceData'] = async (
  files: readonly GeneratedFile[],
  jobId,
  onProgress,
) => {
  for (const m of mappings) await engine.exec(`DROP TABLE IF EXISTS ${m.source}`);
  mappings = [];
  const loaded: DatasetInfo[] = [];
  for (const file of files) {
    const table = `raw_${file.name.replace(/\.csv$/, '')}`;
    const result = await jobs.run(jobId, (signal) =>
      loadFile(engine, file.blob, file.name, table, {
        signal,
        onProgress: (p) => onProgress(file.name, p),
        parquet: () => Promise.reject(new Error('no')),
      }),
    );
    if (!result.ok) return result;
    const samples = await sampleColumns(engine, table, result.value.columns);
    const { mapping } = proposeMapping(table, result.value.columns, samples);
    await buildCanonical(engine, mapping.target, [mapping]);
    mappings.push(mapping);
    const id = `d-${file.name}` as DatasetId;
    loaded.push({
      ...result.value,
      id,
      fileName: file.name,
      fileSize: file.blob.size,
      loadMs: 0,
      format: 'demo',
      mapping,
    });
  }
  return ok(loaded);
};

const service = createWorkshopService({
  engine: async () => engine,
  jobs,
  knowledge: async () => knowledge,
  replaceData,
});

const allScenarios = Object.fromEntries(Object.values(SCENARIO_CATALOG).map((s) => [s.id, s.defaultRate]));

const tableNames = async () =>
  (await engine.rows<{ name: string }>(`SELECT table_name AS name FROM information_schema.tables`)).map(
    (r) => r.name,
  );

let datasets: DatasetInfo[] = [];
const progress: WorkshopProgress[] = [];

beforeAll(async () => {
  engine = await createNodeEngine();
  knowledge = new KnowledgeBase(engine);
  const result = await service.generateWorkshop(
    { seed: 7, lines: 20_000, scenarios: allScenarios },
    newJobId(),
    (p) => progress.push(p),
  );
  if (!result.ok) throw new Error(result.error.message.en);
  datasets = result.value;
}, 120_000);

afterAll(async () => {
  await engine.close();
});

describe('generateWorkshop', () => {
  it('loads and maps the data tables, without the answer key or knowledge files as datasets', async () => {
    const targets = datasets.map((d) => d.mapping?.target);
    expect(targets).toEqual(expect.arrayContaining(['fee', 'medins', 'psn', 'setl']));
    expect(targets).not.toContain(undefined);
    expect(datasets.map((d) => d.fileName).filter((f) => /^(answers|kb_)/.test(f))).toEqual([]);
    const [fee] = await engine.rows<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM fee`);
    expect(fee?.n).toBeGreaterThan(15_000);
    expect(progress.some((p) => p.stage === 'generate' && p.table === 'answers')).toBe(true);
    expect(progress.some((p) => p.stage === 'load' && p.table === 'psn')).toBe(true);
  });

  it('keeps the answer key hidden until revealed', async () => {
    const names = await tableNames();
    expect(names).not.toContain('_cl_answers');
    expect(names).not.toContain('answers');
    // Only the kernel's private connection sees the key (test/workers/kernel/kernel-tables.test.ts).
    const [key] = await engine.kernelSql.rows<{ n: number; scenarios: number }>(
      `SELECT count(*)::INTEGER AS n, count(DISTINCT scenario)::INTEGER AS scenarios FROM temp.main._cl_answers`,
    );
    expect(key?.n).toBeGreaterThan(0);
    expect(key?.scenarios).toBeGreaterThanOrEqual(6);
  });

  it('loads the generated kb_price_cap and kb_restriction rows into the knowledge base', async () => {
    const summary = await knowledge.summary();
    const demo = summary.layers.find((l) => l.id === 'demo');
    expect(demo).toBeDefined();
    const [caps] = await engine.rows<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM kb_price_cap`);
    expect(caps?.n).toBeGreaterThan(0);
  });

  it('refuses options out of bounds', async () => {
    const tooMany = await service.generateWorkshop({ seed: 1, lines: 5_000_000, scenarios: {} }, newJobId());
    expect(tooMany.ok ? '' : tooMany.error.code).toBe('workshop.options');
    const badRate = await service.generateWorkshop(
      { seed: 1, lines: 2_000, scenarios: { 'phantom-stay': 2 } },
      newJobId(),
    );
    expect(badRate.ok ? '' : badRate.error.code).toBe('workshop.options');
  });
});

describe('scoreWorkshop', () => {
  it('scores flags made from the answer key with perfect recall and precision, before reveal', async () => {
    await engine.kernelSql.exec(
      `CREATE OR REPLACE TABLE my_flags AS SELECT DISTINCT setl_id FROM temp.main._cl_answers`,
    );
    const score = await service.scoreWorkshop('my_flags', 'setl');
    if (!score.ok) throw new Error(score.error.message.en);
    expect(score.value.overall.recall).toBe(1);
    expect(score.value.overall.precision).toBe(1);
    for (const s of score.value.byScenario) expect(s.found).toBe(s.planted);
    expect((await tableNames()).includes('answers')).toBe(false);
  });

  it("scores a Rule cell's findings: the split-admission rule finds its scenario", async () => {
    const rules = createRuleService({
      engine: async () => nodeRuleEngine(engine),
      jobs,
      mappings: () => mappings,
      isCellView: () => false,
    });
    const run = await rules.runRules(
      { name: 'findings', pack: { kind: 'custom', rules: ['GZ10000204001000'] } },
      newJobId(),
    );
    if (!run.ok) throw new Error(run.error.message.en);
    const score = await service.scoreWorkshop('findings', 'setl');
    if (!score.ok) throw new Error(score.error.message.en);
    expect(score.value.source).toBe('findings');
    const split = score.value.byScenario.find((s) => s.scenario === 'split-admission');
    expect(split?.planted).toBeGreaterThan(0);
    expect(split?.recall).toBeGreaterThanOrEqual(0.9);
    expect(score.value.overall.precision).toBeGreaterThan(0);
    expect(score.value.overall.recall).toBeLessThan(1);
  });

  it('reports a missing flags table as an error value', async () => {
    const score = await service.scoreWorkshop('no_such_flags', 'setl');
    expect(score.ok ? '' : score.error.code).toBe('workshop.no-table');
  });
});

describe('revealAnswers', () => {
  it('creates the visible answers table, a copy of the key', async () => {
    const revealed = await service.revealAnswers();
    if (!revealed.ok) throw new Error(revealed.error.message.en);
    const [count] = await engine.rows<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM answers`);
    expect(revealed.value.rows).toBe(count?.n);
    const [diff] = await engine.kernelSql.rows<{ n: number }>(
      `SELECT count(*)::INTEGER AS n FROM (SELECT * FROM answers EXCEPT ALL SELECT * FROM temp.main._cl_answers)`,
    );
    expect(diff?.n).toBe(0);
    const again = await service.revealAnswers();
    expect(again.ok).toBe(true);
  });

  it('refuses to replace an answers table it did not create', async () => {
    const other = await createNodeEngine();
    try {
      const lone = createWorkshopService({
        engine: async () => other,
        jobs,
        knowledge: async () => new KnowledgeBase(other),
        replaceData: async () => fail({ kind: 'internal', code: 'unused', message: { zh: '', en: '' } }),
      });
      expect((await lone.revealAnswers()).ok).toBe(false);
      await other.kernelSql.exec(`CREATE TEMP TABLE _cl_answers AS SELECT 1 AS x`);
      await other.exec(`CREATE TABLE answers AS SELECT 1 AS mine`);
      const refused = await lone.revealAnswers();
      expect(refused.ok ? '' : refused.error.code).toBe('workshop.answers-taken');
    } finally {
      await other.close();
    }
  });
});
