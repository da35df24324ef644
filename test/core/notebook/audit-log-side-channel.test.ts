import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { DatasetInfo } from '../../../workers/api';
import { createNodeEngine, type NodeEngine } from '../../../node/engine/duckdb-node-engine';
import { emptyNotebook } from '../../../core/notebook/notebook-edit';
import { parseNotebook } from '../../../core/notebook/parse-notebook';
import { serializeNotebook } from '../../../core/notebook/serialize-notebook';
import { NotebookStore } from '../../../src/state/notebook-store';
import { datasetInfo } from '../../src/state/fake-kernel';
import { nodeKernel } from '../../src/state/node-kernel';

// The cases are described in test/attacks/notebook/README.md.
const attack = (name: string) => new URL(`../../attacks/notebook/${name}`, import.meta.url);
const PROBE = readFileSync(attack('audit-side-channel.claimlens.md'), 'utf8');
const LOG_LINE = /^\d{4}-\d\d-\d\dT\d\d:\d\dZ cell=\S+ source=[0-9a-f]{64} status=(done|error) datasets=\S+$/;

let engine: NodeEngine | undefined;

afterEach(async () => {
  await engine?.close();
  engine = undefined;
});

/** Loads `csv` as the canonical `psn` table, runs the probe notebook and returns its saved text. */
async function runProbe(csv: string): Promise<{ text: string; sha256: string }> {
  const bytes = readFileSync(attack(csv));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  engine = await createNodeEngine();
  // The engine reads no files here (the app's loaders are tested elsewhere): the rows go in as values.
  const [header = '', ...rows] = bytes.toString('utf8').trim().split('\n');
  await engine.exec(
    `CREATE TABLE psn (${header
      .split(',')
      .map((c) => `${c} VARCHAR`)
      .join(', ')})`,
  );
  for (const row of rows) await engine.execPrepared('INSERT INTO psn VALUES (?, ?, ?)', row.split(','));
  const file: DatasetInfo = {
    ...datasetInfo('d1', csv, { sha256 }),
    mapping: { source: 'raw_psn', target: 'psn', columns: {} },
  };
  const store = new NotebookStore(nodeKernel(engine), { datasets: () => [file] }, emptyNotebook());
  await store.open(PROBE, 'probe.claimlens.md', 'file');
  await store.run({ kind: 'all' });
  expect([...store.state.runs.values()].filter((r) => r.status === 'done')).toHaveLength(4);
  return { text: store.serialize(), sha256 };
}

const logLines = (text: string): string[] =>
  /```claimlens-log\n([\s\S]*?)\n```/.exec(text)?.[1]?.split('\n') ?? [];

/** A log line without its time, and with each file fingerprint replaced by `<file>`. */
const withoutTimeAndFiles = (line: string, sha256: string): string =>
  line.replace(/^\S+ /, '').replaceAll(sha256, '<file>');

describe('the audit log as a side channel (test/attacks/notebook/audit-side-channel.claimlens.md)', () => {
  it('logs the same lines for two files that differ only in one name, but for time and file fingerprint', async () => {
    const a = await runProbe('psn-name-a.csv');
    const b = await runProbe('psn-name-b.csv');
    const linesA = logLines(a.text);
    const linesB = logLines(b.text);
    expect(linesA.map((line) => line.split(' ')[1])).toEqual(['cell=c1', 'cell=c2', 'cell=c3', 'cell=g1']);
    for (const line of [...linesA, ...linesB]) expect(line).toMatch(LOG_LINE);
    expect(linesA.map((line) => withoutTimeAndFiles(line, a.sha256))).toEqual(
      linesB.map((line) => withoutTimeAndFiles(line, b.sha256)),
    );
    // Neither a row count, a result hash nor a duration is in the file, and no name is in the log.
    for (const text of [a.text, b.text]) {
      expect(text).not.toMatch(/ (rows|result|ms)=/);
      expect(logLines(text).join('\n')).not.toMatch(/张|欧阳|24352/);
    }
  });
});

describe('a log written by an older version (test/attacks/notebook/audit-log-legacy.claimlens.md)', () => {
  it('opens with one problem, and the next save drops row counts, result hashes, durations and seconds', () => {
    const legacy = readFileSync(attack('audit-log-legacy.claimlens.md'), 'utf8');
    const { notebook, problems } = parseNotebook(legacy);
    expect(problems.map((p) => [p.code, p.line])).toEqual([['audit-log', 10]]);
    expect(problems[0]?.message.zh).toContain('下次保存时将从文件中删除');
    expect(problems[0]?.message.en).toContain('the next save removes them');
    const lines = logLines(serializeNotebook(notebook));
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(LOG_LINE);
    expect(lines.map((line) => line.split(' ')[0])).toEqual(['2026-11-23T08:00Z', '2026-11-23T08:03Z']);
  });
});
