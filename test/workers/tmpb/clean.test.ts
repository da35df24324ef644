import { it } from 'vitest';
import { createNodeEngine } from '../../../node/engine/duckdb-node-engine';
import { generateFiles, loadScenarioDataset } from '../generator/scenarios/scenario-dataset';
import { dataAvailability } from '../../../workers/rules/rule-session';
import { runModel } from '../../../workers/models/run-model';
import { crossRegionModel } from '../../../workers/models/library/cross-region';

it('clean', async () => {
  const engine = await createNodeEngine();
  const files = generateFiles({ seed: 20241107, lines: 80_000, headers: 'code', scenarios: { 'service-after-death': 0.02 } });
  const data = await dataAvailability(engine, await loadScenarioDataset(engine, files));
  await runModel(engine, data, { model: crossRegionModel, table: 'o' });
  console.log(await engine.rows(`SELECT entity_id, score, explain_en FROM o LIMIT 3`));
  console.log(await engine.rows(`SELECT s.med_type, s.dise_codg, s.drg_code, s.medfee_sumamt, s.begndate, s.enddate, s.insu_admdvs FROM o_links l JOIN setl s USING (setl_id) WHERE l.entity_id = (SELECT entity_id FROM o LIMIT 1) LIMIT 12`));
  console.log(await engine.rows(`SELECT med_type, left(dise_codg,3) dg, insu_admdvs <> mdtrt_admdvs nl, count(*) n, median(medfee_sumamt) med, avg(date_diff('day', begndate, enddate)) los FROM setl WHERE fixmedins_code = (SELECT entity_id FROM o LIMIT 1) GROUP BY ALL ORDER BY ALL LIMIT 40`));
}, 600_000);
