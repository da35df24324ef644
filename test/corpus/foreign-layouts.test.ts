import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULE_LIBRARY } from '../../workers/rules/rule-library';
import { buildCorpus } from './corpus';
import { FAMILY_RULES } from './corpus-types';
import { layoutReport } from './layout-report';
import { recallOf, recallTable, scoreCases, unexplainedFindings, type CaseResult } from './recall';
import { runLayout, type LayoutRun } from './run-layout';

/**
 * The acceptance test of issue 13: five extracts shaped by others go from their files to findings with
 * auto-mapping alone. The report (recall per layout and family, every miss with its reason) is written
 * to test/corpus/out/recall.md.
 */
const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'out');
const LAYOUTS = buildCorpus();
const sections = new Map<string, string>();

afterAll(() => {
  mkdirSync(OUT, { recursive: true });
  const body = LAYOUTS.map((l) => sections.get(l.id) ?? `## ${l.id}\n\nnot run\n`).join('\n');
  writeFileSync(
    path.join(OUT, 'recall.md'),
    `# Foreign-layout corpus: recall with auto-mapping alone\n\n${body}`,
  );
});

describe('the corpus', () => {
  it('is the same on every build (seeded)', () => {
    const again = buildCorpus();
    for (const [i, layout] of LAYOUTS.entries()) {
      expect(again[i]!.cases).toEqual(layout.cases);
      expect(again[i]!.files.map((f) => Buffer.from(f.bytes).toString('base64'))).toEqual(
        layout.files.map((f) => Buffer.from(f.bytes).toString('base64')),
      );
    }
  });

  it('plants at least six rule families in every layout, each named by rules of the shipped library', () => {
    const ids = new Set(RULE_LIBRARY.map((r) => r.id));
    for (const rules of Object.values(FAMILY_RULES)) for (const id of rules) expect(ids).toContain(id);
    for (const layout of LAYOUTS) {
      expect(new Set(layout.cases.map((c) => c.family)).size, layout.id).toBeGreaterThanOrEqual(6);
      const settlements = new Set(layout.settlementIds);
      for (const c of layout.cases) for (const s of c.settlements) expect(settlements, c.id).toContain(s);
    }
  });

  it('scores a case found only by a finding of its family that names its keys', () => {
    const planted = { id: 'x', family: 'split_admission', settlements: ['S2'], lines: [], note: '' } as const;
    const key = { ruleId: 'GZ10000204001000', setlId: 'S2', mdtrtId: null, psnNo: null, feedetlSn: null };
    expect(scoreCases([planted], [key])[0]!.found).toBe(true);
    expect(scoreCases([planted], [{ ...key, setlId: 'S1' }])[0]!.found).toBe(false);
    expect(scoreCases([planted], [{ ...key, ruleId: 'CL-BHV-001' }])[0]!.found).toBe(false);
    expect(scoreCases([planted], [{ ...key, setlId: null, mdtrtId: 'S2' }])[0]!.found).toBe(true);
    expect(unexplainedFindings([planted], [key, { ...key, setlId: 'S9' }])).toEqual([
      { family: 'split_admission', findings: 1 },
    ]);
  });
});

describe.each(LAYOUTS)('$id, with auto-mapping alone', (layout) => {
  let run: LayoutRun;
  let results: CaseResult[];

  beforeAll(async () => {
    run = await runLayout(layout);
    results = scoreCases(layout.cases, run.keys);
    sections.set(layout.id, layoutReport(layout, run, results));
  }, 600_000);

  it('loads every file and applies its proposal', () => {
    const broken = run.files.filter((f) => f.loadError || f.proposalError || f.applyError);
    expect(broken.map((f) => f.file)).toEqual([]);
    expect(run.runError).toBeUndefined();
  });

  it('fails no rule', () => {
    const failed = (run.summary?.rules ?? []).filter((r) => r.status === 'failed');
    expect(failed.map((r) => `${r.ruleId}: ${r.error?.message.en ?? ''}`)).toEqual([]);
  });

  it('recalls at least 95 % of the planted cases', async ({ annotate }) => {
    await annotate(`${layout.id}\n${recallTable(results)}`);
    const missed = results.filter((r) => !r.found).map((r) => r.planted.id);
    expect(recallOf(results), `missed: ${missed.join(', ')}`).toBeGreaterThanOrEqual(0.95);
  });

  it('finds nothing but the extract’s own settlements', () => {
    const own = new Set(layout.settlementIds);
    const foreign = run.keys.filter(
      (k) => k.setlId !== null && !own.has(k.setlId) && !own.has(k.mdtrtId ?? ''),
    );
    expect(foreign.slice(0, 5)).toEqual([]);
  });
});
