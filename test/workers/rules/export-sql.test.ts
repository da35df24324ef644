import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine, type NodeEngine } from '../../../node/engine/duckdb-node-engine';
import { Jobs } from '../../../workers/kernel/jobs';
import { nodeRuleEngine } from '../../../node/engine/node-rule-engine';
import { createRuleService } from '../../../workers/kernel/rule-service';
import { exportRulePackSql, RULE_MARKER } from '../../../workers/rules/export-sql';
import { RULE_LIBRARY } from '../../../workers/rules/rule-library';
import type { CustomRuleSpec } from '../../../core/rules/rule-run-types';
import { rulesForRequest } from '../../../workers/rules/rule-session';
import { scriptComment, scriptLiteral } from '../../../workers/rules/script-text';
import { AppErrorException, type AppError } from '../../../core/shared/errors';
import { attackRules, expectedMetaRow } from './export-sql-cases';

let engine: NodeEngine;
let out: string;

beforeAll(async () => {
  engine = await createNodeEngine();
  out = await mkdtemp(path.join(tmpdir(), 'claimlens-export-attack-'));
});

afterAll(async () => {
  await engine.close();
  await rm(out, { recursive: true, force: true });
});

/** Every way a line can end for DuckDB, an editor or another SQL tool, plus NUL. */
const LINE_ENDS = ['\r', '\u000b', '\f', '\u0085', '\u2028', '\u2029', '\u0000'];

const exportCustom = (specs: readonly CustomRuleSpec[], ids = specs.map((s) => s.id)) =>
  exportRulePackSql(
    nodeRuleEngine(engine),
    rulesForRequest({ name: 'findings', pack: { kind: 'custom', rules: ids }, customRules: specs }),
  );

async function refusal(run: Promise<unknown>): Promise<AppError> {
  try {
    await run;
  } catch (e) {
    if (e instanceof AppErrorException) return e.error;
    throw e;
  }
  throw new Error('the export was not refused');
}

describe('script text', () => {
  const hostile = [
    "a'b",
    "x');\nCOPY t TO '/tmp/x'; --",
    'line\r\nbreaks\u2028\u2029\u0085\u000b\f',
    'nul\u0000inside',
    '*/ -- /*',
    '中文，全角；',
  ];

  it('writes any text as a one-line literal DuckDB reads back exactly', async () => {
    for (const text of hostile) {
      const literal = scriptLiteral(text);
      expect(literal).not.toContain('\n');
      for (const end of LINE_ENDS) expect(literal).not.toContain(end);
      const [row] = await engine.rows<{ v: string }>(`SELECT ${literal} AS v`);
      expect(row?.v).toBe(text);
    }
  });

  it('writes comments that cannot end before the line does', () => {
    for (const text of hostile) {
      const comment = scriptComment(text);
      expect(comment.startsWith('-- ')).toBe(true);
      expect(comment).not.toContain('\n');
      for (const end of LINE_ENDS) expect(comment).not.toContain(end);
    }
  });
});

describe('exportRulePackSql under attack (test/attacks/export-sql)', () => {
  it('keeps hostile names, descriptions and parameter values inside literals and comments', async () => {
    const specs = await attackRules('hostile-text.claimlens.md', out);
    const script = await exportCustom(specs);
    for (const end of LINE_ENDS) expect(script).not.toContain(end);
    // Each line that carries the attack is a comment, or a metadata/parameter INSERT holding it as a literal.
    const carriers = script.split('\n').filter((line) => line.includes('COPY'));
    expect(carriers.length).toBeGreaterThan(0);
    for (const line of carriers) expect(line).toMatch(/^(-- |INSERT INTO _cl_rule_(meta|params) VALUES \()/);

    // Run on the same engine: the texts arrive intact, and the rule ran with the hostile parameter value.
    await engine.exec(`CREATE OR REPLACE TABLE psn AS SELECT 'P1' AS psn_no`);
    await engine.exec(script);
    const spec = specs[0] as CustomRuleSpec;
    const [meta] = await engine.rows(`SELECT * FROM _cl_rule_meta`);
    expect(meta).toEqual(expectedMetaRow(spec));
    const findings = await engine.rows<{ vola_cont: string }>(`SELECT vola_cont FROM findings`);
    expect(findings).toEqual([{ vola_cont: `codes: ${spec.parameters[0]?.default}` }]);
    expect(await readdir(out)).toEqual([]);
  });

  it('refuses to export a rule whose SQL is not one query, naming the rule, and exports nothing', async () => {
    const specs = await attackRules('hostile-sql.claimlens.md', out);
    expect(specs.map((s) => s.id)).toEqual([
      'NB-CLOSE-AND-COPY',
      'NB-OPEN-COMMENT',
      'NB-OPEN-STRING',
      'NB-SECOND-STATEMENT',
    ]);
    for (const spec of specs) {
      const error = await refusal(exportCustom(specs, [spec.id]));
      expect(error.code).toBe('rule.export-refused');
      expect(error.message.zh).toContain(`规则 ${spec.id}（${spec.name.zh}）`);
      expect(error.message.en).toContain(`rule ${spec.id} (${spec.name.en})`);
    }
    // All at once: one error listing every refused rule.
    const all = await refusal(exportCustom(specs));
    for (const spec of specs) expect(all.message.en).toContain(spec.id);
  });

  it('refuses a rule whose SQL holds a NUL character, after which DuckDB reads nothing', async () => {
    const specs = await attackRules('nul-in-sql.claimlens.md', out);
    const error = await refusal(exportCustom(specs));
    expect(error.code).toBe('rule.export-refused');
    expect(error.message.en).toContain('NUL');
  });

  it('refuses a findings table name that is not an identifier', async () => {
    const error = await refusal(
      exportRulePackSql(nodeRuleEngine(engine), [], { name: "findings\n; COPY psn TO '/tmp/x'; --" }),
    );
    expect(error.code).toBe('rule.export-name');
  });

  it('reports the refusal through the kernel as a bilingual error value', async () => {
    const specs = await attackRules('hostile-sql.claimlens.md', out);
    const service = createRuleService({
      engine: async () => nodeRuleEngine(engine),
      jobs: new Jobs(),
      mappings: () => [],
      isCellView: () => false,
    });
    const result = await service.exportRulePack({
      name: 'findings',
      pack: { kind: 'custom', rules: ['NB-CLOSE-AND-COPY'] },
      customRules: specs,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('rule.export-refused');
  });
});

describe('exportRulePackSql of the library', () => {
  it('passes every library rule through the check, with no data loaded', async () => {
    const fresh = await createNodeEngine();
    try {
      const script = await exportRulePackSql(nodeRuleEngine(fresh), RULE_LIBRARY);
      const markers = script.split('\n').filter((l) => l.startsWith(RULE_MARKER));
      expect(markers).toHaveLength(RULE_LIBRARY.length);
    } finally {
      await fresh.close();
    }
  });
});
