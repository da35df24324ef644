import { RULE_LIBRARY } from '../workers/rules/rule-library';
import type { RuleDefinition, RuleScene } from '../core/rules/rule-types';
import { scriptComment } from '../workers/rules/script-text';
import { assertNever } from '../core/shared/invariant';
import type { CliIo } from './cli-io';
import { EXIT, type ExitCode } from './exit-codes';
import { ruleToJson } from './rule-json';
import { textTable } from './text-table';

/** Options of `claimlens rules`. */
export interface RulesOptions {
  readonly json: boolean;
  readonly sql: boolean;
}

/**
 * Prints the rule library: a JSON array (`--json`, with each rule's SQL under `--sql`), or a readable
 * table (with the SQL of each rule after it under `--sql`).
 */
export function rulesCommand(options: RulesOptions, io: CliIo, library = RULE_LIBRARY): ExitCode {
  if (options.json) {
    io.out(
      `${JSON.stringify(
        library.map((r) => ruleToJson(r, options.sql)),
        null,
        2,
      )}\n`,
    );
    return EXIT.ok;
  }
  io.out(
    textTable(
      ['编号 ID', '名称 / Name', '分类 Tier', '严重程度 Severity', '场景 Scenes', '参数 Params'],
      library.map((r) => [
        r.id,
        `${r.name.zh} / ${r.name.en}`,
        r.tier,
        r.severity,
        r.scenes.map(sceneLabel).join(','),
        r.parameters.map((p) => `${p.name}=${short(String(p.default))}`).join(' '),
      ]),
    ),
  );
  io.out(`\n共 ${library.length} 条规则 / ${library.length} rules\n`);
  if (options.sql) for (const rule of library) io.out(sqlBlock(rule));
  return EXIT.ok;
}

/** Long text defaults (code lists) are cut in the table; `--json` has them whole. */
function short(text: string): string {
  return text.length > 24 ? `${text.slice(0, 23)}…` : text;
}

/** The rule's names as a comment that ends with its line, then its SQL. */
function sqlBlock(rule: RuleDefinition): string {
  return `\n${scriptComment(`${rule.id} ${rule.name.zh} / ${rule.name.en}`)}\n${rule.sql.trim()}\n`;
}

function sceneLabel(scene: RuleScene): string {
  switch (scene) {
    case 'inpatient':
      return '住院 inpatient';
    case 'outpatient':
      return '门诊 outpatient';
    case 'pharmacy':
      return '购药 pharmacy';
    default:
      return assertNever(scene, 'scene');
  }
}
