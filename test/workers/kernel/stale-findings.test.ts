/**
 * Scoring refuses findings older than the data they score: on the real kernel (DuckDB-WASM under Node),
 * a Rule cell's findings computed before a data change are refused until the cell runs again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newJobId } from '../../../core/shared/ids';
import { SCENARIO_CATALOG } from '../../../workers/generator/scenarios/scenario-catalog';
import { createNodeKernel, error, textFile, value, type NodeKernelHost } from './node-kernel-host';

let host: NodeKernelHost;
const job = () => newJobId();
const scenarios = Object.fromEntries(Object.values(SCENARIO_CATALOG).map((s) => [s.id, s.defaultRate]));
const request = { name: 'flags', pack: { kind: 'custom' as const, rules: ['GZ10000204001000'] } };

beforeAll(async () => {
  host = createNodeKernel();
  value(await host.kernel.generateWorkshop({ seed: 11, lines: 5_000, scenarios }, job()));
}, 120_000);

afterAll(async () => {
  await host.close();
});

describe('scoreWorkshop after a data change', () => {
  it('scores findings computed on the data in force, also after the answers are revealed', async () => {
    value(await host.kernel.runRules(request, job()));
    value(await host.kernel.scoreWorkshop('flags', 'setl'));
    value(await host.kernel.revealAnswers());
    expect(value(await host.kernel.scoreWorkshop('flags', 'setl')).source).toBe('findings');
  });

  it('refuses them, with a bilingual message, once the data changed; a re-run scores again', async () => {
    await (await host.engine()).exec('CREATE TABLE my_flags AS SELECT DISTINCT setl_id FROM setl LIMIT 5');
    const medins = (await host.kernel.listDatasets()).find((d) => d.fileName === 'medins.csv')!;
    value(await host.kernel.unmapDataset(medins.id));
    const refused = error(await host.kernel.scoreWorkshop('flags', 'setl'));
    expect(refused.code).toBe('workshop.stale-findings');
    expect(refused.message.zh).toContain('请先重新运行该规则单元格');
    expect(refused.message.en).toContain('run that Rule cell again');
    expect(error(await host.kernel.scoreWorkshop('FLAGS_lines', 'fee')).code).toBe('workshop.stale-findings');
    // A table that is not a Rule cell's findings is the participant's own: it is scored as it is.
    value(await host.kernel.scoreWorkshop('my_flags', 'setl'));
    value(await host.kernel.runRules(request, job()));
    value(await host.kernel.scoreWorkshop('flags', 'setl'));
  });

  it('has nothing to score against once a user file took the workshop data out', async () => {
    value(await host.kernel.openFile(textFile('extra.csv', 'a,b\n1,2\n'), { jobId: job() }));
    // The user's file took the workshop data and its answer key out: nothing is left to score against.
    expect(error(await host.kernel.scoreWorkshop('flags', 'setl')).code).toBe('workshop.no-answer-key');
  });
});
