import type { DatasetInfo, KernelApi, ProgressCallback, WorkshopOptions, WorkshopProgress } from '../api';
import { WORKSHOP_LINES } from '../api';
import type { FileEngine, KernelSql, SqlEngine } from '../engine/sql-engine';
import { quoteLiteral } from '../engine/sql-quote';
import { generatedTables, type GenerateOptions } from '../generator/generate-dataset';
import { isScenarioId } from '../generator/scenarios/scenario-ids';
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import { fail, ok, toAppError, type AppError, type Result } from '../../core/shared/errors';
import type { JobId } from '../../core/shared/ids';
import { msg } from '../../core/shared/msg';
import { scoreFlags } from '../workshop/score-flags';
import type { ScoreLevel } from '../workshop/score-level';
import { CANCELLED, isAbort } from './engine-errors';
import { generateBlob } from './generate-blob';
import { HIDDEN_ANSWERS, generatedParts, loadHiddenAnswers, type GeneratedFile } from './generated-parts';
import type { Jobs } from './jobs';

/** The table `revealAnswers` creates. */
export const REVEALED_ANSWERS = 'answers';

/** What the workshop service needs from the kernel. */
export interface WorkshopServiceDeps {
  readonly engine: () => Promise<FileEngine & { readonly kernelSql: KernelSql }>;
  readonly jobs: Jobs;
  readonly knowledge: () => Promise<KnowledgeBase>;
  /** Whether a table is a Rule cell's findings computed before the last data change (data-generation.ts). */
  readonly isStaleFindings?: (table: string) => boolean;
  /** Removes every loaded dataset, then loads these files as datasets and maps them (as the demo is). */
  readonly replaceData: (
    files: readonly GeneratedFile[],
    jobId: JobId,
    onProgress: (file: string, progress: Parameters<ProgressCallback>[0]) => void,
  ) => Promise<Result<DatasetInfo[]>>;
}

type WorkshopMethods = Pick<KernelApi, 'generateWorkshop' | 'revealAnswers' | 'scoreWorkshop'>;

/** The kernel's workshop methods: generate a dataset with a hidden answer key, reveal it, score flags. */
export function createWorkshopService(deps: WorkshopServiceDeps): WorkshopMethods {
  /** Whether `answers` is the table this service revealed (so it may replace or drop it). */
  let revealed = false;
  const failure = (e: unknown): AppError => (isAbort(e) ? CANCELLED : toAppError(e));

  async function dropAnswers(engine: FileEngine & { readonly kernelSql: KernelSql }) {
    await engine.kernelSql.exec(`DROP TABLE IF EXISTS temp.main.${HIDDEN_ANSWERS}`);
    if (revealed) await engine.exec(`DROP TABLE IF EXISTS ${REVEALED_ANSWERS}`);
    revealed = false;
  }

  return {
    async generateWorkshop(
      options: WorkshopOptions,
      jobId: JobId,
      onProgress?: (p: WorkshopProgress) => void,
    ) {
      const invalid = optionsError(options);
      if (invalid) return fail(invalid);
      const gen: GenerateOptions = { ...options, headers: 'code' };
      const tables = generatedTables(gen);
      try {
        const engine = await deps.engine();
        const files: GeneratedFile[] = [];
        for (const [index, table] of tables.entries()) {
          const report = (rows: number) =>
            onProgress?.({ stage: 'generate', table, index, tables: tables.length, rows });
          const blob = await deps.jobs.run(jobId, (signal) => generateBlob(table, gen, signal, report));
          files.push({ name: `${table}.csv`, blob });
        }
        const { data, knowledge, answers } = await generatedParts(files);
        // The old key goes before the data: a failed load must not leave it beside other data.
        await dropAnswers(engine);
        const first = data[0]?.name.replace(/\.csv$/, '') ?? '';
        onProgress?.({ stage: 'load', table: first, index: 0, tables: tables.length, rows: 0 });
        const loaded = await deps.replaceData(data, jobId, (file, load) => {
          const table = file.replace(/\.csv$/, '');
          const index = tables.findIndex((t) => t === table);
          onProgress?.({ stage: 'load', table, index, tables: tables.length, rows: 0, load });
        });
        if (!loaded.ok) return loaded;
        await (await deps.knowledge()).setDemo(knowledge);
        if (answers) await loadHiddenAnswers(engine, answers);
        return loaded;
      } catch (e) {
        return fail(failure(e));
      }
    },

    async revealAnswers() {
      try {
        const engine = await deps.engine();
        if (!(await hasAnswerKey(engine.kernelSql))) return fail(noAnswerKey());
        if (!revealed && (await tableExists(engine, REVEALED_ANSWERS))) return fail(answersTaken());
        // Written from the kernel's connection: the only one that can read the hidden key.
        await engine.kernelSql.exec(
          `CREATE OR REPLACE TABLE ${REVEALED_ANSWERS} AS SELECT * FROM temp.main.${HIDDEN_ANSWERS}`,
        );
        revealed = true;
        const [row] = await engine.rows<{ n: number }>(
          `SELECT count(*)::INTEGER AS n FROM ${REVEALED_ANSWERS}`,
        );
        return ok({ rows: Number(row?.n ?? 0) });
      } catch (e) {
        return fail(failure(e));
      }
    },

    async scoreWorkshop(flags: string, level: ScoreLevel) {
      try {
        const engine = await deps.engine();
        if (!(await hasAnswerKey(engine.kernelSql))) return fail(noAnswerKey());
        if (deps.isStaleFindings?.(flags)) return fail(staleFindings(flags));
        return await scoreFlags(engine.kernelSql, { answers: HIDDEN_ANSWERS, flags, level });
      } catch (e) {
        return fail(failure(e));
      }
    },
  };
}

