// @vitest-environment jsdom
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import type { ResultPage } from '../../../../workers/api';
import type { ChartViewElement } from '../../../../src/components/chart-view/chart-view';
import { parseChartSpec } from '../../../../core/notebook/chart-spec-text';
import { locale } from '../../../../src/i18n/locale';
import { createNodeEngine, type NodeEngine } from '../../../../node/engine/duckdb-node-engine';

/** jsdom has no ResizeObserver: this one reports the widths the test sets. */
const observers: { callback: ResizeObserverCallback; targets: Element[] }[] = [];
class FakeResizeObserver {
  readonly entry: { callback: ResizeObserverCallback; targets: Element[] };
  constructor(callback: ResizeObserverCallback) {
    this.entry = { callback, targets: [] };
    observers.push(this.entry);
  }
  observe(target: Element) {
    this.entry.targets.push(target);
  }
  unobserve() {}
  disconnect() {
    this.entry.targets = [];
  }
}

function resize(el: Element, width: number): void {
  for (const { callback, targets } of observers) {
    if (targets.includes(el)) callback([{ target: el, contentRect: { width } } as never], {} as never);
  }
}

let engine: NodeEngine;

beforeAll(async () => {
  globalThis.ResizeObserver = FakeResizeObserver as never;
  await import('../../../../src/components/chart-view/chart-view');
  engine = await createNodeEngine();
  locale.set('zh');
});
afterAll(() => engine.close());

async function mount(props: Partial<ChartViewElement>, width = 600): Promise<ChartViewElement> {
  const el = document.createElement('cl-chart-view');
  Object.assign(el, props);
  document.body.replaceChildren(el);
  await el.updateComplete;
  resize(el, width);
  await el.updateComplete;
  return el;
}

/** A whole query result as the one page a chart gets from the kernel. */
function asPage(ipc: Uint8Array): ResultPage {
  const rows = tableFromIPC(ipc).numRows;
  return { ipc, offset: 0, rowCount: rows, totalRows: rows, columns: [] };
}

const $ = (el: ChartViewElement, testId: string) => el.shadowRoot!.querySelector(`[data-testid="${testId}"]`);

const BY_HOSPITAL = `SELECT * FROM (VALUES ('协和医院', 1200.50::DECIMAL(18,2)), ('人民医院', 800::DECIMAL(18,2))) t(hospital, fee)`;

describe('<cl-chart-view>', () => {
  it('draws the result at the width it is given, with export buttons', async () => {
    const ipc = await engine.queryIpc(BY_HOSPITAL);
    const el = await mount({
      spec: { mark: 'bar', x: 'hospital', y: 'fee', tooltip: true },
      page: asPage(ipc),
    });
    const chart = $(el, 'chart');
    expect(chart?.localName).toBe('svg');
    expect(chart?.getAttribute('width')).toBe('600');
    expect(chart?.querySelectorAll('g[aria-label="bar"] rect')).toHaveLength(2);
    expect(($(el, 'chart-export-svg') as HTMLButtonElement).disabled).toBe(false);
    expect(($(el, 'chart-export-png') as HTMLButtonElement).disabled).toBe(false);
    resize(el, 420);
    await el.updateComplete;
    expect($(el, 'chart')?.getAttribute('width')).toBe('420');
  });

  it('shows a missing column with the columns there are, and draws nothing', async () => {
    const ipc = await engine.queryIpc(BY_HOSPITAL);
    const el = await mount({
      spec: { mark: 'bar', x: 'hospital', y: 'amount', tooltip: true },
      page: asPage(ipc),
    });
    expect($(el, 'chart')).toBeNull();
    const problems = $(el, 'chart-problems')?.textContent ?? '';
    expect(problems).toContain('“amount”');
    expect(problems).toContain('hospital、fee');
    expect(($(el, 'chart-export-svg') as HTMLButtonElement).disabled).toBe(true);
    locale.set('en');
    await el.updateComplete;
    expect($(el, 'chart-problems')?.textContent).toContain('Available columns: hospital, fee.');
    locale.set('zh');
  });

  it('shows problems from the spec text next to the chart', async () => {
    const ipc = await engine.queryIpc(BY_HOSPITAL);
    const el = await mount({
      spec: { mark: 'bar', x: 'hospital', y: 'fee', tooltip: true },
      page: asPage(ipc),
      specProblems: [
        { zh: '第 3 行：未知字段“colour”已忽略。', en: 'Line 3: unknown key "colour" ignored.' },
      ],
    });
    expect($(el, 'chart-problems')?.textContent).toContain('第 3 行');
    expect($(el, 'chart')).not.toBeNull();
  });

  it('shows a malformed spec as a YAML error at its line, not as a missing x column', async () => {
    const ipc = await engine.queryIpc(BY_HOSPITAL);
    const { spec, problems, isUnreadable } = parseChartSpec('mark: bar\nx: "hospital\ny: fee');
    const el = await mount({
      spec,
      page: asPage(ipc),
      specProblems: problems,
      isSpecUnreadable: isUnreadable === true,
    });
    const shown = $(el, 'chart-problems')?.textContent ?? '';
    expect(shown).toContain('第 2 行第 4 列：图表设置无法读取');
    expect(shown).not.toContain('选择一列');
    expect($(el, 'chart')).toBeNull();
    locale.set('en');
    await el.updateComplete;
    const shownEn = $(el, 'chart-problems')?.textContent ?? '';
    expect(shownEn).toContain('Line 2, column 4: the chart settings cannot be read');
    expect(shownEn).not.toContain('needs a column');
    locale.set('zh');
  });

  it('says when only the first 50,000 rows are drawn', async () => {
    const ipc = await engine.queryIpc('SELECT range AS i, range % 7 AS v FROM range(50010)');
    const el = await mount({ spec: { mark: 'dot', x: 'i', y: 'v', tooltip: false }, page: asPage(ipc) });
    expect($(el, 'chart-truncated')?.textContent).toContain('50,010');
    expect($(el, 'chart-truncated')?.textContent).toContain('50,000');
    expect($(el, 'chart')?.querySelectorAll('g[aria-label="dot"] circle')).toHaveLength(50_000);
  });

  it('waits for a result', async () => {
    const el = await mount({ spec: { mark: 'bar', x: 'hospital', y: 'fee', tooltip: true } });
    expect($(el, 'chart-no-result')).not.toBeNull();
    expect($(el, 'chart')).toBeNull();
  });
});
