import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { DatasetInfo } from '../../../workers/api';
import type { CanonicalTable } from '../../../core/mapping/mapping-types';
import { parseNotebook } from '../../../core/notebook/parse-notebook';
import { serializeNotebook } from '../../../core/notebook/serialize-notebook';
import { notebookForSave } from '../../../src/state/notebook-session';
import { datasetInfo } from './fake-kernel';

const sha = (bytes: string): string => createHash('sha256').update(bytes).digest('hex');

function mapped(fileName: string, target: CanonicalTable, also: CanonicalTable[] = []): DatasetInfo {
  const info = datasetInfo(fileName, fileName, { sha256: sha(fileName) });
  const derived = also.map((t) => ({ target: t, columns: {} }));
  return {
    ...info,
    mapping: { source: info.table, target, columns: {}, ...(also.length ? { also: derived } : {}) },
  };
}

// Only fee is named by SQL; setl, psn and medins are read by the Rule cell. psn is derived from the
// settlement file, which has an unusual name; files are given out of canonical order.
const TEXT = `---
title: save
---

\`\`\`sql {id=q1 name=lines}
SELECT * FROM fee
\`\`\`

\`\`\`rule {id=r1 name=findings}
pack: all
\`\`\`
`;

describe('notebookForSave', () => {
  const files = [
    mapped('医院.csv', 'medins'),
    mapped('明细.csv', 'fee'),
    mapped('js 2026.csv', 'setl', ['psn']),
  ];

  it('binds every canonical table the cells read, rules included, derived tables to their source file', () => {
    const { notebook } = parseNotebook(TEXT);
    const saved = notebookForSave(notebook, files);
    expect(saved.meta.datasets).toEqual([
      { table: 'setl', file: 'js 2026.csv', sha256: sha('js 2026.csv') },
      { table: 'fee', file: '明细.csv', sha256: sha('明细.csv') },
      { table: 'psn', file: 'js 2026.csv', sha256: sha('js 2026.csv') },
      { table: 'medins', file: '医院.csv', sha256: sha('医院.csv') },
    ]);
    const text = serializeNotebook(saved);
    for (const name of ['js 2026.csv', '明细.csv', '医院.csv']) expect(text).toContain(sha(name));
    expect(parseNotebook(text).notebook.meta.datasets).toEqual(saved.meta.datasets);
  });

  it('without a Rule cell binds only what the SQL names', () => {
    const { notebook } = parseNotebook(TEXT.replace(/```rule[\s\S]*?```\n/, ''));
    expect(notebookForSave(notebook, files).meta.datasets.map((b) => b.table)).toEqual(['fee']);
  });
});
