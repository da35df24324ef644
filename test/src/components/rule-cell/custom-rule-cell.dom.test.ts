// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CustomRuleCellElement } from '../../../../src/components/custom-rule-cell/custom-rule-cell.component';
import { cellId } from '../../../../core/notebook/cell-types';
import type { CellRun } from '../../../../src/state/notebook-state';
import { deepQuery, deepQueryAll, settle } from './rule-cell-fixtures';

const RULE = [
  'name: 夜间大额手术',
  'name_en: Large surgery at night',
  'severity: 高度可疑',
  'behaviour: 虚构医药服务',
  'scenes:',
  '  - inpatient',
  'parameters:',
  '  - name: min_amount',
  '    label: 最低金额',
  '    kind: number',
  '    default: 5000',
  '    min: 0',
  '---',
  'SELECT 1',
].join('\n');

beforeAll(async () => {
  await import('../../../../src/components/custom-rule-cell/custom-rule-cell');
});

afterEach(() => document.body.replaceChildren());

async function mount(source: string, run: CellRun = { status: 'idle' }): Promise<CustomRuleCellElement> {
  const el = document.createElement('cl-custom-rule-cell');
  el.cell = { type: 'custom-rule', id: cellId('c2'), rule: 'NB-1', source };
  el.run = run;
  document.body.append(el);
  await settle(el);
  return el;
}

describe('<cl-custom-rule-cell>', () => {
  it('shows the parsed metadata and says the rule runs in a Rule cell pack', async () => {
    const el = await mount(RULE);
    const meta = deepQuery(el, '[data-testid="custom-rule-meta"]').textContent ?? '';
    for (const text of [
      'NB-1',
      '夜间大额手术',
      '高度可疑',
      '虚构医药服务',
      '住院',
      '$min_amount',
      '默认 5000',
    ])
      expect(meta).toContain(text);
    expect(deepQuery(el, '[role="note"]').textContent).toContain('NB-1');
    expect(deepQueryAll(el, '[data-testid="custom-rule-error"]')).toEqual([]);
  });

  it('shows where the text is wrong, and the failed check', async () => {
    const el = await mount(RULE.replace('severity: 高度可疑', 'severity: 很严重'), {
      status: 'error',
      error: {
        kind: 'sql',
        code: 'rule.custom-columns',
        message: { zh: '缺少列 amount', en: 'Missing amount' },
      },
    });
    expect(deepQuery(el, '[data-testid="custom-rule-error"]').textContent).toContain('第 3 行');
    expect(deepQuery(el, 'cl-app-error').shadowRoot?.textContent).toContain('缺少列 amount');
  });

  it('reports edits of its text from the SQL editor', async () => {
    const el = await mount(RULE);
    const sources: string[] = [];
    el.addEventListener('cl-custom-rule-change', (e) => sources.push(e.detail.source));
    const editor = deepQuery(el, 'cl-sql-editor');
    editor.dispatchEvent(new CustomEvent('cl-sql-input', { detail: { value: `${RULE}\nWHERE 1 = 1` } }));
    expect(sources).toEqual([`${RULE}\nWHERE 1 = 1`]);
  });
});
