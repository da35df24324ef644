import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cellId } from '../../../core/notebook/cell-types';
import { reservedOwner, resultNameProblem } from '../../../core/notebook/name-registry';
import { checkCellName } from '../../../core/notebook/notebook-edit';
import { parseNotebook } from '../../../core/notebook/parse-notebook';

/** The attack corpus (test/attacks/names/README.md). */
const ATTACKS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../attacks/names');

const attack = (file: string) => parseNotebook(readFileSync(path.join(ATTACKS, file), 'utf8')).notebook;

describe('the name registry', () => {
  it('reserves the data, knowledge, raw, kernel and catalog namespaces, ignoring case', () => {
    expect(reservedOwner('dise')).toBe('canonical');
    expect(reservedOwner('SETL')).toBe('canonical');
    expect(reservedOwner('raw_fee_2024')).toBe('raw');
    expect(reservedOwner('KB_restriction')).toBe('knowledge');
    expect(reservedOwner('_cl_rule_hits')).toBe('kernel');
    expect(reservedOwner('_problems_fee')).toBe('problems');
    expect(reservedOwner('temp')).toBe('catalog');
    expect(reservedOwner('Demo')).toBe('catalog');
    expect(reservedOwner('answers')).toBe('workshop');
    expect(reservedOwner('dise_by_month')).toBeUndefined();
    expect(reservedOwner('fee_2024')).toBeUndefined();
  });

  it("checks a Rule cell's lines table too", () => {
    expect(resultNameProblem('rule', 'raw')?.en).toContain('"raw_lines"');
    expect(resultNameProblem('sql', 'raw')).toBeUndefined();
    const taken = resultNameProblem('rule', 'q', [{ name: 'Q_LINES', kind: 'view' }]);
    expect(taken?.zh).toContain('视图');
    expect(resultNameProblem('rule', 'q', [{ name: 'q', kind: 'table' }], (n) => n === 'q')).toBeUndefined();
  });
});

describe('naming a cell in the notebook core', () => {
  it.each([
    ['sql-cell-dise.claimlens.md', 'c1', 'dise', 'canonical data tables'],
    ['sql-cell-kernel-name.claimlens.md', 'c1', '_cl_rule_hits', "ClaimLens's internal tables"],
    ['rule-cell-dise.claimlens.md', 'r1', 'dise', 'canonical data tables'],
    ['rule-cell-raw-table.claimlens.md', 'r1', 'raw_fee_2024', "loaded files' raw tables"],
  ])('%s: refuses %s named %s', (file, id, name, owner) => {
    const refused = checkCellName(attack(file), cellId(id), name);
    expect(refused?.en).toContain(owner);
    expect(refused?.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it("refuses a SQL cell named like another Rule cell's lines table", () => {
    const notebook = attack('rule-cell-raw-table.claimlens.md');
    expect(checkCellName(notebook, cellId('r1'), 'audit')).toBeUndefined();
    const renamed = {
      ...notebook,
      cells: notebook.cells.map((c) => (c.id === 'r1' ? { ...c, name: 'audit' } : c)),
    };
    expect(checkCellName(renamed, cellId('c2'), 'audit_lines')?.en).toContain('"audit_lines"');
  });
});
