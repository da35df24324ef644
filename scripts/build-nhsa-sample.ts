/**
 * Builds the shipped NHSA knowledge sample from the reference data beside the repository:
 *   npx tsx scripts/build-nhsa-sample.ts
 * reads ../shared/reference/nhsa-kb/all_records.json, writes workers/knowledge/nhsa-sample.json and
 * workers/knowledge/nhsa-sample-report.md, and prints the parse statistics per rule class.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { buildNhsaSample } from '../workers/knowledge/nhsa-sample-build';
import { readNhsaRecords } from '../workers/knowledge/nhsa-record';
import { serializeNhsaSample } from '../workers/knowledge/nhsa-sample-format';
import { nhsaSampleReport } from '../workers/knowledge/nhsa-sample-report';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const input = path.resolve(repo, '../shared/reference/nhsa-kb/all_records.json');
const out = path.join(repo, 'workers/knowledge');

if (!existsSync(input)) {
  process.stderr.write(`NHSA reference data not found at ${input}\n`);
  process.exit(1);
}
const build = buildNhsaSample(readNhsaRecords(JSON.parse(readFileSync(input, 'utf8'))));
const json = serializeNhsaSample(build.sample);
writeFileSync(path.join(out, 'nhsa-sample.json'), json);
const reportPath = path.join(out, 'nhsa-sample-report.md');
// Formatted as `npm run format:check` expects (Prettier aligns Markdown tables).
const prettierOptions = { ...(await resolveConfig(reportPath)), filepath: reportPath };
writeFileSync(reportPath, await format(nhsaSampleReport(build), prettierOptions));

const pad = (s: string | number, n: number) => String(s).padStart(n);
process.stdout.write(`rule class${' '.repeat(22)}in force  parsed partial unparsed sampled\n`);
for (const s of build.stats) {
  const name = s.rule_class + '　'.repeat(Math.max(0, 15 - s.rule_class.length));
  process.stdout.write(
    `${name} ${pad(s.records, 8)} ${pad(s.parsed, 7)} ${pad(s.partial, 7)} ${pad(s.unparsed, 8)} ${pad(s.sampled, 7)}\n`,
  );
}
process.stdout.write(
  `wrote nhsa-sample.json (${(Buffer.byteLength(json) / 1024).toFixed(0)} KB: ` +
    `${build.sample.kb_restriction.length} restriction, ${build.sample.kb_exclusive_pair.length} pair, ` +
    `${build.sample.kb_frequency.length} frequency rows from ${build.sample.about.records} records) ` +
    `and nhsa-sample-report.md\n`,
);
