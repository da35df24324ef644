import { html, nothing } from 'lit';
import { kindOf } from '../../../core/cells/cell-kinds';
import type { Cell } from '../../../core/notebook/cell-types';
import { t } from '../../i18n/translate';
import type { CellRun } from '../../state/notebook-state';
import type { CellAction } from './cell-events';

/** Run, run from here and cancel, for a cell that runs (disabled as its run allows); `act` reports a press. */
export function runButtons(cell: Cell, run: CellRun, act: (action: CellAction) => void) {
  if (!kindOf(cell).isRunnable) return nothing;
  const busy = run.status === 'running' || run.status === 'queued';
  return html`<button
      class="btn btn-primary btn-small"
      data-testid="run"
      ?disabled=${busy}
      @click=${() => act('run')}
    >
      ${t('cell.run')}
    </button>
    <button
      class="btn btn-small"
      data-testid="run-from"
      title=${t('cell.runFromHint')}
      ?disabled=${busy}
      @click=${() => act('run-from')}
    >
      ${t('cell.runFrom')}
    </button>
    <button class="btn btn-small" data-testid="cancel" ?disabled=${!busy} @click=${() => act('cancel')}>
      ${t('common.cancel')}
    </button>`;
}

/** A cell toolbar's icon button (`cell-<action>` test id), labelled for screen readers and on hover. */
export function iconButton(
  action: CellAction,
  icon: string,
  label: string,
  act: (action: CellAction) => void,
) {
  return html`<button
    class="btn btn-small icon"
    data-testid=${`cell-${action}`}
    title=${label}
    aria-label=${label}
    @click=${() => act(action)}
  >
    ${icon}
  </button>`;
}