async function tableExists(engine: SqlEngine, name: string): Promise<boolean> {
  const rows = await engine.rows<{ n: number }>(
    `SELECT count(*)::INTEGER AS n FROM information_schema.tables
     WHERE table_catalog = current_database() AND table_schema = 'main'
       AND lower(table_name) = ${quoteLiteral(name.toLowerCase())}`,
  );
  return Number(rows[0]?.n ?? 0) > 0;
}

/** Whether the kernel's connection holds a hidden answer key (a TEMP table: `database_name = 'temp'`). */
async function hasAnswerKey(kernel: SqlEngine): Promise<boolean> {
  const rows = await kernel.rows<{ n: number }>(
    `SELECT count(*)::INTEGER AS n FROM duckdb_tables()
     WHERE temporary AND table_name = ${quoteLiteral(HIDDEN_ANSWERS)}`,
  );
  return Number(rows[0]?.n ?? 0) > 0;
}

/** Why the options cannot be generated, or undefined. */
function optionsError(options: WorkshopOptions): AppError | undefined {
  const { seed, lines, scenarios } = options;
  if (!Number.isSafeInteger(seed))
    return badOption(msg(`种子须为整数：${seed}`, `The seed must be an integer: ${seed}`));
  if (!Number.isInteger(lines) || lines < WORKSHOP_LINES.min || lines > WORKSHOP_LINES.max)
    return badOption(
      msg(
        `费用明细行数须为 ${WORKSHOP_LINES.min}–${WORKSHOP_LINES.max} 的整数：${lines}`,
        `Fee lines must be a whole number from ${WORKSHOP_LINES.min} to ${WORKSHOP_LINES.max}: ${lines}`,
      ),
    );
  for (const [id, rate] of Object.entries(scenarios)) {
    if (!isScenarioId(id)) return badOption(msg(`未知的场景：${id}`, `Unknown scenario: ${id}`));
    if (typeof rate !== 'number' || !(rate >= 0 && rate <= 1))
      return badOption(
        msg(`场景“${id}”的比例须在 0–1 之间：${rate}`, `The rate of "${id}" must be 0–1: ${rate}`),
      );
  }
  return undefined;
}

const badOption = (message: AppError['message']): AppError => ({
  kind: 'load',
  code: 'workshop.options',
  message,
});

const noAnswerKey = (): AppError => ({
  kind: 'sql',
  code: 'workshop.no-answer-key',
  message: msg(
    '还没有答案表：请先生成带埋设场景的培训数据集。',
    'There is no answer key yet: generate a workshop dataset with planted scenarios first.',
  ),
});

const staleFindings = (flags: string): AppError => ({
  kind: 'sql',
  code: 'workshop.stale-findings',
  message: msg(
    `“${flags}”的发现是在数据更改之前算出的：请先重新运行该规则单元格，再评分。`,
    `The findings in "${flags}" were computed before the data changed: run that Rule cell again first, then score.`,
  ),
});

const answersTaken = (): AppError => ({
  kind: 'sql',
  code: 'workshop.answers-taken',
  message: msg(
    '名称“answers”已被其他表或单元占用：请先将其改名，再显示答案。',
    'The name "answers" is already used by another table or cell: rename it first, then reveal the answers.',
  ),
});
