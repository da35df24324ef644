import type { KernelApi } from '../api';
import { isValidName } from '../../core/notebook/cell-types';
import { resultNameProblem, resultNames } from '../../core/notebook/name-registry';
import type { TableMapping } from '../../core/mapping/mapping-types';
import { checkCustomRuleColumns } from '../rules/custom-rule-columns';
import { customRuleDefinition } from '../rules/custom-rule';
import { exportRulePackSql } from '../rules/export-sql';
import { findingDrill, findingsPage, type FindingsEngine } from '../rules/findings-query';
import { RULE_LIBRARY } from '../rules/rule-library';
import type {
  CustomRuleSpec,
  FindingsQuery,
  FindingsSummary,
  RuleOutcome,
  RuleProgress,
  RuleRunRequest,
} from '../../core/rules/rule-run-types';
import type { RuleDefinition } from '../../core/rules/rule-types';
import { missingNeeds, type DataAvailability } from '../rules/rule-availability';
import { dataAvailability, rulesForRequest } from '../rules/rule-session';
import { readinessOf } from '../rules/readiness';
import { runRules } from '../rules/run-rules';
import { fail, ok, toAppError, type AppError } from '../../core/shared/errors';
import type { JobId } from '../../core/shared/ids';
import { msg } from '../../core/shared/msg';
import { catalogEntries, hasName } from './catalog-names';
import { CANCELLED, isAbort, sqlError } from './engine-errors';
import type { Jobs } from './jobs';

/** What the rule service needs from the kernel. */
export interface RuleServiceDeps {
  readonly engine: () => Promise<FindingsEngine>;
  readonly jobs: Jobs;
  /** The mappings in force (which canonical fields are filled). */
  readonly mappings: () => readonly TableMapping[];
  /** Whether a name is a notebook SQL cell's view (a Rule cell may not take it). */
  readonly isCellView: (name: string) => boolean;
}

type RuleMethods = Pick<
  KernelApi,
  | 'ruleLibrary'
  | 'runRules'
  | 'findingsPage'
  | 'findingDrill'
  | 'checkCustomRule'
  | 'exportRulePack'
  | 'readiness'
>;

/** The kernel's rule methods: running packs, reading findings, checking and exporting rules. */
export function createRuleService(deps: RuleServiceDeps): RuleMethods {
  /** Findings tables written by Rule cells (the only tables findings queries may read or runs replace). */
  const ruleTables = new Set<string>();
  const failure = (e: unknown): AppError => (isAbort(e) ? CANCELLED : toAppError(e));

  return {
    async ruleLibrary() {
      return [...RULE_LIBRARY];
    },

    async runRules(request: RuleRunRequest, jobId: JobId, onProgress?: (p: RuleProgress) => void) {
      return deps.jobs.run(jobId, async (signal) => {
        try {
          const engine = await deps.engine();
          const taken = await takenName(engine, request.name, ruleTables, deps.isCellView);
          if (taken) return fail(taken);
          const selected = rulesForRequest(request);
          const data = await dataAvailability(engine, deps.mappings());
          const { rules, refused } = await checkCustomRules(engine, selected, data);
          const summary = await runRules(engine, rules, data, {
            name: request.name,
            parameters: request.parameters,
            signal,
            onProgress,
          });
          ruleTables.add(request.name);
          return ok(withRefused(summary, selected, refused));
        } catch (e) {
          return fail(failure(e));
        }
      });
    },

    async findingsPage(query: FindingsQuery) {
      if (!ruleTables.has(query.table)) return fail(unknownTable(query.table));
      try {
        return ok(await findingsPage(await deps.engine(), query));
      } catch (e) {
        return fail(failure(e));
      }
    },

    async findingDrill(table: string, findingId: string) {
      if (!ruleTables.has(table)) return fail(unknownTable(table));
      try {
        const drill = await findingDrill(await deps.engine(), table, findingId);
        return drill ? ok(drill) : fail(unknownFinding(findingId));
      } catch (e) {
        return fail(failure(e));
      }
    },

    async checkCustomRule(spec: CustomRuleSpec) {
      try {
        const rule = customRuleDefinition(spec, new Set(RULE_LIBRARY.map((r) => r.id)));
        await checkCustomRuleColumns(await deps.engine(), rule);
        return ok(undefined);
      } catch (e) {
        // A custom rule is user SQL: its engine errors read as a SQL cell's do.
        return fail(isAbort(e) ? CANCELLED : sqlError(e));
      }
    },

    async readiness() {
      const engine = await deps.engine();
      return readinessOf(RULE_LIBRARY, await dataAvailability(engine, deps.mappings()));
    },

    async exportRulePack(request: RuleRunRequest) {
      try {
        const rules = rulesForRequest(request);
        const options = { name: request.name, parameters: request.parameters };
        return ok(await exportRulePackSql(await deps.engine(), rules, options));
      } catch (e) {
        return fail(failure(e));
      }
    },
  };
}

