/**
 * Builds the default knowledge layer shipped with the app from the reference data beside the repository:
 *   npx tsx scripts/build-nhsa-knowledge.ts
 * reads ../shared/reference/nhsa-kb/all_records.json, parses every record in force, and writes
 * workers/knowledge/nhsa-knowledge.json.gz (the rows, gzip) and workers/knowledge/nhsa-knowledge-report.md
 * (per-class parsed / partial / unparsed counts, every unparsed and partial record). Deterministic: the
 * same reference gives the same JSON text (test/workers/knowledge/nhsa-knowledge.test.ts checks it).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { format, resolveConfig } from 'prettier';
import { buildNhsaKnowledge } from '../workers/knowledge/nhsa-knowledge-build';
import { serializeNhsaKnowledge } from '../workers/knowledge/nhsa-knowledge-format';
import { nhsaKnowledgeReport } from '../workers/knowledge/nhsa-knowledge-report';
import { readNhsaRecords } from '../workers/knowledge/nhsa-record';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const input = path.resolve(repo, '../shared/reference/nhsa-kb/all_records.json');
const out = path.join(repo, 'workers/knowledge');

if (!existsSync(input)) {
  process.stderr.write(`NHSA reference data not found at ${input}\n`);
  process.exit(1);
}
const build = buildNhsaKnowledge(readNhsaRecords(JSON.parse(readFileSync(input, 'utf8'))));
const json = serializeNhsaKnowledge(build.knowledge);
// gzip's header carries no time or name here (Node writes mtime 0), so equal text gives equal bytes.
const gz = gzipSync(json, { level: 9 });
writeFileSync(path.join(out, 'nhsa-knowledge.json.gz'), gz);
const reportPath = path.join(out, 'nhsa-knowledge-report.md');
// Formatted as `npm run format:check` expects (Prettier aligns Markdown tables).
const prettierOptions = { ...(await resolveConfig(reportPath)), filepath: reportPath };
writeFileSync(reportPath, await format(nhsaKnowledgeReport(build), prettierOptions));

const { knowledge } = build;
const totals = build.stats.reduce(
  (t, s) => ({
    parsed: t.parsed + s.parsed,
    partial: t.partial + s.partial,
    unparsed: t.unparsed + s.unparsed,
  }),
  { parsed: 0, partial: 0, unparsed: 0 },
);
process.stdout.write(
  `wrote nhsa-knowledge.json.gz (${(gz.length / 1024).toFixed(0)} KB gzip, ` +
    `${(Buffer.byteLength(json) / 1024).toFixed(0)} KB JSON: ${knowledge.kb_restriction.length} restriction, ` +
    `${knowledge.kb_exclusive_pair.length} pair, ${knowledge.kb_frequency.length} frequency rows from ` +
    `${knowledge.about.records} records; ${totals.parsed} parsed, ${totals.partial} partial, ` +
    `${totals.unparsed} unparsed) and nhsa-knowledge-report.md\n`,
);
