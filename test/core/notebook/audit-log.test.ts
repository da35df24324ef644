import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  AUDIT_LOG_LIMIT,
  appendAuditEntry,
  hashText,
  type AuditEntry,
} from '../../../core/notebook/audit-log';
import { formatAuditEntry, parseAuditLine } from '../../../core/notebook/audit-log-format';
import { cellId } from '../../../core/notebook/cell-types';
import type { Notebook } from '../../../core/notebook/notebook-types';
import { parseNotebook } from '../../../core/notebook/parse-notebook';
import { serializeNotebook } from '../../../core/notebook/serialize-notebook';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const C = 'c'.repeat(64);
const D = '0123456789abcdef'.repeat(4);

const GOLDEN = `---
title: t
datasets:
  - table: setl
    file: setl.csv
    sha256: ${C}
---

\`\`\`sql {id=c3 name=v}
SELECT count(*) FROM setl
\`\`\`

\`\`\`claimlens-log
2026-11-23T08:00Z cell=c3 source=${A} status=done datasets=setl:${C},fee:${D}
2026-11-23T08:05Z cell=c3 source=${A} status=error datasets=-
\`\`\`
`;

const FIRST: AuditEntry = {
  time: '2026-11-23T08:00Z',
  cell: cellId('c3'),
  sourceSha256: A,
  datasets: [
    { table: 'setl', sha256: C },
    { table: 'fee', sha256: D },
  ],
  status: 'done',
};

const empty: Notebook = { meta: { title: 't', datasets: [], mappings: [] }, cells: [], log: [] };

describe('the audit log in the file', () => {
  it('parses the golden file into its log', () => {
    const { notebook, problems } = parseNotebook(GOLDEN);
    expect(problems).toEqual([]);
    expect(notebook.cells.map((c) => c.id)).toEqual(['c3']);
    expect(notebook.log).toEqual([
      FIRST,
      {
        time: '2026-11-23T08:05Z',
        cell: 'c3',
        sourceSha256: A,
        datasets: [],
        status: 'error',
      },
    ]);
  });

  it('round-trips the golden file exactly', () => {
    expect(serializeNotebook(parseNotebook(GOLDEN).notebook)).toBe(GOLDEN);
  });

  it('writes no log block when the log is empty', () => {
    const text = serializeNotebook({ ...parseNotebook(GOLDEN).notebook, log: [] });
    expect(text).not.toContain('claimlens-log');
    expect(text.endsWith('SELECT count(*) FROM setl\n```\n')).toBe(true);
  });

  it('never writes a cell source or data into a log line, only fingerprints', () => {
    const line = formatAuditEntry(FIRST);
    expect(line).toBe(`2026-11-23T08:00Z cell=c3 source=${A} status=done datasets=setl:${C},fee:${D}`);
    expect(parseAuditLine(line)).toEqual({ ok: true, entry: FIRST, isTrimmed: false });
  });

  it('reads pairs in any order, separated by tabs, ignoring unknown keys', () => {
    const line = `2026-11-23T08:00Z\tstatus=done cell=c3 future=x datasets=setl:${C},fee:${D} source=${A}`;
    expect(parseAuditLine(line)).toEqual({ ok: true, entry: FIRST, isTrimmed: false });
  });

  it("reads an older version's line without its row count, result hash, duration and seconds", () => {
    const line = `2026-11-23T08:00:59.999Z cell=c3 source=${A} rows=120 result=${B} ms=42 status=done datasets=setl:${C},fee:${D}`;
    expect(parseAuditLine(line)).toEqual({ ok: true, entry: FIRST, isTrimmed: true });
    expect(
      parseAuditLine(
        line
          .replace(' rows=120', '')
          .replace(' result=' + B, '')
          .replace(' ms=42', ''),
      ),
    ).toEqual({ ok: true, entry: FIRST, isTrimmed: true });
  });

  it('reports each malformed line with its file line and keeps the good ones', () => {
    const lines = GOLDEN.split('\n');
    const start = lines.indexOf('```claimlens-log');
    lines.splice(start + 2, 0, 'not a log line', `2026-11-23T08:00Z cell=c3 source=abc`);
    const { notebook, problems } = parseNotebook(lines.join('\n'));
    expect(notebook.log).toHaveLength(2);
    expect(problems.map((p) => [p.code, p.line])).toEqual([
      ['audit-log', start + 3],
      ['audit-log', start + 4],
    ]);
    expect(problems[1]?.message.en).toContain('status, datasets missing');
    expect(problems[1]?.message.zh).toContain('审计日志');
  });

  it.each([
    ['a bad hash', `source=${A.slice(1)}`],
    ['an unknown status', 'status=ok'],
    ['a dataset without a hash', 'datasets=setl'],
    ['an invalid cell id', 'cell=1x'],
    ['a repeated key', `source=${A} source=${A}`],
  ])('refuses a line with %s', (_, change) => {
    const key = change.slice(0, change.indexOf('='));
    const base = formatAuditEntry(FIRST)
      .split(' ')
      .filter((pair) => !pair.startsWith(`${key}=`))
      .join(' ');
    expect(parseAuditLine(`${base} ${change}`).ok).toBe(false);
  });

  it('refuses a local time', () => {
    expect(parseAuditLine(formatAuditEntry({ ...FIRST, time: '2026-11-23T08:00+08:00' })).ok).toBe(false);
  });

  it('reads a log block that is not the last block, reports it and moves it to the end on save', () => {
    const lines = GOLDEN.split('\n');
    const cell = lines.indexOf('```sql {id=c3 name=v}');
    const start = lines.indexOf('```claimlens-log');
    const log = lines.slice(start, start + 4);
    const text = [
      ...lines.slice(0, cell),
      ...log,
      '',
      ...lines.slice(cell, start),
      ...lines.slice(start + 4),
    ].join('\n');
    const { notebook, problems } = parseNotebook(text);
    expect(problems.map((p) => [p.code, p.line])).toEqual([['audit-log', cell + 1]]);
    expect(problems[0]?.message.en).toContain('last block');
    expect(notebook.cells.map((c) => c.id)).toEqual(['c3']);
    expect(notebook.log).toHaveLength(2);
    expect(serializeNotebook(notebook)).toBe(GOLDEN);
  });

  it('counts trailing prose after the log as a later block', () => {
    const { notebook, problems } = parseNotebook(`${GOLDEN}\nA closing remark.\n`);
    expect(problems.map((p) => p.code)).toEqual(['audit-log']);
    expect(notebook.cells.map((c) => c.type)).toEqual(['sql', 'markdown']);
  });
});

