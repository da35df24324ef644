// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ModelCellElement } from '../../../../src/components/model-cell/model-cell.component';
import type { ModelCellResult, ModelInfo } from '../../../../core/models/model-api-types';
import { modelId } from '../../../../core/models/model-types';
import { msg } from '../../../../core/shared/msg';
import { locale } from '../../../../src/i18n/locale';
import { change, deepQuery, deepQueryAll, settle } from '../rule-cell/rule-cell-fixtures';
import { FakeModelSource, MISSING_MODEL, PEER_MODEL, rankedPage } from './model-cell-fixtures';

/** jsdom has no ResizeObserver: this one reports a fixed width once observing starts. */
class FixedResizeObserver {
  constructor(readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    queueMicrotask(() => this.callback([{ target, contentRect: { width: 640 } } as never], this as never));
  }
  unobserve() {}
  disconnect() {}
}

beforeAll(async () => {
  globalThis.ResizeObserver = FixedResizeObserver as never;
  // jsdom draws no canvas: the drill-down's result tables measure text without one.
  HTMLCanvasElement.prototype.getContext = (() => null) as never;
  await import('../../../../src/components/model-cell/model-cell');
});

afterEach(() => {
  document.body.replaceChildren();
  locale.set('zh');
});

function ran(total: number, shown = Math.min(total, 50)): ModelCellResult {
  return {
    outcome: {
      status: 'ran',
      model: modelId('peer-test'),
      parameters: { min_cases: 30 },
      table: 'peers',
      tables: ['peers_links'],
      entities: total,
    },
    firstPage: rankedPage(shown, total),
    elapsedMs: 1234,
  };
}

async function mount(
  model: string,
  source: string,
  result?: ModelCellResult,
  total = 3,
  library: readonly ModelInfo[] = [PEER_MODEL, MISSING_MODEL],
) {
  const el = document.createElement('cl-model-cell') as ModelCellElement;
  const data = new FakeModelSource(total);
  const changes: unknown[] = [];
  el.cell = { id: 'm1', name: 'peers', model, source };
  el.library = library;
  el.source = data;
  el.result = result;
  el.addEventListener('cl-model-cell-change', (e) => {
    changes.push(e.detail);
    if ('source' in e.detail) el.cell = { ...el.cell, source: e.detail.source };
  });
  document.body.append(el);
  await settle(el);
  return { el, data, changes };
}

