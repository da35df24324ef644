import { describe, expect, it } from 'vitest';
import { NOTEBOOK_LIMITS } from '../../../core/notebook/limits';
import { parseNotebook } from '../../../core/notebook/parse-notebook';

const codes = (text: string) => parseNotebook(text).problems.map((p) => [p.code, p.line]);

describe('parseNotebook on malformed files', () => {
  it('reports malformed front matter with its file line and still opens the cells', () => {
    const text = '---\ntitle: ok\nauthor: [a, b]\n---\n\n```sql {id=a name=v}\nSELECT 1\n```\n';
    const { notebook, problems } = parseNotebook(text);
    expect(problems.map((p) => [p.code, p.line])).toEqual([['front-matter', 3]]);
    expect(problems[0]?.message.zh).toContain('前置元数据');
    expect(problems[0]?.message.en).toContain('Front matter');
    expect(notebook.meta.title).toBe('');
    expect(notebook.cells).toHaveLength(1);
  });

  it('refuses deeply nested YAML with a problem', () => {
    const nested = Array.from({ length: 50 }, (_, depth) => `${'  '.repeat(depth)}k${depth}:`).join('\n');
    const { notebook, problems } = parseNotebook(`---\ntitle: t\nx:\n${nested}\n---\n`);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.code).toBe('front-matter');
    expect(problems[0]?.message.en).toContain('nested too deeply');
    expect(notebook.meta.title).toBe('');
  });

  it('refuses YAML anchors and aliases (no billion laughs)', () => {
    expect(codes('---\ntitle: &a t\n---\n')).toEqual([['front-matter', 2]]);
    expect(codes('---\ntitle: *a\n---\n')).toEqual([['front-matter', 2]]);
  });

  it('keeps a __proto__ key as inert data', () => {
    const { notebook, problems } = parseNotebook('---\ntitle: t\n__proto__:\n  polluted: true\n---\n');
    expect(problems.map((p) => p.code)).toEqual(['front-matter']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(notebook.meta.title).toBe('t');
  });

  it('reports an unclosed fence and keeps the rest of the file as its source', () => {
    const text = '---\ntitle: t\n---\n\n```sql {id=a name=v}\nSELECT 1\n\n```markdown {id=b}\n';
    const { notebook, problems } = parseNotebook(text);
    expect(problems.map((p) => [p.code, p.line])).toEqual([['unclosed-fence', 5]]);
    expect(notebook.cells[0]?.source).toBe('SELECT 1\n\n```markdown {id=b}\n');
  });

  it('renames a duplicate id and reports it', () => {
    const text = '```sql {id=a name=v}\nSELECT 1\n```\n\n```sql {id=a name=w}\nSELECT 2\n```\n';
    const { notebook, problems } = parseNotebook(text);
    expect(problems.map((p) => [p.code, p.line])).toEqual([['duplicate-id', 5]]);
    expect(notebook.cells.map((c) => c.id)).toEqual(['a', 'cell-5']);
  });

  it('reports duplicate view names', () => {
    expect(codes('```sql {id=a name=v}\n```\n\n```sql {id=b name=V}\n```\n')).toEqual([
      ['duplicate-name', 4],
    ]);
  });

  it('keeps an unknown cell type verbatim and round-trips it', () => {
    const text = '---\ntitle: t\n---\n\n```map {id=m zoom=3}\nlayers: 2\n```\n';
    const { notebook, problems } = parseNotebook(text);
    expect(problems.map((p) => [p.code, p.line])).toEqual([['unknown-cell-type', 5]]);
    expect(notebook.cells[0]).toEqual({
      type: 'unknown',
      id: 'm',
      info: 'map {id=m zoom=3}',
      source: 'layers: 2',
    });
  });

  it('reports bad attributes and keeps a cell missing a required one as unknown', () => {
    expect(codes('```sql {id=a name=v color=red}\n```\n')).toEqual([['bad-attribute', 1]]);
    expect(codes('```sql {id=a name=v junk}\n```\n')).toEqual([['bad-attribute', 1]]);
    expect(codes('```sql id=a\n```\n').map(([code]) => code)).toEqual(['bad-attribute', 'missing-attribute']);
    const missingName = parseNotebook('```sql {id=a}\nSELECT 1\n```\n');
    expect(missingName.problems.map((p) => p.code)).toEqual(['missing-attribute']);
    expect(missingName.notebook.cells[0]?.type).toBe('unknown');
    const badName = parseNotebook('```sql {id=a name="drop table"}\n```\n');
    expect(badName.problems.map((p) => p.code)).toEqual(['bad-attribute']);
    const noId = parseNotebook('```markdown\nhi\n```\n');
    expect(noId.problems.map((p) => p.code)).toEqual(['missing-attribute']);
    expect(noId.notebook.cells[0]).toMatchObject({ type: 'markdown', id: 'cell-1', source: 'hi' });
  });

  it('reports a parameter cell without a definition, and a definition without a cell', () => {
    const text =
      '---\ntitle: t\nparameters:\n  lonely:\n    kind: number\n    value: 1\n  bad:\n    kind: number\n    value: x\n---\n\n```parameter {id=p name=q}\n```\n';
    const { notebook, problems } = parseNotebook(text);
    expect(problems.map((p) => [p.code, p.line])).toEqual([
      ['front-matter', 1],
      ['parameter', 1],
      ['parameter', 12],
    ]);
    expect(notebook.cells[0]).toMatchObject({ spec: { kind: 'text', value: '' } });
  });

  it('keeps script tags as plain text in the model', () => {
    const text =
      '---\ntitle: "<script>alert(1)</script>"\n---\n\n```markdown {id=a}\n<script>alert(1)</script>\n```\n\n<img src=x onerror=alert(1)>\n';
    const { notebook, problems } = parseNotebook(text);
    expect(problems).toEqual([]);
    expect(notebook.meta.title).toBe('<script>alert(1)</script>');
    expect(notebook.cells.map((c) => c.source)).toEqual([
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
    ]);
  });

  it('refuses a huge cell but opens the others', () => {
    const huge = 'x'.repeat(NOTEBOOK_LIMITS.maxCellChars + 1);
    const text = `\`\`\`sql {id=a name=v}\n${huge}\n\`\`\`\n\n\`\`\`sql {id=b name=w}\nSELECT 1\n\`\`\`\n`;
    const { notebook, problems } = parseNotebook(text);
    expect(problems.map((p) => [p.code, p.line])).toEqual([['too-large', 1]]);
    expect(notebook.cells.map((c) => c.id)).toEqual(['b']);
  });

  it('refuses a file over the size limit without reading it', () => {
    const { notebook, problems } = parseNotebook('a'.repeat(NOTEBOOK_LIMITS.maxFileChars + 1));
    expect(problems.map((p) => p.code)).toEqual(['too-large']);
    expect(notebook.cells).toEqual([]);
  });

  it('reports a front matter that is never closed', () => {
    const { notebook, problems } = parseNotebook('---\ntitle: t\n\n```sql {id=a name=v}\n```\n');
    expect(problems.map((p) => [p.code, p.line])).toEqual([['front-matter', 1]]);
    expect(notebook.cells.map((c) => c.type)).toEqual(['markdown', 'sql']);
  });

  it('never throws on arbitrary input', () => {
    const samples = [
      '',
      '---',
      '---\n---',
      '```',
      '~~~~\n',
      '---\n- a\n---\n',
      '---\n: x\n---\n',
      '```{',
      '\u0000\n```x {id=\n',
    ];
    for (const sample of samples) expect(() => parseNotebook(sample)).not.toThrow();
  });
});