describe('appendAuditEntry', () => {
  it('appends, cutting the time to its minute, without changing the input', () => {
    const next = appendAuditEntry(empty, { ...FIRST, time: '2026-11-23T08:00:59.999Z' });
    expect(next.log).toEqual([FIRST]);
    expect(empty.log).toEqual([]);
  });

  it('keeps only what the log may record, whatever else the entry object carries', () => {
    const carrying = { ...FIRST, rows: 24352, resultSha256: B, ms: 1042 };
    const next = appendAuditEntry(empty, carrying);
    expect(next.log).toEqual([FIRST]);
    expect(serializeNotebook(next)).not.toMatch(/24352|1042|rows|result|ms=/);
  });

  it(`keeps only the newest ${AUDIT_LOG_LIMIT} entries`, () => {
    let notebook = empty;
    for (let n = 0; n < AUDIT_LOG_LIMIT + 3; n += 1)
      notebook = appendAuditEntry(notebook, { ...FIRST, cell: cellId(`c${n}`) });
    expect(notebook.log).toHaveLength(AUDIT_LOG_LIMIT);
    expect(notebook.log[0]?.cell).toBe('c3');
    expect(notebook.log.at(-1)?.cell).toBe(`c${AUDIT_LOG_LIMIT + 2}`);
  });

  it('keeps the newest entries when a file holds too many', () => {
    const lines = Array.from({ length: AUDIT_LOG_LIMIT + 2 }, (_, n) =>
      formatAuditEntry({ ...FIRST, cell: cellId(`c${n}`) }),
    );
    const { notebook, problems } = parseNotebook(`\`\`\`claimlens-log\n${lines.join('\n')}\n\`\`\`\n`);
    expect(problems.map((p) => p.code)).toEqual(['audit-log']);
    expect(notebook.log).toHaveLength(AUDIT_LOG_LIMIT);
    expect(notebook.log[0]?.cell).toBe('c2');
  });

  it('throws a developer error on an entry that could not be written', () => {
    expect(() => appendAuditEntry(empty, { ...FIRST, sourceSha256: 'AB' })).toThrow(/invariant/);
    expect(() => appendAuditEntry(empty, { ...FIRST, datasets: [{ table: 'a b', sha256: A }] })).toThrow(
      /table name/,
    );
    expect(() => appendAuditEntry(empty, { ...FIRST, time: 'yesterday' })).toThrow(/time/);
  });
});

describe('hashText', () => {
  it('is the lower-case hex SHA-256 of the UTF-8 text', async () => {
    expect(await hashText('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await hashText('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const text = 'SELECT * FROM setl -- 住院';
    expect(await hashText(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });
});
