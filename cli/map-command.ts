import { realpath, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CANONICAL_TABLE_LABELS } from '../core/mapping/canonical-model';
import type { MappingProposal, TableMapping } from '../core/mapping/mapping-types';
import type { Readiness } from '../core/rules/readiness-types';
import { newJobId } from '../core/shared/ids';
import { msg } from '../core/shared/msg';
import { appliedColumns, howLabel, type AppliedColumn } from './applied-mapping';
import { checkInputs } from './check-inputs';
import type { CliEngine } from './cli-engine';
import { createCliKernel } from './cli-kernel';
import { formatError, type CliIo, type CliProblem } from './cli-io';
import { EXIT, type ExitCode } from './exit-codes';
import { feeKeysFromSetl } from './fee-keys-from-setl';
import { loadDataFiles } from './load-data';
import { mappingFileText } from './mapping-file';
import type { MapOptions } from './parse-args';
import { prepareKnowledge } from './prepare-knowledge';
import { createReporter } from './reporter';
import { createTempFolder } from './temp-folder';
import { textTable } from './text-table';
import { createWasmEngine } from './wasm-engine';

/**
 * `claimlens map FILE… [--out mapping.yaml]`: loads the files through the kernel (as `run` does; files
 * named after a knowledge table are imported as knowledge), prints the mapper's proposal for each data
 * file column by column (source column → table.field, how, evidence, confidence, fields to confirm),
 * the tables it also builds, the fee keys the build will take from the settlement, the columns left
 * unmapped and the readiness of the rule library on the proposal; with `--out`, writes the proposal as
 * an editable mapping file for `run --mapping` (never over an existing file). Returns the exit code.
 */
export async function mapCommand(options: MapOptions, io: CliIo): Promise<ExitCode> {
  const reporter = createReporter(io, options.quiet);
  const unreadable = await checkInputs(options.files.map((p) => ({ path: p, role: 'data' as const })));
  if (unreadable) return stop(io, unreadable);
  if (options.out !== undefined) {
    const taken = await outTaken(options.out, options.files);
    if (taken) return stop(io, taken);
  }
  const temp = createTempFolder();
  let engine: CliEngine | undefined;
  try {
    engine = await createWasmEngine();
    const cliEngine = engine;
    const kernel = createCliKernel(cliEngine, temp.path);
    const loaded = await loadDataFiles(kernel, options.files, reporter);
    if (!loaded.ok) return stop(io, loaded.error);
    const knowledgeFiles = loaded.value.flatMap((d) =>
      d.kind === 'knowledge' ? [{ path: d.path, file: d.file }] : [],
    );
    const prepared = await prepareKnowledge(kernel, knowledgeFiles, reporter);
    if (!prepared.ok) return stop(io, prepared.error);
    const proposals: { file: string; proposal: MappingProposal; columns: readonly string[] }[] = [];
    for (const d of loaded.value) {
      if (d.kind === 'knowledge') {
        io.out(`${d.file.name} →（知识库，不映射 / knowledge, not mapped）\n\n`);
        continue;
      }
      if (d.answerKey) {
        io.out(`${d.info.fileName}：培训答案表，不映射 / a workshop answer key, not mapped\n\n`);
        continue;
      }
      const proposal = await kernel.proposeMapping(d.info.id);
      if (!proposal.ok) return stop(io, { ...proposal.error, file: proposal.error.file ?? d.info.fileName });
      proposals.push({
        file: d.info.fileName,
        proposal: proposal.value,
        columns: d.info.columns.map((c) => c.name),
      });
      const applied = await kernel.applyMapping(proposal.value.mapping, newJobId());
      if (!applied.ok) return stop(io, { ...applied.error, file: applied.error.file ?? d.info.fileName });
    }
    for (const p of proposals) io.out(proposalText(p.file, p.proposal, p.columns));
    const bySource = proposals.map((p) => ({ ...p.proposal.mapping, source: p.file }));
    io.out(derivedKeysText(bySource));
    io.out(readinessText(await kernel.readiness()));
    if (options.out !== undefined) {
      await writeFile(options.out, mappingFileText(bySource), { flag: 'wx' });
      io.out(
        `映射文件已写入 ${options.out}：可编辑后用 claimlens run NOTEBOOK --data … --mapping ${options.out} 应用。\n` +
          `Mapping file written to ${options.out}: edit it if needed, then apply it with claimlens run NOTEBOOK --data … --mapping ${options.out}.\n`,
      );
    }
    return EXIT.ok;
  } finally {
    await engine?.close().catch(() => undefined);
    await temp.remove();
  }
}

