import { quoteIdent } from '../engine/sql-quote';
import { AppErrorException, toAppError, type AppError } from '../../core/shared/errors';
import { isValidName } from '../../core/notebook/cell-types';
import { msg } from '../../core/shared/msg';
import { runCustomRule } from './custom-rule-query';
import { buildFindingsSql, insertHitsSql, META_TABLE, RUN_TABLES } from './findings-build';
import { summarizeFindings } from './findings-summary';
import { missingNeeds, type DataAvailability } from './rule-availability';
import type { KernelSql } from '../engine/sql-engine';
import type { RuleEngine } from './rule-engine';
import { RULE_MACROS } from './rule-macros';
import { compileParameterRefs, resolveParameters, type BoundParameter } from './rule-parameters';
import type { FindingsSummary, RuleOutcome, RuleProgress } from '../../core/rules/rule-run-types';
import type { RuleDefinition, RuleParameterValue } from '../../core/rules/rule-types';

/** Options of a rule run. */
export interface RunRulesOptions {
  /** The findings table's name; detail lines go to `<name>_lines`. */
  readonly name: string;
  readonly parameters?: Readonly<Record<string, Readonly<Record<string, RuleParameterValue>>>>;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: RuleProgress) => void;
}

/**
 * Runs `rules` over the loaded data and writes the findings tables. Parameters are checked first (a value
 * out of bounds refuses the whole run, before anything runs). A rule missing a field or knowledge table
 * is skipped with the reason; a rule whose SQL fails is reported and the others go on. Library rules run
 * as interruptible statements on the kernel's private connection; notebook (custom) rules run as
 * prepared statements where user SQL runs, so their SQL can be one query and nothing else, and cannot
 * name the kernel's tables. Cancelling stops between or within rules and leaves the previous findings.
 */
export async function runRules(
  engine: RuleEngine,
  rules: readonly RuleDefinition[],
  data: DataAvailability,
  options: RunRulesOptions,
): Promise<FindingsSummary> {
  const started = performance.now();
  if (!isValidName(options.name)) throw new AppErrorException(badTableName(options.name));
  const bound = new Map(rules.map((r) => [r.id, resolveParameters(r, options.parameters?.[r.id])]));
  const compiled = new Map(
    rules.map((r) => [r.id, r.origin === 'custom' ? '' : compileParameterRefs(r, r.sql)]),
  );
  const kernel = engine.kernelSql;
  for (const stmt of [...RULE_MACROS, ...RUN_TABLES]) await kernel.exec(stmt);
  await storeRules(kernel, rules, bound);

  const outcomes: RuleOutcome[] = [];
  for (const [index, rule] of rules.entries()) {
    throwIfAborted(options.signal);
    const base = { ruleId: rule.id, index, total: rules.length };
    options.onProgress?.({ ...base, status: 'running' });
    const ruleStarted = performance.now();
    const reason = missingNeeds(rule, data);
    let error: AppError | undefined;
    if (reason === undefined) {
      try {
        if (rule.origin === 'custom') await runCustomRule(engine, rule, bound.get(rule.id) ?? []);
        else
          await kernel.exec(insertHitsSql(rule.id, compiled.get(rule.id) as string), {
            signal: options.signal,
          });
      } catch (e) {
        throwIfAborted(options.signal);
        error = ruleFailed(rule, e);
      }
    }
    const status = reason ? 'skipped' : error ? 'failed' : 'ok';
    outcomes.push({
      ruleId: rule.id,
      name: rule.name,
      status,
      ...(reason ? { reason } : {}),
      ...(error ? { error } : {}),
      findings: 0,
      lines: 0,
      amount: 0,
      elapsedMs: performance.now() - ruleStarted,
    });
    options.onProgress?.({ ...base, status });
  }
  throwIfAborted(options.signal);
  for (const stmt of buildFindingsSql(options.name)) await kernel.exec(stmt, { signal: options.signal });
  return summarizeFindings(kernel, options.name, outcomes, performance.now() - started);
}

/**
 * Binds the rules' metadata and parameter values through prepared INSERTs (custom rules carry user
 * text), one statement per table: each statement is a round trip to the engine worker.
 */
async function storeRules(
  engine: KernelSql,
  rules: readonly RuleDefinition[],
  bound: ReadonlyMap<string, readonly BoundParameter[]>,
): Promise<void> {
  if (rules.length === 0) return;
  await engine.execPrepared(
    `INSERT INTO ${META_TABLE} VALUES ${rules.map(() => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
    rules.flatMap((r) => [r.id, r.name.zh, r.name.en, r.severity, r.behaviour.zh, r.basis.zh, r.basis.en]),
  );
  const params = rules.flatMap((r) => (bound.get(r.id) ?? []).map((p) => [r.id, p.name, p.num, p.txt]));
  if (params.length === 0) return;
  await engine.execPrepared(
    `INSERT INTO _cl_rule_params VALUES ${params.map(() => '(?, ?, ?, ?)').join(', ')}`,
    params.flat(),
  );
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    const e = new Error('cancelled');
    e.name = 'AbortError';
    throw e;
  }
}

/** The findings tables a run writes, for `DROP`s and name checks. */
export function findingsTables(name: string): string[] {
  return [name, `${name}_lines`].map((t) => quoteIdent(t));
}

const ruleFailed = (rule: RuleDefinition, e: unknown): AppError => {
  const error = toAppError(e);
  const detail = error.detail ?? error.message.en;
  return {
    kind: 'sql',
    code: 'rule.failed',
    message: msg(
      `规则 ${rule.id}（${rule.name.zh}）运行失败：${detail}`,
      `Rule ${rule.id} (${rule.name.en}) failed: ${detail}`,
    ),
    detail,
  };
};

const badTableName = (name: string): AppError => ({
  kind: 'sql',
  code: 'rule.table-name',
  message: msg(
    `结果表名“${name}”无效：请用字母或下划线开头，只含字母、数字和下划线。`,
    `Result table name "${name}" is invalid: start with a letter or underscore and use only letters, digits and underscores.`,
  ),
});
