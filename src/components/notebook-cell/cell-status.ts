import { html, nothing } from 'lit';
import { kindOf } from '../../../core/cells/cell-kinds';
import type { Cell } from '../../../core/notebook/cell-types';
import { formatCount, formatDuration } from '../../i18n/format-number';
import { t } from '../../i18n/translate';
import type { CellRun } from '../../state/notebook-state';

/**
 * A cell's run status in its toolbar: idle, queued, running with the elapsed time (`now` is the time
 * ticked by the notebook while cells run), done with its rows or findings, failed, cancelled or stale.
 * Nothing for an idle cell that does not run.
 */
export function cellStatus(cell: Cell, run: CellRun, now: number) {
  const rows = run.result?.page.totalRows;
  let text: string;
  switch (run.status) {
    case 'idle':
      if (!kindOf(cell).isRunnable) return nothing;
      text = t('cell.idle');
      break;
    case 'queued':
      text = t('cell.queued');
      break;
    case 'running':
      text = t('cell.running', {
        elapsed: formatDuration(Math.max(0, now - (run.startedAt ?? now))),
      });
      break;
    case 'done':
      text = run.findings
        ? t('rules.cellDone', {
            findings: formatCount(run.findings.findings),
            elapsed: formatDuration(run.elapsedMs ?? 0),
          })
        : t('cell.done', { rows: formatCount(rows ?? 0), elapsed: formatDuration(run.elapsedMs ?? 0) });
      break;
    case 'error':
      text = run.error?.kind === 'cancelled' ? t('cell.cancelled') : t('cell.failed');
      break;
    case 'stale':
      text = t('cell.stale');
      break;
  }
  return html`<span
    class="status ${run.status}"
    data-testid="cell-status"
    data-state=${run.status}
    data-rows=${run.status === 'done' && rows !== undefined ? String(rows) : nothing}
    role="status"
    >${run.status === 'running' ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${text}</span
  >`;
}
