import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseNotebook } from '../../../core/notebook/parse-notebook';
import type { Notebook } from '../../../core/notebook/notebook-types';
import { createNodeEngine, type NodeEngine } from '../../../node/engine/duckdb-node-engine';
import { sqlError } from '../../../workers/kernel/engine-errors';
import { Jobs } from '../../../workers/kernel/jobs';
import { nodeCellEngine } from '../../../node/engine/node-cell-engine';
import { nodeRuleEngine } from '../../../node/engine/node-rule-engine';
import { createRuleService } from '../../../workers/kernel/rule-service';
import { runCell } from '../../../workers/kernel/run-cell';
import type { TableMapping } from '../../../core/mapping/mapping-types';
import { newJobId } from '../../../core/shared/ids';
import { loadFixture } from '../rules/rule-harness';

/** The attack corpus (test/attacks/names/README.md). */
const ATTACKS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../attacks/names');

function attack(file: string): Notebook {
  const parsed = parseNotebook(readFileSync(path.join(ATTACKS, file), 'utf8'));
  expect(parsed.problems).toEqual([]);
  return parsed.notebook;
}

const sqlCellOf = (file: string) => {
  const cell = attack(file).cells.find((c) => c.type === 'sql');
  if (cell?.type !== 'sql') throw new Error(`${file} has no SQL cell`);
  return cell;
};

let engine: NodeEngine;
let mappings: TableMapping[] = [];
const cellViews = new Set<string>();
const signal = new AbortController().signal;
let rules: ReturnType<typeof createRuleService>;

beforeAll(async () => {
  engine = await createNodeEngine();
  const data = await loadFixture(engine, {
    setl: [{ setl_id: 'S1', psn_no: 'P1', fixmedins_code: 'H1', begndate: '2024-01-01' }],
    dise: [
      { mdtrt_id: 'M1', dise_codg: 'I63.900' },
      { mdtrt_id: 'M1', dise_codg: 'E11.900' },
    ],
  });
  mappings = [...data.fields].map(([target, fields]) => ({
    source: `raw_${target}`,
    target,
    columns: Object.fromEntries([...fields].map((f) => [f, f])),
  }));
  rules = createRuleService({
    engine: async () => nodeRuleEngine(engine),
    jobs: new Jobs(),
    mappings: () => mappings,
    isCellView: (name) => cellViews.has(name),
  });
});

afterAll(async () => {
  await engine.close();
});

const diseRows = async () =>
  engine.rows<{ mdtrt_id: string; dise_codg: string }>('SELECT mdtrt_id, dise_codg FROM dise ORDER BY 2');

async function runSql(name: string, sql: string) {
  try {
    await runCell(nodeCellEngine(engine), cellViews, { name, sql, parameters: [], pageSize: 10 }, signal);
    return undefined;
  } catch (e) {
    return sqlError(e);
  }
}

describe('the name registry in the kernel', () => {
  it('refuses a SQL cell named like the mapped dise table, and dise keeps its rows', async () => {
    const before = await diseRows();
    const cell = sqlCellOf('sql-cell-dise.claimlens.md');
    for (const name of [cell.name, 'DISE', 'Dise']) {
      const error = await runSql(name, cell.source);
      expect(error?.code).toBe('sql.name-taken');
      expect(error?.message.zh).toContain(`“${name}”`);
      expect(error?.message.en).toContain('canonical data tables');
    }
    expect(await diseRows()).toEqual(before);
    expect(before).toHaveLength(2);
  });

  it('refuses a SQL cell named like a kernel table, and Rule cells still run', async () => {
    const cell = sqlCellOf('sql-cell-kernel-name.claimlens.md');
    const error = await runSql(cell.name, cell.source);
    expect(error?.code).toBe('sql.name-taken');
    expect(error?.message.en).toContain("ClaimLens's internal tables");
    const run = await rules.runRules(
      { name: 'findings', pack: { kind: 'custom', rules: ['GZ10000204001000'] } },
      newJobId(),
    );
    expect(run.ok).toBe(true);
  });

  it('refuses a Rule cell named like the mapped dise table, and dise keeps its rows', async () => {
    const before = await diseRows();
    const cell = attack('rule-cell-dise.claimlens.md').cells.find((c) => c.type === 'rule');
    if (cell?.type !== 'rule') throw new Error('no Rule cell');
    for (const name of [cell.name, 'DISE']) {
      const run = await rules.runRules({ name, pack: { kind: 'all' } }, newJobId());
      expect(run.ok ? '' : run.error.code).toBe('rule.name-taken');
      expect(run.ok ? '' : run.error.message.zh).toMatch(/规则单元不能命名为/);
    }
    expect(await diseRows()).toEqual(before);
  });

  it("refuses a Rule cell whose <name>_lines is another cell's view, and a SQL cell named like findings", async () => {
    expect(await runSql('q_lines', 'SELECT 1 AS x')).toBeUndefined();
    const run = await rules.runRules({ name: 'q', pack: { kind: 'all' } }, newJobId());
    expect(run.ok ? '' : run.error.code).toBe('rule.name-taken');
    expect(run.ok ? '' : run.error.message.en).toContain('"q_lines"');
    expect((await engine.rows<{ x: number }>('SELECT x FROM q_lines'))[0]?.x).toBe(1);
    const error = await runSql('findings_lines', 'SELECT 1 AS x');
    expect(error?.code).toBe('sql.name-taken');
    expect(error?.message.en).toContain('already a data table');
  });

  it('refuses cell names in the raw-table and knowledge namespaces before any such table exists', async () => {
    for (const name of ['raw_fee_2024', 'kb_custom', '_problems_fee', 'answers']) {
      expect((await runSql(name, 'SELECT 1 AS x'))?.code).toBe('sql.name-taken');
      const run = await rules.runRules({ name, pack: { kind: 'all' } }, newJobId());
      expect(run.ok ? '' : run.error.code).toBe('rule.name-taken');
    }
  });
});
