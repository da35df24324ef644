import { it } from 'vitest';
import { createNodeEngine } from '../../../node/engine/duckdb-node-engine';
import { generateFiles, loadScenarioDataset } from '../generator/scenarios/scenario-dataset';
import { dataAvailability } from '../../../workers/rules/rule-session';
import { runModel } from '../../../workers/models/run-model';
import { crossRegionModel } from '../../../workers/models/library/cross-region';
import { upcodingModel } from '../../../workers/models/library/upcoding';
import { peerIndicatorsModel } from '../../../workers/models/library/peer-indicators';

it('explore', async () => {
  for (const [scen, rate] of [['cross-region', 0.3], ['upcoding', 0.1]] as const) {
    const engine = await createNodeEngine();
    const files = generateFiles({ seed: 7, lines: Number(process.env.LINES ?? 30000), headers: 'code', scenarios: { [scen]: rate } });
    const mappings = await loadScenarioDataset(engine, files);
    const data = await dataAvailability(engine, mappings);
    console.log(scen, await engine.rows(`SELECT count(*) n, count(DISTINCT fixmedins_code) i FROM setl`));
    console.log(await engine.rows(`SELECT peer_group, medins_lv, fixmedins_type, count(*) n FROM medins GROUP BY ALL ORDER BY ALL`));
    console.log('planted', await engine.rows(`SELECT DISTINCT s.fixmedins_code FROM answers a JOIN setl s USING (setl_id) WHERE a.scenario='${scen}'`));
    for (const m of [crossRegionModel, upcodingModel, peerIndicatorsModel]) {
      const t0 = performance.now();
      const o = await runModel(engine, data, { model: m, table: 'o' });
      console.log(m.id, o.status, Math.round(performance.now() - t0), 'ms');
      if (o.status === 'ran') console.log(await engine.rows(`SELECT entity_id, round(score,2) s, explain_en FROM o LIMIT 6`));
    }
    await engine.close();
  }
}, 600_000);
