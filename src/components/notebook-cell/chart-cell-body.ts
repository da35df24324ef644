import { html, nothing } from 'lit';
import type { ChartCell } from '../../../core/notebook/cell-types';
import type { ChartSpec } from '../../../core/notebook/chart-spec';
import { parseChartSpec, serializeChartSpec } from '../../../core/notebook/chart-spec-text';
import { t } from '../../i18n/translate';
import type { CellRun } from '../../state/notebook-state';
import '../chart-editor/chart-editor';
import type { ChartSpecChangeEvent } from '../chart-editor/chart-editor.component';
import '../chart-view/chart-view';
import type { CellChange } from './cell-events';

/** What a chart cell's body shows besides the cell. */
export interface ChartCellBodyOptions {
  readonly run: CellRun;
  /** Names of the notebook's SQL cells (what the chart can plot). */
  readonly sqlNames: readonly string[];
  /** Columns of the result the chart plots. */
  readonly chartColumns: readonly { name: string; type: string }[];
  /** The dependency graph's notes and the run's error, as rendered. */
  readonly notes: unknown;
  readonly error: unknown;
  /** Reports what the user changed (source cell or spec). */
  readonly change: (change: CellChange) => void;
}

/** A chart cell's body: the SQL cell it plots, the chart editor, notes and error, and the chart once run. */
export function chartCellBody(cell: ChartCell, options: ChartCellBodyOptions) {
  const { run, sqlNames, chartColumns, notes, error, change } = options;
  const { spec, problems, isUnreadable } = parseChartSpec(cell.source);
  const page = run.result?.page;
  return html`<div class="chart-source">
      <label
        >${t('nb.chartFrom')}
        <select
          data-testid="chart-from"
          @change=${(e: Event) => change({ from: (e.target as HTMLSelectElement).value })}
        >
          ${cell.from === '' ? html`<option value="" selected>—</option>` : nothing}
          ${[...new Set([...sqlNames, cell.from])]
            .filter((n) => n !== '')
            .map((n) => html`<option value=${n} ?selected=${n === cell.from}>${n}</option>`)}
        </select></label
      >
    </div>
    <cl-chart-editor
      .spec=${spec}
      .columns=${chartColumns}
      @cl-chart-spec-change=${(e: ChartSpecChangeEvent) => change({ source: serializeChartSpec(e.detail.spec as ChartSpec) })}
    ></cl-chart-editor>
    ${notes} ${error}
    ${
      page
        ? html`<cl-chart-view
            .spec=${spec}
            .page=${page}
            .specProblems=${problems}
            .isSpecUnreadable=${isUnreadable === true}
            .columns=${chartColumns}
            .fileName=${`${cell.from || 'chart'}-${cell.id}`}
          ></cl-chart-view>`
        : nothing
    }`;
}
