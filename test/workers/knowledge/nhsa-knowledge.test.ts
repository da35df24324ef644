import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { format, resolveConfig } from 'prettier';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine, type NodeEngine } from '../../../node/engine/duckdb-node-engine';
import { NHSA_KNOWLEDGE_FILE, readNhsaKnowledgeFile } from '../../../node/knowledge/nhsa-knowledge-file';
import { codeKind } from '../../../workers/knowledge/kb-codes';
import { paramProblem } from '../../../workers/knowledge/kb-params';
import { KnowledgeBase } from '../../../workers/knowledge/knowledge-base';
import { readNhsaKnowledge } from '../../../workers/knowledge/nhsa-knowledge';
import { buildNhsaKnowledge } from '../../../workers/knowledge/nhsa-knowledge-build';
import { serializeNhsaKnowledge } from '../../../workers/knowledge/nhsa-knowledge-format';
import { nhsaKnowledgeReport } from '../../../workers/knowledge/nhsa-knowledge-report';
import { nhsaSampleRows } from '../../../workers/knowledge/nhsa-sample';
import { kpIdOf } from '../../../workers/knowledge/nhsa-sample-build';
import { readNhsaRecords } from '../../../workers/knowledge/nhsa-record';
import { NHSA_RULE_CLASSES } from '../../../workers/knowledge/nhsa-rule-classes';
import { rowKey } from '../../../workers/knowledge/knowledge-rows';
import { sharedReference } from '../../fixtures/shared-reference';

const knowledgeDir = path.dirname(NHSA_KNOWLEDGE_FILE);
const shared = sharedReference(
  'reference/nhsa-kb/all_records.json',
  'that nhsa-knowledge.json.gz and its report are what scripts/build-nhsa-knowledge.ts builds from the NHSA reference data',
);

let engine: NodeEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
});
afterAll(() => engine.close());

