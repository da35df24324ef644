import { tableFromIPC } from 'apache-arrow';
import type { MappingProposal, ValidationReport } from '../../core/mapping/mapping-types';
import type { FindingsSummary, RuleOutcome } from '../../core/rules/rule-run-types';
import { newJobId } from '../../core/shared/ids';
import type { AppError } from '../../core/shared/errors';
import { createNodeKernel } from '../workers/kernel/node-kernel-host';
import type { CorpusLayout } from './corpus-types';
import type { FindingKey } from './recall';

/** The name of the findings table a corpus run writes (`<name>_lines` holds its lines). */
export const FINDINGS = 'corpus_findings';

/** What happened to one file of a layout. */
export interface FileRun {
  readonly file: string;
  readonly table?: string;
  readonly loadError?: AppError;
  readonly proposal?: MappingProposal;
  readonly proposalError?: AppError;
  readonly applyError?: AppError;
}

/** Everything a layout's run produced, for the assertions and for the report of misses. */
export interface LayoutRun {
  readonly files: readonly FileRun[];
  readonly reports: readonly ValidationReport[];
  readonly summary?: FindingsSummary;
  readonly runError?: AppError;
  readonly keys: readonly FindingKey[];
}

/**
 * Runs one layout as the app does, on the real kernel over the Node engine: load every file, propose a
 * mapping for each and apply it exactly as proposed (its `also` included: no edit), then run the whole
 * rule library and read the findings' keys back.
 */
export async function runLayout(layout: CorpusLayout): Promise<LayoutRun> {
  const host = createNodeKernel();
  const { kernel } = host;
  try {
    // As the app and the CLI start it: the engine, and the shipped knowledge layer.
    const started = await kernel.init();
    if (!started.ok) throw new Error(`kernel did not start: ${JSON.stringify(started.error)}`);
    const files: FileRun[] = [];
    for (const f of layout.files) {
      const file = new File([new Uint8Array(f.bytes)], f.name, { type: f.mimeType });
      const loaded = await kernel.loadFile(file, { jobId: newJobId() });
      if (!loaded.ok) {
        files.push({ file: f.name, loadError: loaded.error });
        continue;
      }
      const table = loaded.value.table;
      const proposed = await kernel.proposeMapping(loaded.value.id);
      if (!proposed.ok) {
        files.push({ file: f.name, table, proposalError: proposed.error });
        continue;
      }
      const applied = await kernel.applyMapping(proposed.value.mapping, newJobId());
      files.push({
        file: f.name,
        table,
        proposal: proposed.value,
        ...(applied.ok ? {} : { applyError: applied.error }),
      });
    }
    const reports = await kernel.validationReports();
    const run = await kernel.runRules({ name: FINDINGS, pack: { kind: 'all' } }, newJobId());
    if (!run.ok) return { files, reports, runError: run.error, keys: [] };
    const keys = await findingKeys((sql) => kernel.query(sql, newJobId()));
    return { files, reports, summary: run.value, keys };
  } finally {
    await host.close();
  }
}

type Query = (sql: string) => ReturnType<ReturnType<typeof createNodeKernel>['kernel']['query']>;

async function findingKeys(query: Query): Promise<FindingKey[]> {
  const result = await query(
    `SELECT rule_id, CAST(setl_id AS VARCHAR) AS setl_id, CAST(mdtrt_id AS VARCHAR) AS mdtrt_id,
       CAST(psn_no AS VARCHAR) AS psn_no, NULL::VARCHAR AS feedetl_sn FROM ${FINDINGS}
     UNION ALL
     SELECT rule_id, CAST(setl_id AS VARCHAR), NULL, NULL, CAST(feedetl_sn AS VARCHAR) FROM ${FINDINGS}_lines`,
  );
  if (!result.ok) throw new Error(`reading findings failed: ${JSON.stringify(result.error)}`);
  const table = tableFromIPC(result.value.ipc);
  const col = (name: string): unknown[] => Array.from(table.getChild(name) ?? [], (v) => v as unknown);
  const [rule, setl, mdtrt, psn, line] = ['rule_id', 'setl_id', 'mdtrt_id', 'psn_no', 'feedetl_sn'].map(col);
  return rule!.map((r, i) => ({
    ruleId: String(r),
    setlId: text(setl![i]),
    mdtrtId: text(mdtrt![i]),
    psnNo: text(psn![i]),
    feedetlSn: text(line![i]),
  }));
}

const text = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** One rule outcome as a line of the report: id, status and the skip reason or error. */
export function outcomeLine(outcome: RuleOutcome): string {
  const why = outcome.reason?.en ?? outcome.error?.message.en ?? '';
  return `${outcome.ruleId} ${outcome.status} (${outcome.findings} findings)${why ? `: ${why}` : ''}`;
}
