import { readFileSync } from 'node:fs';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { codeKind } from '../../../workers/knowledge/kb-codes';
import { paramProblem } from '../../../workers/knowledge/kb-params';
import { nhsaSampleRows } from '../../../workers/knowledge/nhsa-sample';
import { buildNhsaSample, kpIdOf } from '../../../workers/knowledge/nhsa-sample-build';
import { serializeNhsaSample } from '../../../workers/knowledge/nhsa-sample-format';
import { nhsaSampleReport } from '../../../workers/knowledge/nhsa-sample-report';
import { readNhsaRecords } from '../../../workers/knowledge/nhsa-record';
import { NHSA_RULE_CLASSES } from '../../../workers/knowledge/nhsa-rule-classes';
import { sharedReference } from '../../fixtures/shared-reference';

const repo = path.resolve(import.meta.dirname, '../../..');
const knowledgeDir = path.join(repo, 'workers/knowledge');
const shared = sharedReference(
  'reference/nhsa-kb/all_records.json',
  'that nhsa-sample.json and its report are what scripts/build-nhsa-sample.ts builds from the NHSA reference data',
);
const reference = shared.file;

describe('the shipped NHSA sample (nhsa-sample.json)', () => {
  const rows = nhsaSampleRows();
  const all = [
    ...(rows.kb_restriction ?? []),
    ...(rows.kb_exclusive_pair ?? []),
    ...(rows.kb_frequency ?? []),
  ];

  it('is small, cited row by row, and fits the knowledge contract', () => {
    expect(readFileSync(path.join(knowledgeDir, 'nhsa-sample.json')).length).toBeLessThan(300 * 1024);
    for (const row of all)
      expect(row.source).toMatch(/^NHSA (第\d+批|\d{4}-\d{2}更新) .+ 行 \d+ \(KP-[0-9a-f]{16}\)$/);
    for (const row of rows.kb_restriction ?? []) {
      expect(codeKind(row.code), row.code).toBeDefined();
      expect(paramProblem(row.kind, row.param), `${row.code} ${row.kind} ${row.param}`).toBeUndefined();
    }
  });

  it('keeps one row per key', () => {
    const keys = (rows.kb_restriction ?? []).map((r) => `${r.code}|${r.kind}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  shared.it('is exactly what scripts/build-nhsa-sample.ts builds from the reference data', async () => {
    const build = buildNhsaSample(readNhsaRecords(JSON.parse(readFileSync(reference, 'utf8'))));
    expect(readFileSync(path.join(knowledgeDir, 'nhsa-sample.json'), 'utf8')).toBe(
      serializeNhsaSample(build.sample),
    );
    const reportPath = path.join(knowledgeDir, 'nhsa-sample-report.md');
    const report = await format(nhsaSampleReport(build), {
      ...(await resolveConfig(reportPath)),
      filepath: reportPath,
    });
    expect(readFileSync(reportPath, 'utf8')).toBe(report);
  });

  shared.it('covers every rule class, newest records first, none superseded', () => {
    const records = readNhsaRecords(JSON.parse(readFileSync(reference, 'utf8')));
    const build = buildNhsaSample(records);
    expect(build.stats.map((s) => s.rule_class)).toEqual([...NHSA_RULE_CLASSES]);
    for (const s of build.stats) expect(s.sampled, s.rule_class).toBeGreaterThan(0);
    const byId = new Map(records.map((r) => [r.kp_id, r]));
    const superseded = new Set(records.flatMap((r) => (r.supersedes ? [r.supersedes] : [])));
    const sampled = new Set(all.map((r) => kpIdOf(r.source)));
    for (const id of sampled) {
      expect(byId.has(id)).toBe(true);
      expect(superseded.has(id)).toBe(false);
    }
    expect(build.stats.reduce((n, s) => n + s.superseded, 0)).toBe(397);
  });
});