/**
 * Checks each selected custom rule that would run (its fields mapped) before anything runs: its SQL must
 * compile on the loaded data and return the kernel's output columns. One that does not is left out of
 * the run and reported as a failed rule with its error; the other rules run (docs/kernel.md).
 */
async function checkCustomRules(
  engine: FindingsEngine,
  selected: readonly RuleDefinition[],
  data: DataAvailability,
): Promise<{ rules: RuleDefinition[]; refused: Map<string, RuleOutcome> }> {
  const rules: RuleDefinition[] = [];
  const refused = new Map<string, RuleOutcome>();
  for (const rule of selected) {
    if (rule.origin === 'custom' && missingNeeds(rule, data) === undefined) {
      const started = performance.now();
      try {
        await checkCustomRuleColumns(engine, rule);
      } catch (e) {
        if (isAbort(e)) throw e;
        refused.set(rule.id, {
          ruleId: rule.id,
          name: rule.name,
          status: 'failed',
          error: sqlError(e),
          findings: 0,
          lines: 0,
          amount: 0,
          elapsedMs: performance.now() - started,
        });
        continue;
      }
    }
    rules.push(rule);
  }
  return { rules, refused };
}

/** The run's summary with the refused custom rules in their place among the selected rules. */
function withRefused(
  summary: FindingsSummary,
  selected: readonly RuleDefinition[],
  refused: ReadonlyMap<string, RuleOutcome>,
): FindingsSummary {
  if (refused.size === 0) return summary;
  const ran = new Map(summary.rules.map((r) => [r.ruleId, r]));
  const rules = selected.flatMap((r) => {
    const outcome = refused.get(r.id) ?? ran.get(r.id);
    return outcome ? [outcome] : [];
  });
  return { ...summary, rules };
}

/**
 * A findings table may replace only an earlier findings table of this kernel, never data, a name the
 * name registry reserves for data, or a cell's view.
 */
async function takenName(
  engine: FindingsEngine,
  name: string,
  ruleTables: ReadonlySet<string>,
  isCellView: (name: string) => boolean,
): Promise<AppError | undefined> {
  // Invalid names are refused by runRules with their own message.
  if (!isValidName(name)) return undefined;
  const existing = await catalogEntries(engine);
  // A cell's view the engine does not hold yet still owns its name.
  const view = resultNames('rule', name).find(isCellView);
  if (
    view !== undefined &&
    !hasName(
      existing.map((e) => e.name),
      view,
    )
  )
    existing.push({ name: view, kind: 'view' });
  const isOwn = (table: string) =>
    !isCellView(table) && (hasName(ruleTables, table) || hasName(ruleTables, table.replace(/_lines$/i, '')));
  const problem = resultNameProblem('rule', name, existing, isOwn);
  return problem ? { kind: 'sql', code: 'rule.name-taken', message: problem } : undefined;
}

const unknownTable = (table: string): AppError => ({
  kind: 'sql',
  code: 'rule.unknown-table',
  message: msg(
    `“${table}”不是规则单元生成的发现表：请先运行规则单元。`,
    `"${table}" is not a findings table of a Rule cell: run the Rule cell first.`,
  ),
});

const unknownFinding = (id: string): AppError => ({
  kind: 'sql',
  code: 'rule.unknown-finding',
  message: msg(
    `找不到发现“${id}”：请重新运行规则单元。`,
    `Finding "${id}" was not found: run the Rule cell again.`,
  ),
});
