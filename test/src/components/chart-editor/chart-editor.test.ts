// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import type {
  ChartEditorElement,
  ChartSpecChangeEvent,
} from '../../../../src/components/chart-editor/chart-editor';
import { locale } from '../../../../src/i18n/locale';
import type { ChartSpec } from '../../../../core/notebook/chart-spec';

const COLUMNS = [
  { name: 'hospital', type: 'VARCHAR' },
  { name: 'fee', type: 'DECIMAL(18,2)' },
];

beforeAll(async () => {
  await import('../../../../src/components/chart-editor/chart-editor');
});

async function mount(spec: ChartSpec): Promise<ChartEditorElement> {
  const el = document.createElement('cl-chart-editor');
  el.spec = spec;
  el.columns = COLUMNS;
  document.body.replaceChildren(el);
  await el.updateComplete;
  return el;
}

function control<T extends HTMLElement>(el: ChartEditorElement, testId: string): T {
  const found = el.shadowRoot!.querySelector<T>(`[data-testid="${testId}"]`);
  if (!found) throw new Error(`no ${testId}`);
  return found;
}

/** Changes a control as a user would and returns the spec the editor reports. */
function change(el: ChartEditorElement, testId: string, value: string | boolean): ChartSpec | undefined {
  let reported: ChartSpec | undefined;
  el.addEventListener(
    'cl-chart-spec-change',
    (event: ChartSpecChangeEvent) => (reported = event.detail.spec),
    {
      once: true,
    },
  );
  const input = control<HTMLInputElement | HTMLSelectElement>(el, testId);
  if (typeof value === 'boolean') (input as HTMLInputElement).checked = value;
  else input.value = value;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return reported;
}

describe('<cl-chart-editor>', () => {
  it('offers every mark and the result columns, with the current choices selected', async () => {
    locale.set('zh');
    const el = await mount({ mark: 'line', x: 'hospital', y: 'fee', tooltip: true });
    const mark = control<HTMLSelectElement>(el, 'chart-mark');
    expect(Array.from(mark.options, (o) => o.value)).toEqual([
      'bar',
      'line',
      'dot',
      'area',
      'rect',
      'rule',
      'text',
      'box',
    ]);
    expect(mark.value).toBe('line');
    const x = control<HTMLSelectElement>(el, 'chart-x');
    expect(Array.from(x.options, (o) => o.value)).toEqual(['', 'hospital', 'fee']);
    expect(x.value).toBe('hospital');
    expect(control<HTMLSelectElement>(el, 'chart-fill').value).toBe('');
    expect(el.shadowRoot!.querySelector('[data-testid="chart-text"]')).toBeNull();
  });

  it('labels every control', async () => {
    const el = await mount({ mark: 'text', x: 'hospital', y: 'fee', tooltip: true });
    const controls = Array.from(el.shadowRoot!.querySelectorAll('select, input'));
    expect(controls.length).toBe(14);
    for (const c of controls) {
      const label = el.shadowRoot!.querySelector(`label[for="${c.id}"]`);
      expect(label?.textContent?.trim(), c.id).toBeTruthy();
    }
  });

  it('reports each edit as a whole new spec', async () => {
    const el = await mount({ mark: 'bar', x: 'hospital', y: 'fee', tooltip: true });
    expect(change(el, 'chart-mark', 'dot')).toEqual({ mark: 'dot', x: 'hospital', y: 'fee', tooltip: true });
    expect(change(el, 'chart-fill', 'hospital')).toMatchObject({ mark: 'dot', fill: 'hospital' });
    expect(change(el, 'chart-x', '')).not.toHaveProperty('x');
    expect(change(el, 'chart-tooltip', false)).toMatchObject({ tooltip: false });
    expect(change(el, 'chart-title', '各医院费用')).toMatchObject({ title: '各医院费用' });
    expect(el.spec.title).toBe('各医院费用');
  });

  it('enables the sort fields only while sorting', async () => {
    const el = await mount({ mark: 'bar', x: 'hospital', y: 'fee', tooltip: true });
    expect(control<HTMLSelectElement>(el, 'chart-sort-by').disabled).toBe(true);
    expect(change(el, 'chart-sort-channel', 'x')?.sort).toEqual({
      channel: 'x',
      by: 'y',
      order: 'descending',
    });
    await el.updateComplete;
    expect(control<HTMLSelectElement>(el, 'chart-sort-by').disabled).toBe(false);
    expect(change(el, 'chart-sort-limit', '5')?.sort).toMatchObject({ limit: 5 });
    expect(change(el, 'chart-sort-order', 'ascending')?.sort).toMatchObject({ order: 'ascending', limit: 5 });
    expect(change(el, 'chart-sort-channel', '')).not.toHaveProperty('sort');
  });

  it('keeps a column the result no longer has visible, marked as missing', async () => {
    const el = await mount({ mark: 'bar', x: 'hospital', y: 'amount', tooltip: true });
    const y = control<HTMLSelectElement>(el, 'chart-y');
    expect(y.value).toBe('amount');
    expect(y.selectedOptions[0]?.textContent).toContain('不在结果中');
  });

  it('follows the language', async () => {
    locale.set('en');
    const el = await mount({ mark: 'bar', tooltip: true });
    expect(control<HTMLSelectElement>(el, 'chart-mark').selectedOptions[0]?.textContent).toBe('Bar chart');
    locale.set('zh');
    await el.updateComplete;
    expect(control<HTMLSelectElement>(el, 'chart-mark').selectedOptions[0]?.textContent).toBe('柱状图');
  });
});
