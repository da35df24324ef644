import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cellDatasets, cellReadsTable, tablesFedBy } from '../../../core/cells/cell-datasets';
import { buildDependencyGraph } from '../../../core/notebook/dependency-graph';
import { parseNotebook } from '../../../core/notebook/parse-notebook';
import type { Cell, CellId } from '../../../core/notebook/cell-types';

const TEXT = `---
title: trail
---

Intro, reads nothing.

\`\`\`sql {id=q1 name=by_hospital}
SELECT medins_no, count(*) AS n FROM Fee GROUP BY 1 -- psn is only a comment
\`\`\`

\`\`\`chart {id=ch1 from=by_hospital}
mark: bar
\`\`\`

\`\`\`rule {id=r1 name=findings}
pack: all
\`\`\`

\`\`\`sql {id=q2 name=own}
SELECT * FROM my_upload
\`\`\`
`;

const sha = (text: string): string => createHash('sha256').update(text).digest('hex');
// Files in an order and with names unlike the demo's: psn comes from the settlement file (derived).
const SETL = {
  table: 'settle_2026',
  sha256: sha('setl bytes'),
  mapping: { target: 'setl', also: [{ target: 'psn' }] },
};
const FEE = { table: 'lines', sha256: sha('fee bytes').toUpperCase(), mapping: { target: 'fee' } };
const MEDINS = { table: 'hospitals', sha256: sha('medins bytes'), mapping: { target: 'medins' } };
const KB = { table: 'kb_drug_limits', sha256: sha('kb bytes') };
const RAW = { table: 'my_upload', sha256: sha('raw bytes') };
const DATASETS = [KB, FEE, RAW, MEDINS, SETL];

describe('cellDatasets', () => {
  const { notebook } = parseNotebook(TEXT);
  const graph = buildDependencyGraph(notebook.cells);
  const run = (id: string) => cellDatasets(notebook.cells, graph, id as CellId, DATASETS);

  it('logs every canonical and knowledge table a Rule cell reads, derived tables with their source file', () => {
    expect(run('r1')).toEqual([
      { table: 'fee', sha256: sha('fee bytes') },
      { table: 'kb_drug_limits', sha256: sha('kb bytes') },
      { table: 'medins', sha256: sha('medins bytes') },
      { table: 'psn', sha256: sha('setl bytes') },
      { table: 'setl', sha256: sha('setl bytes') },
    ]);
  });

  it('logs for a chart the files its source cell read, and for SQL only the tables it names', () => {
    expect(run('q1')).toEqual([{ table: 'fee', sha256: sha('fee bytes') }]);
    expect(run('ch1')).toEqual(run('q1'));
    expect(run('q2')).toEqual([{ table: 'my_upload', sha256: sha('raw bytes') }]);
  });

  it('logs nothing for a cell that reads no loaded table', () => {
    const markdown = notebook.cells.find((c) => c.type === 'markdown') as Cell;
    expect(run(markdown.id)).toEqual([]);
    expect(cellDatasets(notebook.cells, graph, 'r1' as CellId, [RAW])).toEqual([]);
  });
});

describe('cellReadsTable', () => {
  const { notebook } = parseNotebook(TEXT);
  const byId = (id: string) => notebook.cells.find((c) => c.id === id) as Cell;

  it('reads names outside comments, case-insensitively; rules read canonical and kb_* tables only', () => {
    expect(cellReadsTable(byId('q1'), 'fee')).toBe(true);
    expect(cellReadsTable(byId('q1'), 'psn')).toBe(false);
    expect(cellReadsTable(byId('r1'), 'PSN')).toBe(true);
    expect(cellReadsTable(byId('r1'), 'kb_icd')).toBe(true);
    expect(cellReadsTable(byId('r1'), 'my_upload')).toBe(false);
    expect(cellReadsTable(byId('ch1'), 'by_hospital')).toBe(false);
  });

  it('lists the raw, canonical and derived tables a file feeds', () => {
    expect(tablesFedBy(SETL)).toEqual(['settle_2026', 'setl', 'psn']);
    expect(tablesFedBy(RAW)).toEqual(['my_upload']);
  });
});