/** One data file's proposal as the terminal shows it. */
function proposalText(file: string, proposal: MappingProposal, columns: readonly string[]): string {
  const { mapping } = proposal;
  const label = CANONICAL_TABLE_LABELS[mapping.target];
  const out = [`${file} → ${mapping.target}（${label.zh} / ${label.en}）`];
  if (proposal.evidence) out.push(`  依据 / why: ${proposal.evidence.zh} / ${proposal.evidence.en}`);
  const applied = appliedColumns(file, mapping, 'proposal', proposal);
  const evidence = (c: AppliedColumn) => {
    const match =
      c.table === mapping.target
        ? proposal.matches[c.field]
        : proposal.also?.find((d) => d.mapping.target === c.table)?.matches[c.field];
    return match?.evidence ? `${match.evidence.zh} / ${match.evidence.en}` : '';
  };
  out.push(
    textTable(
      ['源列 Column', '字段 Field', '方式 How', '依据 Evidence', '置信度 Confidence', '确认 Confirm'],
      applied.map((c) => [
        c.column ?? `常量 constant "${c.constant ?? ''}"`,
        `${c.table}.${c.field}`,
        howLabel(c.how),
        evidence(c),
        c.confidence === undefined ? '' : c.confidence.toFixed(2),
        c.confirm ? '需确认 / confirm' : '',
      ]),
    )
      .trimEnd()
      .replace(/^/gm, '  '),
  );
  const used = new Set(applied.flatMap((c) => (c.column ? [c.column] : [])));
  const unmapped = columns.filter((c) => !used.has(c));
  if (unmapped.length > 0) out.push(`  未映射的列 / unmapped columns: ${unmapped.join(', ')}`);
  return `${out.join('\n')}\n\n`;
}

function derivedKeysText(mappings: readonly TableMapping[]): string {
  const keys = feeKeysFromSetl(mappings);
  if (keys.length === 0) return '';
  const lines = keys.map(
    (k) => `  fee.${k.field} ← ${k.from}（按 setl_id 取自结算 / taken from the settlement by setl_id）`,
  );
  return `由结算推得的费用明细字段 / fee fields derived from the settlement:\n${lines.join('\n')}\n\n`;
}

/** The readiness of the rule library on the proposal: counts and the ten needs unlocking most. */
export function readinessText(readiness: Readiness): string {
  const out = [
    `数据就绪：将运行 ${readiness.ready} 条规则，跳过 ${readiness.skipped} 条`,
    `Readiness: ${readiness.ready} rules will run, ${readiness.skipped} will be skipped`,
  ];
  const top = readiness.needs.slice(0, 10);
  if (top.length > 0)
    out.push(
      textTable(
        ['缺少 Missing', '解锁 Unlocks', '阻塞 Blocks'],
        top.map((n) => [`${n.label.zh} / ${n.label.en}`, String(n.unlocks), String(n.blocks)]),
      ).trimEnd(),
    );
  return `${out.join('\n')}\n`;
}

/** Why `--out` cannot be written: it exists already (never overwritten) or is one of the data files. */
async function outTaken(out: string, inputs: readonly string[]): Promise<CliProblem | undefined> {
  const exists = await stat(out).then(
    () => true,
    () => false,
  );
  if (!exists) return undefined;
  const real = await realpath(out);
  const isInput = (await Promise.all(inputs.map((i) => realpath(i).catch(() => path.resolve(i))))).includes(
    real,
  );
  return {
    code: isInput ? 'out.input' : 'out.exists',
    file: out,
    message: isInput
      ? msg(
          `“${out}”是输入的数据文件，claimlens 不会覆盖输入：请用 --out 指定另一个文件名。`,
          `"${out}" is one of the data files; claimlens never overwrites an input: choose another name with --out.`,
        )
      : msg(
          `“${out}”已存在，claimlens 不会覆盖它：请用 --out 指定另一个文件名，或先移走该文件。`,
          `"${out}" exists already and claimlens will not overwrite it: choose another name with --out, or move the file away first.`,
        ),
  };
}

function stop(io: CliIo, problem: CliProblem): ExitCode {
  io.err(formatError(problem));
  return EXIT.usage;
}
