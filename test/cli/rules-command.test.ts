import { describe, expect, it } from 'vitest';
import type { RuleJson } from '../../cli/rule-json';
import { RULE_LIBRARY } from '../../workers/rules/rule-library';
import { runInProcess, spawnCli } from './cli-fixtures';

describe('claimlens rules', () => {
  it('--json (as a child process) prints every library rule with its metadata, and no SQL', async () => {
    const { code, stdout } = await spawnCli(['rules', '--json']);
    expect(code).toBe(0);
    const rules = JSON.parse(stdout) as RuleJson[];
    expect(rules.map((r) => r.id)).toEqual(RULE_LIBRARY.map((r) => r.id));
    for (const [i, rule] of rules.entries()) {
      const def = RULE_LIBRARY[i]!;
      expect(Object.keys(rule)).toEqual([
        'id',
        'name',
        'tier',
        'subclass',
        'resultType',
        'severity',
        'behaviour',
        'scenes',
        'window',
        'needs',
        'parameters',
        'basis',
        'origin',
      ]);
      expect(rule).toMatchObject({
        name: def.name,
        tier: def.tier,
        severity: def.severity,
        scenes: def.scenes,
        window: def.window,
        parameters: def.parameters,
        basis: def.basis,
        origin: def.origin,
      });
      expect(rule.needs.fields).toEqual(def.needs.fields);
      expect(rule.needs.knowledge).toEqual(def.needs.knowledge ?? []);
    }
  });

  it("--json --sql adds each rule's SQL", async () => {
    const { code, stdout } = await runInProcess(['rules', '--json', '--sql']);
    expect(code).toBe(0);
    const rules = JSON.parse(stdout) as RuleJson[];
    expect(rules.map((r) => r.sql)).toEqual(RULE_LIBRARY.map((r) => r.sql));
  });

  it('without --json prints a table with a line per rule and the count', async () => {
    const { code, stdout } = await runInProcess(['rules']);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    for (const rule of RULE_LIBRARY) {
      const line = lines.find((l) => l.startsWith(`${rule.id} `));
      expect(line, rule.id).toContain(`${rule.name.zh} / ${rule.name.en}`);
    }
    expect(stdout).toContain(`共 ${RULE_LIBRARY.length} 条规则 / ${RULE_LIBRARY.length} rules`);
  });
});