describe('the shipped NHSA knowledge (nhsa-knowledge.json.gz, the default layer)', () => {
  it('is gzip, small, cited row by row, one row per key, and fits the knowledge contract', async () => {
    const bytes = await readNhsaKnowledgeFile();
    expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
    expect(bytes.length).toBeLessThan(300 * 1024);
    const { rows, about } = await readNhsaKnowledge(bytes);
    const all = [
      ...(rows.kb_restriction ?? []),
      ...(rows.kb_exclusive_pair ?? []),
      ...(rows.kb_frequency ?? []),
    ];
    expect(about.title).toContain('全部已解析记录');
    expect(new Set(all.map((r) => kpIdOf(r.source))).size).toBe(about.records);
    for (const row of all)
      expect(row.source).toMatch(/^NHSA (第\d+批|\d{4}-\d{2}更新) .+ 行 \d+ \(KP-[0-9a-f]{16}\)$/);
    for (const row of rows.kb_restriction ?? []) {
      expect(codeKind(row.code), row.code).toBeDefined();
      expect(paramProblem(row.kind, row.param), `${row.code} ${row.kind} ${row.param}`).toBeUndefined();
    }
    for (const table of ['kb_restriction', 'kb_exclusive_pair', 'kb_frequency'] as const) {
      const keys = (rows[table] ?? []).map((r) => rowKey(table, r as never));
      expect(new Set(keys).size, table).toBe(keys.length);
    }
  });

  it('holds every row of the curated sample (the sample is a subset of it)', async () => {
    const { rows } = await readNhsaKnowledge(await readNhsaKnowledgeFile());
    const sample = nhsaSampleRows();
    for (const table of ['kb_restriction', 'kb_exclusive_pair', 'kb_frequency'] as const) {
      const full = new Set((rows[table] ?? []).map((r) => JSON.stringify(r)));
      for (const row of sample[table] ?? [])
        expect(full.has(JSON.stringify(row)), JSON.stringify(row)).toBe(true);
      expect((rows[table] ?? []).length).toBeGreaterThan((sample[table] ?? []).length);
    }
  });

  it('reads inflated bytes as well (a host that sent Content-Encoding: gzip) and refuses a broken asset', async () => {
    const gz = await readNhsaKnowledgeFile();
    const inflated = new Uint8Array(gunzipSync(gz));
    expect(await readNhsaKnowledge(inflated)).toEqual(await readNhsaKnowledge(gz));
    await expect(readNhsaKnowledge(new Uint8Array(gzipSync('{"about":{}}')))).rejects.toThrow(
      /kb_restriction is not an array/,
    );
    await expect(readNhsaKnowledge(gz.subarray(0, 1000))).rejects.toThrow();
  });

  it('has one fingerprint on every host: the SHA-256 of its JSON, whether the host sent it gzipped or inflated', async () => {
    const gz = await readNhsaKnowledgeFile();
    const json = gunzipSync(gz);
    // Hashed here independently (node:crypto), over the inflated bytes: what `gunzip -c … | sha256sum` prints.
    const expected = createHash('sha256').update(json).digest('hex');
    // The CLI and a host that serves the .gz as it is hand over the gzip bytes; vite preview and other hosts
    // that send Content-Encoding: gzip hand over the JSON. Both read as the same layer with the same hash.
    expect((await readNhsaKnowledge(gz)).sha256).toBe(expected);
    expect((await readNhsaKnowledge(new Uint8Array(json))).sha256).toBe(expected);
    // Not the hash of the gzip bytes (those depend on the compressor, not on the knowledge).
    expect(expected).not.toBe(createHash('sha256').update(gz).digest('hex'));
    // One changed byte of the knowledge, another fingerprint.
    const edited = new TextEncoder().encode(json.toString('utf8').replace('"about":{', '"about":{"x":1,'));
    expect((await readNhsaKnowledge(edited)).sha256).not.toBe(expected);
  });

  it('loads into the engine as the nhsa-full layer with every row in force', async () => {
    const { rows } = await readNhsaKnowledge(await readNhsaKnowledgeFile());
    const kb = new KnowledgeBase(engine);
    await kb.loadNhsa(rows);
    const summary = await kb.summary();
    expect(summary.tables).toEqual({
      kb_restriction: rows.kb_restriction?.length,
      kb_exclusive_pair: rows.kb_exclusive_pair?.length,
      kb_price_cap: 0,
      kb_frequency: rows.kb_frequency?.length,
    });
    expect(summary.layers.map((l) => [l.id, l.kind])).toEqual([['nhsa-full', 'nhsa-full']]);
    expect(summary.layers[0]?.name).toBe(
      '国家医保局两库知识点（全部已解析记录）/ NHSA knowledge points (all parsed records)',
    );
    expect(summary.layers[0]?.inForce).toEqual(summary.tables);
  });

  shared.it('is exactly what scripts/build-nhsa-knowledge.ts builds from the reference data', async () => {
    const build = buildNhsaKnowledge(readNhsaRecords(JSON.parse(readFileSync(shared.file, 'utf8'))));
    // Compared inflated: gzip bytes may differ between zlib versions, the text may not.
    expect(gunzipSync(readFileSync(NHSA_KNOWLEDGE_FILE)).toString('utf8')).toBe(
      serializeNhsaKnowledge(build.knowledge),
    );
    const reportPath = path.join(knowledgeDir, 'nhsa-knowledge-report.md');
    const report = await format(nhsaKnowledgeReport(build), {
      ...(await resolveConfig(reportPath)),
      filepath: reportPath,
    });
    expect(readFileSync(reportPath, 'utf8')).toBe(report);
  });

  shared.it('ships every parsed and partial record in force, none superseded, and counts the rest', () => {
    const records = readNhsaRecords(JSON.parse(readFileSync(shared.file, 'utf8')));
    const build = buildNhsaKnowledge(records);
    expect(build.stats.map((s) => s.rule_class)).toEqual([...NHSA_RULE_CLASSES]);
    for (const s of build.stats) {
      expect(s.sampled, s.rule_class).toBe(s.parsed + s.partial);
      expect(s.parsed + s.partial + s.unparsed, s.rule_class).toBe(s.records);
    }
    const inForce = build.stats.reduce((n, s) => n + s.records, 0);
    const superseded = build.stats.reduce((n, s) => n + s.superseded, 0);
    expect(inForce + superseded).toBe(records.length);
    const shipped = new Set(
      [
        ...build.knowledge.kb_restriction,
        ...build.knowledge.kb_exclusive_pair,
        ...build.knowledge.kb_frequency,
      ].map((r) => kpIdOf(r.source)),
    );
    const replaced = new Set(records.flatMap((r) => (r.supersedes ? [r.supersedes] : [])));
    for (const id of shipped) expect(replaced.has(id), id).toBe(false);
    // Every unparsed record is listed in the report, with its id.
    const report = nhsaKnowledgeReport(build);
    for (const u of build.unparsed) expect(report).toContain(u.kp_id);
  });
});