describe('cl-model-cell', () => {
  it('shows the model, what it scores and needs, and its parameters with default, bounds, unit and reason', async () => {
    const { el } = await mount('peer-test', '');
    expect(deepQuery(el, '[data-testid="model-name"]').textContent).toContain('同类机构比较');
    expect(deepQuery(el, '[data-testid="model-entity-type"]').textContent).toContain('定点机构');
    const needs = deepQuery(el, '[data-testid="model-needs"]').textContent ?? '';
    expect(needs).toContain('setl.medfee_sumamt');
    expect(needs).toContain('fee.hilist_code');
    const input = deepQuery<HTMLInputElement>(el, '[data-testid="model-param"]');
    expect(input.value).toBe('30');
    const about = deepQuery(el, '#p-min_cases-about').textContent ?? '';
    expect(about).toContain('范围 1 – 1,000');
    expect(about).toContain('例');
    expect(about).toContain('少于 30 例不稳定');
    expect(deepQueryAll(el, '[data-testid="model-missing"]')).toHaveLength(0);
    // Picker groups the library by family.
    const groups = deepQueryAll<HTMLOptGroupElement>(el, 'optgroup').map((g) => g.label);
    expect(groups).toEqual(['国家医保局大数据模型', '审计分析']);
  });

  it('writes only a changed value into the YAML body, removes it when back at the default', async () => {
    const { el, changes } = await mount('peer-test', '');
    change(deepQuery<HTMLInputElement>(el, '[data-testid="model-param"]'), '50');
    await settle(el);
    expect(changes.at(-1)).toEqual({ source: 'min_cases: 50' });
    change(deepQuery<HTMLInputElement>(el, '[data-testid="model-param"]'), '30');
    await settle(el);
    expect(changes.at(-1)).toEqual({ source: '' });
  });

  it('marks a value the run will refuse, keeping it as typed', async () => {
    const { el } = await mount('peer-test', 'min_cases: 5000');
    const input = deepQuery<HTMLInputElement>(el, '[data-testid="model-param"]');
    expect(input.value).toBe('5000');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(deepQuery(el, '[data-testid="model-param-problem"]').textContent).toContain('min_cases');
  });

  it('names a parameter the model does not have, with the ones it has', async () => {
    const { el } = await mount('peer-test', 'min_cases: 40\nwindow_days: 3\n');
    const text = deepQuery(el, '[data-testid="model-param-unknown"]').textContent ?? '';
    expect(text).toContain('window_days');
    expect(text).toContain('min_cases');
    expect(deepQuery<HTMLInputElement>(el, '[data-testid="model-param"]').value).toBe('40');
  });

  it('shows bad YAML with its line and opens the text editor', async () => {
    const { el } = await mount('peer-test', 'min_cases: [1,\n');
    expect(deepQuery(el, '[data-testid="model-yaml-error"]').textContent).toMatch(
      /参数第 \d+ 行：YAML 第 \d+ 列有误/,
    );
    expect(deepQuery<HTMLTextAreaElement>(el, '[data-testid="model-yaml"]').value).toBe('min_cases: [1,\n');
  });

  it('says why a model cannot run on the data and what to do, and names an unknown model', async () => {
    const missing = await mount('gaps-test', '');
    const text = deepQuery(missing.el, '[data-testid="model-missing"]').textContent ?? '';
    expect(text).toContain('缺少字段 setl.setl_id');
    expect(text).toContain('数据');
    document.body.replaceChildren();
    const unknown = await mount('no-such-model', '');
    const problem = deepQuery(unknown.el, '[data-testid="model-unknown"]').textContent ?? '';
    expect(problem).toContain('no-such-model');
    expect(problem).toContain('peer-test, gaps-test');
  });

  it('ranks with formatted indicators and the explanation in the UI language', async () => {
    const { el } = await mount('peer-test', '', ran(3));
    const rows = deepQueryAll(el, '[data-testid="model-row"]');
    expect(rows).toHaveLength(3);
    const first = rows[0]?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(first).toContain('H1');
    expect(first).toContain('¥80,417.40');
    expect(first).toContain('1,201');
    expect(first).toContain('50%');
    expect(first).toContain('药占比为同类的 1 倍');
    locale.set('en');
    await settle(el);
    expect(deepQuery(el, '[data-testid="model-explain"]').textContent).toContain('Drug share 1× its peers');
    expect(deepQuery(el, '[data-testid="model-ran"]').textContent).toContain('Ranked 3 entities');
  });

  it('pages the ranked table through the source', async () => {
    const { el, data } = await mount('peer-test', '', ran(120), 120);
    expect(deepQuery(el, '[data-testid="model-page"]').textContent).toContain('共 120 行');
    deepQuery<HTMLButtonElement>(el, '[data-testid="model-next"]').click();
    await settle(el);
    expect(data.pages).toContainEqual({ table: 'peers', offset: 50, limit: 50 });
    expect(deepQuery(el, '[data-testid="model-entity"]').textContent?.trim()).toBe('H51');
  });

  it('opens an entity’s settlements and fee lines, and closes with Esc back to its row', async () => {
    const { el, data } = await mount('peer-test', '', ran(3));
    deepQueryAll<HTMLButtonElement>(el, '[data-testid="model-entity"]')[1]?.click();
    await settle(el);
    expect(data.drills).toContainEqual({ table: 'peers', entityId: 'H2' });
    const drill = deepQuery(el, '[data-testid="model-drill"]');
    expect(drill.textContent).toContain('H2');
    expect(deepQueryAll(el, '[data-testid="model-drill-settlements"]')).toHaveLength(1);
    expect(deepQueryAll(el, '[data-testid="model-drill-lines"]')).toHaveLength(1);
    deepQuery(el, '.drill').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await settle(el);
    expect(deepQueryAll(el, '[data-testid="model-drill"]')).toHaveLength(0);
    const table = deepQuery(el, 'cl-model-table');
    expect(table.shadowRoot?.activeElement?.getAttribute('data-entity')).toBe('H2');
  });

  it('draws its peer chart with the top entity marked, then the one opened', async () => {
    const { el } = await mount('peer-test', '', ran(3));
    await settle(el);
    const chart = deepQuery(el, '[data-testid="model-chart"]');
    expect(chart.getAttribute('data-kind')).toBe('peer-dots');
    expect(chart.textContent).toContain('H1');
    expect(deepQueryAll(el, '[data-testid="model-chart"] svg circle').length).toBe(3);
    deepQueryAll<HTMLButtonElement>(el, '[data-testid="model-entity"]')[2]?.click();
    await settle(el);
    expect(deepQuery(el, '[data-testid="model-chart"] h3').textContent).toContain('H3');
  });

  it('draws Benford digits of the overall scope with Nigrini’s bounds for the test run, then of the institution opened', async () => {
    const benford = { ...PEER_MODEL, id: modelId('benford-test'), chart: { kind: 'digit-bars' as const } };
    const result = ran(3);
    const withTest: ModelCellResult = {
      ...result,
      outcome: { ...result.outcome, parameters: { test: 'first' } } as ModelCellResult['outcome'],
    };
    const { el, data } = await mount('benford-test', '', withTest, 3, [benford]);
    expect(data.pages).toContainEqual({ table: 'peers_digits', offset: 0, limit: 10_000 });
    const chart = deepQuery(el, '[data-testid="model-chart"]');
    expect(chart.getAttribute('data-kind')).toBe('digit-bars');
    expect(deepQuery(el, '[data-testid="model-chart"] h3').textContent).toContain('all');
    expect(deepQuery(el, '[data-testid="model-chart-note"]').textContent).toContain('0.006');
    // Two series (expected, observed): two lines.
    expect(deepQueryAll(el, '[data-testid="model-chart"] svg path[stroke]').length).toBeGreaterThanOrEqual(2);
    deepQuery<HTMLButtonElement>(el, '[data-testid="model-entity"]').click();
    await settle(el);
    expect(deepQuery(el, '[data-testid="model-chart"] h3').textContent).toContain('H1');
  });

  it('draws people × admission dates of the top group from its settlements', async () => {
    const ring = { ...PEER_MODEL, id: modelId('ring-test'), chart: { kind: 'people-dates' as const } };
    const { el, data } = await mount('ring-test', '', ran(3), 3, [ring]);
    expect(data.drills).toContainEqual({ table: 'peers', entityId: 'H1' });
    expect(deepQuery(el, '[data-testid="model-chart"]').getAttribute('data-kind')).toBe('people-dates');
    expect(deepQueryAll(el, '[data-testid="model-chart"] svg circle').length).toBe(3);
  });

  it('shows a skipped run with its reason instead of a table', async () => {
    const skipped: ModelCellResult = {
      outcome: {
        status: 'skipped',
        model: modelId('gaps-test'),
        parameters: {},
        reason: msg('缺少字段 setl.setl_id', 'Missing field setl.setl_id'),
      },
      elapsedMs: 3,
    };
    const { el } = await mount('gaps-test', '', skipped);
    expect(deepQuery(el, '[data-testid="model-skipped"]').textContent).toContain(
      '已跳过：缺少字段 setl.setl_id',
    );
    expect(deepQueryAll(el, '[data-testid="model-table"]')).toHaveLength(0);
  });
});
