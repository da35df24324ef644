import { describe, expect, it } from 'vitest';
import { planOutputs } from '../../cli/output-plan';
import { parseNotebook } from '../../core/notebook/parse-notebook';

/** The output plan of a notebook with Rule cells `[id, name]`, in order. */
function plan(rules: readonly (readonly [string, string])[]) {
  const text = rules
    .map(([id, name]) => `\`\`\`rule {id=${id} name=${name}}\npack: all\n\`\`\`\n`)
    .join('\n');
  return planOutputs(parseNotebook(`---\ntitle: t\n---\n\n${text}`).notebook.cells);
}

describe('planOutputs', () => {
  it('plans the summaries alone for a notebook without Rule cells', () => {
    expect(plan([]).files).toEqual(['summary.json', 'summary.md']);
  });

  it("plans each Rule cell's two CSVs, the first one's copies and the summaries, before anything runs", () => {
    const p = plan([
      ['r1', 'audit'],
      ['r2', 'second'],
    ]);
    expect(p.firstRuleCell).toBe('r1');
    expect([...p.stems]).toEqual([
      ['r1', 'audit'],
      ['r2', 'second'],
    ]);
    expect(p.files).toEqual([
      'audit.csv',
      'audit_lines.csv',
      'second.csv',
      'second_lines.csv',
      'findings.csv',
      'findings_lines.csv',
      'summary.json',
      'summary.md',
    ]);
  });

  it('lets the first Rule cell named findings write findings.csv itself; a later one gets its cell id', () => {
    const p = plan([
      ['r1', 'findings'],
      ['r2', 'Findings'],
    ]);
    expect([...p.stems]).toEqual([
      ['r1', 'findings'],
      ['r2', 'Findings.r2'],
    ]);
    expect(p.files).toEqual([
      'Findings.r2.csv',
      'Findings.r2_lines.csv',
      'findings.csv',
      'findings_lines.csv',
      'summary.json',
      'summary.md',
    ]);
  });

  it('gives a cell its id when its files would clash with another cell’s, ignoring case', () => {
    const p = plan([
      ['r1', 'fee'],
      ['r2', 'FEE_lines'],
    ]);
    expect(p.stems.get('r2')).toBe('FEE_lines.r2');
    expect(new Set(p.files.map((f) => f.toLowerCase())).size).toBe(p.files.length);
  });
});
