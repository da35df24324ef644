// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RuleCellElement } from '../../../../src/components/rule-cell/rule-cell.component';
import { locale } from '../../../../src/i18n/locale';
import { cellId } from '../../../../core/notebook/cell-types';
import { parseRuleSettings } from '../../../../core/notebook/rule-settings';
import type { CellRun } from '../../../../src/state/notebook-state';
import { msg } from '../../../../core/shared/msg';
import { selectRules } from '../../../../core/rules/rule-pack';
import {
  FakeFindingsSource,
  LIBRARY,
  SUMMARY,
  change,
  deepQuery,
  deepQueryAll,
  settle,
} from './rule-cell-fixtures';

beforeAll(async () => {
  await import('../../../../src/components/rule-cell/rule-cell');
});

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
  locale.set('zh');
});

interface Mounted {
  readonly el: RuleCellElement;
  readonly source: FakeFindingsSource;
  /** Every `cl-rule-settings-change` source, oldest first; the cell takes each one, as the store would. */
  readonly emitted: string[];
}

async function mount(text: string, run: CellRun = { status: 'idle' }): Promise<Mounted> {
  const el = document.createElement('cl-rule-cell');
  const source = new FakeFindingsSource();
  const emitted: string[] = [];
  el.cell = { type: 'rule', id: cellId('c1'), name: 'findings', source: text };
  el.library = LIBRARY;
  el.customRules = [{ id: 'NB-1', name: msg('夜间大额手术', 'Large surgery at night') }];
  el.findingsSource = source;
  el.run = run;
  el.addEventListener('cl-rule-settings-change', (e) => {
    emitted.push(e.detail.source);
    el.cell = { ...el.cell, source: e.detail.source };
  });
  document.body.append(el);
  await settle(el);
  return { el, source, emitted };
}

/** A blob's text (jsdom's Blob has no `text()`). */
function readText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

const paramInput = (el: Element, rule: string, name: string) =>
  deepQuery<HTMLInputElement>(
    el,
    `[data-testid="param-input"][data-rule-id="${rule}"][data-param="${name}"]`,
  );

describe('<cl-rule-cell> pack and parameters', () => {
  it('writes the chosen pack, exclusions and picked rules as the cell YAML', async () => {
    const { el, emitted } = await mount('pack: all');
    const count = () => deepQuery(el, '[data-testid="pack-count"]').textContent ?? '';
    expect(count()).toContain(String(LIBRARY.length + 1));

    change(deepQuery<HTMLInputElement>(el, '[data-testid="pack-tier"]'), true);
    await settle(el);
    expect(emitted.at(-1)).toBe('pack: tier\ntier: 政策类');
    const policy = LIBRARY.filter((r) => r.tier === '政策类');
    expect(count()).toContain(String(policy.length));

    change(deepQuery<HTMLSelectElement>(el, '[data-testid="pack-tier-select"]'), '管理类');
    await settle(el);
    expect(emitted.at(-1)).toBe('pack: tier\ntier: 管理类');
    // The notebook's custom rule is filed under 管理类, as the kernel files it.
    const listed = deepQueryAll<HTMLInputElement>(el, '[data-testid="pack-rule"]').map(
      (c) => c.dataset['ruleId'],
    );
    expect(listed).toContain('NB-1');

    const excluded = listed[0] as string;
    change(deepQuery<HTMLInputElement>(el, `[data-testid="pack-rule"][data-rule-id="${excluded}"]`), false);
    await settle(el);
    expect(emitted.at(-1)).toBe(`pack: tier\ntier: 管理类\nexclude:\n  - ${excluded}`);

    change(deepQuery<HTMLInputElement>(el, '[data-testid="pack-custom"]'), true);
    await settle(el);
    const picked = parseRuleSettings(emitted.at(-1) ?? '');
    expect(picked.ok && picked.value.pack).toEqual({
      kind: 'custom',
      rules: listed.filter((id) => id !== excluded),
    });
    expect(picked.ok && picked.value.exclude).toEqual([]);
  });

  it('refuses an out-of-bounds or fractional parameter without emitting, and saves only non-defaults', async () => {
    const { el, emitted } = await mount('pack: scene\nscene: inpatient');
    const input = () => paramInput(el, 'GZ10000204001000', 'window_days');
    expect(input().min).toBe('0');
    expect(input().max).toBe('90');

    change(input(), '91');
    await settle(el);
    expect(emitted).toEqual([]);
    expect(input().getAttribute('aria-invalid')).toBe('true');
    const error = deepQuery(el, '[data-testid="param-error"]');
    expect(error.textContent).toContain('0 到 90');
    expect(error.getAttribute('role')).toBe('alert');

    change(input(), '20.5');
    await settle(el);
    expect(emitted).toEqual([]);

    change(input(), '20');
    await settle(el);
    expect(emitted).toEqual([
      'pack: scene\nscene: inpatient\nparameters:\n  GZ10000204001000:\n    window_days: 20',
    ]);
    expect(input().getAttribute('aria-invalid')).toBe('false');
    expect(deepQueryAll(el, '[data-testid="param-error"]')).toEqual([]);

    change(input(), '15');
    await settle(el);
    expect(emitted.at(-1)).toBe('pack: scene\nscene: inpatient');
  });

  it('marks an out-of-bounds value already in the YAML and resets it to the default', async () => {
    const { el, emitted } = await mount('pack: all\nparameters:\n  GZ10000204001000:\n    window_days: 500');
    expect(paramInput(el, 'GZ10000204001000', 'window_days').getAttribute('aria-invalid')).toBe('true');
    locale.set('en');
    await settle(el);
    expect(deepQuery(el, '[data-testid="param-error"]').textContent).toContain('between 0 and 90');
    deepQuery<HTMLButtonElement>(el, '[data-testid="param-reset"]').click();
    await settle(el);
    expect(emitted).toEqual(['pack: all']);
  });

  it('shows a YAML error with its line and edits the text directly', async () => {
    const { el, emitted } = await mount('pack: all\ntier: 政策类\nfoo: 1');
    expect(deepQuery(el, '[data-testid="rule-settings-error"]').textContent).toContain('第 3 行');
    expect(deepQueryAll(el, 'cl-rule-pack-picker')).toEqual([]);
    const yaml = deepQuery<HTMLTextAreaElement>(el, '[data-testid="rule-yaml"]');
    expect(yaml.getAttribute('aria-invalid')).toBe('true');
    change(yaml, 'pack: scene\nscene: pharmacy');
    await settle(el);
    expect(emitted).toEqual(['pack: scene\nscene: pharmacy']);
    expect(deepQueryAll(el, '[data-testid="rule-settings-error"]')).toEqual([]);
    expect(deepQueryAll(el, 'cl-rule-pack-picker')).toHaveLength(1);
  });

  it('exports the pack as rule-pack.sql through a download link', async () => {
    const { el, source } = await mount('pack: tier\ntier: 医疗类');
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (created.push(blob), 'blob:rule-pack'));
    URL.revokeObjectURL = vi.fn();
    const downloads: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloads.push(`${this.download} ${this.href}`);
    });
    deepQuery<HTMLButtonElement>(el, '[data-testid="rule-export-sql"]').click();
    await settle(el);
    click.mockRestore();
    expect(source.exports).toEqual([{ pack: { kind: 'tier', tier: '医疗类' }, exclude: [], parameters: {} }]);
    expect(downloads).toEqual(['rule-pack.sql blob:rule-pack']);
    expect(await readText(created[0] as Blob)).toBe('-- rule pack\nSELECT 1;');
  });
});

