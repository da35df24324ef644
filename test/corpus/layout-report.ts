import type { MappingProposal } from '../../core/mapping/mapping-types';
import { FAMILY_RULES, type CorpusLayout } from './corpus-types';
import { recallTable, unexplainedFindings, type CaseResult } from './recall';
import { outcomeLine, type LayoutRun } from './run-layout';

/**
 * The Markdown report of one layout's run: recall per family, each missed case with the outcomes of
 * its family's rules, the proposals applied, the validation problems and every rule that did not run.
 */
export function layoutReport(layout: CorpusLayout, run: LayoutRun, results: readonly CaseResult[]): string {
  const out: string[] = [`## ${layout.id} — ${layout.title}`, '', recallTable(results), ''];
  const stray = unexplainedFindings(
    results.map((r) => r.planted),
    run.keys,
  ).filter((s) => s.findings > 0);
  out.push(
    `Findings of a planted family naming no planted case (background tripped): ${
      stray.length === 0 ? 'none' : stray.map((s) => `${s.family} ${s.findings}`).join(', ')
    }`,
    '',
  );
  const outcomes = new Map((run.summary?.rules ?? []).map((r) => [r.ruleId, r]));
  const misses = results.filter((r) => !r.found);
  if (misses.length > 0) {
    out.push('### Missed cases', '');
    for (const { planted } of misses) {
      const rules = FAMILY_RULES[planted.family].map((id) => {
        const o = outcomes.get(id);
        return o ? outcomeLine(o) : `${id} not run`;
      });
      out.push(`- ${planted.id} (${planted.settlements.join(', ')}; ${planted.note}): ${rules.join('; ')}`);
    }
    out.push('');
  }
  out.push('### Proposals applied as is', '');
  for (const f of run.files) {
    if (f.loadError) out.push(`- ${f.file}: load failed: ${f.loadError.message.en}`);
    else if (f.proposalError) out.push(`- ${f.file}: no proposal: ${f.proposalError.message.en}`);
    else if (f.proposal)
      out.push(
        `- ${f.file}: ${proposalLine(f.proposal)}${f.applyError ? ` — apply failed: ${f.applyError.message.en}` : ''}`,
      );
  }
  out.push('', '### Validation', '');
  for (const r of run.reports) {
    const problems = r.problems.map((p) => `${p.kind} ${p.field}←${p.column} ×${p.count}`).join(', ');
    const filled = (r.filled ?? []).map((f) => `${f.field} ${f.how} from ${f.from} ×${f.rows}`).join(', ');
    out.push(
      `- ${r.target}: ${r.rowsRead} rows from ${r.sources.join(', ')}; ${r.rowsWithProblems} with problems${problems ? ` (${problems})` : ''}${filled ? `; filled: ${filled}` : ''}`,
    );
  }
  out.push('', '### Rules that did not run', '');
  if (run.runError) out.push(`- the run failed: ${run.runError.message.en}`);
  for (const o of run.summary?.rules ?? []) if (o.status !== 'ok') out.push(`- ${outcomeLine(o)}`);
  return out.join('\n') + '\n';
}

function proposalLine(p: MappingProposal): string {
  const m = p.mapping;
  const cols = Object.entries(m.columns)
    .map(([field, col]) => `${field}←${col}`)
    .join(', ');
  const consts = Object.entries(m.constants ?? {})
    .map(([field, v]) => `${field}=${v}`)
    .join(', ');
  const also = (m.also ?? [])
    .map(
      (a) =>
        `${a.target}(${Object.entries(a.columns)
          .map(([f, c]) => `${f}←${c}`)
          .join(', ')})`,
    )
    .join('; ');
  return `→ ${m.target} [${cols}]${consts ? ` constants [${consts}]` : ''}${also ? ` also ${also}` : ''}${p.toConfirm?.length ? ` to confirm: ${p.toConfirm.join(', ')}` : ''}`;
}
