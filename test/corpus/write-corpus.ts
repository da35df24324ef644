/**
 * Writes the corpus to disk as an auditor would receive it: one folder per layout with its files and
 * `answer-key.json`. Usage: `npx tsx test/corpus/write-corpus.ts [out-dir]` (default test/corpus/out/files).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildCorpus } from './corpus';

const out = process.argv[2] ?? path.join('test', 'corpus', 'out', 'files');
for (const layout of buildCorpus()) {
  const dir = path.join(out, layout.id);
  mkdirSync(dir, { recursive: true });
  for (const file of layout.files) writeFileSync(path.join(dir, file.name), file.bytes);
  writeFileSync(path.join(dir, 'answer-key.json'), JSON.stringify(layout.cases, null, 2) + '\n');
  process.stdout.write(`${dir}: ${layout.files.length} files, ${layout.cases.length} planted cases\n`);
}
