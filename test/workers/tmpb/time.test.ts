import { it } from 'vitest';
import { createNodeEngine } from '../../../node/engine/duckdb-node-engine';
import { generateFiles, loadScenarioDataset } from '../generator/scenarios/scenario-dataset';
import { dataAvailability } from '../../../workers/rules/rule-session';
import { runModel } from '../../../workers/models/run-model';
import { NHSA_PEER_MODELS } from '../../../workers/models/library/nhsa-peer-models';

it('time', async () => {
  const engine = await createNodeEngine();
  const files = generateFiles({ seed: 11, lines: 1_000_000, headers: 'code', scenarios: { 'cross-region': 0.3, upcoding: 0.1 } });
  const mappings = await loadScenarioDataset(engine, files);
  const data = await dataAvailability(engine, mappings);
  console.log('TIME', await engine.rows(`SELECT (SELECT count(*) FROM fee) fee, (SELECT count(*) FROM setl) setl`));
  for (const m of NHSA_PEER_MODELS) {
    for (let k = 0; k < 2; k++) {
      const t0 = performance.now();
      const o = await runModel(engine, data, { model: m, table: 'o' });
      console.log('TIME', m.id, o.status, o.status === 'ran' ? o.entities : '', Math.round(performance.now() - t0), 'ms');
    }
  }
}, 1_800_000);