describe('<cl-rule-cell> progress and findings', () => {
  it('lists per-rule progress with a done / total count while running', async () => {
    const ids = selectRules(LIBRARY, { kind: 'all' }).map((r) => r.id);
    const { el } = await mount('pack: all', {
      status: 'running',
      ruleProgress: [
        { ruleId: ids[0] as string, index: 0, total: 49, status: 'ok' },
        { ruleId: ids[1] as string, index: 1, total: 49, status: 'skipped' },
        { ruleId: ids[2] as string, index: 2, total: 49, status: 'running' },
      ],
    });
    expect(deepQuery(el, '[data-testid="rule-progress-count"]').textContent).toBe('2 / 49');
    const items = deepQueryAll(el, '[data-testid="rule-progress"] li');
    expect(items.map((li) => li.getAttribute('data-status'))).toEqual(['ok', 'skipped', 'running']);
    expect(items[0]?.textContent).toContain(LIBRARY.find((r) => r.id === ids[0])?.name.zh);
  });

  it('queries findings pages with the filters and sort as query fields', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { el, source } = await mount('pack: all', { status: 'done', findings: SUMMARY });
    const base = { table: 'findings', sort: 'vola_amt', descending: true, offset: 0, limit: 50 };
    expect(source.queries).toEqual([base]);
    expect(deepQueryAll(el, '[data-testid="finding-row"]')).toHaveLength(50);
    expect(deepQuery(el, '[data-testid="by-rule"] [data-status="skipped"]').textContent).toContain(
      '缺少字段 fee.fee_ocur_time',
    );

    change(deepQuery<HTMLSelectElement>(el, '[data-testid="filter-rule"]'), 'GZ10000204001000');
    change(deepQuery<HTMLSelectElement>(el, '[data-testid="filter-severity"]'), '高度可疑');
    change(deepQuery<HTMLInputElement>(el, '[data-testid="filter-institution"]'), ' H001 ');
    change(deepQuery<HTMLInputElement>(el, '[data-testid="filter-doctor"]'), 'D01');
    await settle(el);
    const filters = {
      ruleId: 'GZ10000204001000',
      severity: '高度可疑',
      fixmedinsCode: 'H001',
      drCode: 'D01',
    };
    expect(source.queries.at(-1)).toEqual({ ...base, ...filters });

    const search = deepQuery<HTMLInputElement>(el, '[data-testid="filter-search"]');
    const before = source.queries.length;
    for (const text of ['P0', "P0'; DROP TABLE fee; --"]) {
      search.value = text;
      search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    await settle(el);
    expect(source.queries).toHaveLength(before);
    vi.runAllTimers();
    await settle(el);
    expect(source.queries.slice(before)).toEqual([
      { ...base, ...filters, search: "P0'; DROP TABLE fee; --" },
    ]);

    deepQuery<HTMLButtonElement>(el, '[data-testid="sort-psn_no"]').click();
    await settle(el);
    expect(source.queries.at(-1)).toMatchObject({ sort: 'psn_no', descending: false, offset: 0 });
    deepQuery<HTMLButtonElement>(el, '[data-testid="sort-psn_no"]').click();
    await settle(el);
    expect(source.queries.at(-1)).toMatchObject({ sort: 'psn_no', descending: true });
    expect(deepQuery(el, 'th[aria-sort="descending"]').textContent).toContain('人员编号');

    deepQuery<HTMLButtonElement>(el, '[data-testid="page-next"]').click();
    await settle(el);
    expect(source.queries.at(-1)).toMatchObject({ ...filters, sort: 'psn_no', offset: 50, limit: 50 });

    // A new run's findings: same filters and sort, first page again.
    el.run = { status: 'done', findings: { ...SUMMARY } };
    await settle(el);
    expect(source.queries.at(-1)).toMatchObject({ ...filters, sort: 'psn_no', offset: 0 });
  });

  it('shows the exact amount and counts by severity, with no 违规 label on suspicions', async () => {
    const { el } = await mount('pack: all', { status: 'done', findings: SUMMARY });
    const amount = deepQuery(el, '[data-testid="summary-amountAtRisk"] dd');
    expect(amount.textContent?.trim()).toBe('¥98,765.40');
    const findings = deepQuery(el, '[data-testid="summary-findings"]');
    expect(findings.textContent).toContain('疑点条数');
    expect(findings.textContent).not.toContain('违规');
    const severities = deepQueryAll<HTMLElement>(el, '[data-testid="by-severity"] li');
    expect(severities.map((li) => [li.dataset['severity'], li.dataset['findings']])).toEqual([
      ['明确违规', '0'],
      ['高度可疑', '120'],
      ['可疑', '0'],
    ]);
    expect(severities[1]?.textContent).toContain('¥98,765.40');
    const byRule = deepQuery(el, '[data-testid="by-rule"]');
    expect(byRule.textContent).toContain('疑点金额');
    expect(byRule.textContent).not.toMatch(/违规(条数|金额)/);

    locale.set('en');
    await settle(el);
    expect(deepQuery(el, '[data-testid="summary-amountAtRisk"] dd').textContent?.trim()).toBe('¥98,765.40');
    const english = deepQuery(el, 'cl-findings-summary').shadowRoot?.textContent ?? '';
    expect(english).toContain('Clear violation');
    expect(english.replaceAll('Clear violation', '')).not.toMatch(/violat/i);
  });

  it('shows the finding wording in the chosen language', async () => {
    const { el } = await mount('pack: all', { status: 'done', findings: SUMMARY });
    const firstRow = () => deepQuery(el, '[data-testid="finding-row"]').textContent ?? '';
    expect(firstRow()).toContain('出院 3 天后再次入院 F1');
    locale.set('en');
    await settle(el);
    expect(firstRow()).toContain('Readmitted 3 days after discharge F1');
    expect(firstRow()).toContain('Split admission');
  });

  it('drills into a finding with violating lines highlighted, and closes with Esc', async () => {
    const { el, source } = await mount('pack: all', { status: 'done', findings: SUMMARY });
    const row = deepQueryAll<HTMLElement>(el, '[data-testid="finding-row"]')[1] as HTMLElement;
    expect(row.tabIndex).toBe(0);
    row.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await settle(el);
    expect(source.drills).toEqual(['findings/F2']);
    const drill = deepQuery(el, '[data-testid="finding-drill"]');
    expect(drill.querySelector('[data-testid="drill-basis"]')?.textContent).toBe('依据：第十五条');
    const lines = deepQueryAll<HTMLElement>(el, '[data-testid="drill-line"]');
    expect(lines.map((l) => l.dataset['vola'])).toEqual(['1', '2', '']);
    expect(lines.map((l) => l.className)).toEqual(['vola-1', 'vola-2', '']);
    expect(lines[0]?.textContent).toContain('疑点明细行');
    expect(lines[1]?.textContent).toContain('相关明细');
    expect(row.getAttribute('aria-current')).toBe('true');

    drill.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await settle(el);
    expect(deepQueryAll(el, '[data-testid="finding-drill"]')).toEqual([]);

    row.click();
    await settle(el);
    deepQuery<HTMLButtonElement>(el, '[data-testid="drill-close"]').click();
    await settle(el);
    expect(deepQueryAll(el, '[data-testid="finding-drill"]')).toEqual([]);
  });
});
