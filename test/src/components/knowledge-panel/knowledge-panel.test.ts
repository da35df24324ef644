// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgePanelElement } from '../../../../src/components/knowledge-panel/knowledge-panel';
import { locale } from '../../../../src/i18n/locale';
import { importKnowledgeFile } from '../../../../workers/knowledge/kb-import';
import type { KnowledgeSummary } from '../../../../workers/knowledge/knowledge-summary';
import { layerLabel } from '../../../../workers/knowledge/knowledge-layer';

beforeAll(async () => {
  await import('../../../../src/components/knowledge-panel/knowledge-panel');
  locale.set('zh');
});

const counts = (restriction: number, pair = 0) => ({
  kb_restriction: restriction,
  kb_exclusive_pair: pair,
  kb_price_cap: 0,
  kb_frequency: 0,
});

const SUMMARY: KnowledgeSummary = {
  tables: counts(7, 2),
  restrictionKinds: { sex: 4, indication: 3 },
  layers: [
    {
      id: 'nhsa-full',
      kind: 'nhsa-full',
      ...layerLabel('nhsa-full', 'nhsa-full'),
      rows: counts(5, 2),
      inForce: counts(4, 2),
    },
    {
      id: 'import:省知识库.csv',
      kind: 'import',
      ...layerLabel('import', '省知识库.csv'),
      rows: counts(3),
      inForce: counts(3),
    },
  ],
};

async function mount(props: Partial<KnowledgePanelElement>): Promise<KnowledgePanelElement> {
  const el = document.createElement('cl-knowledge-panel');
  Object.assign(el, props);
  document.body.replaceChildren(el);
  await el.updateComplete;
  return el;
}

const all = (el: KnowledgePanelElement, testId: string) =>
  Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`));

describe('<cl-knowledge-panel>', () => {
  it('shows rows in force per table, the kinds and each layer with its source', async () => {
    const el = await mount({ summary: SUMMARY });
    expect(
      all(el, 'knowledge-table').map((li) => [li.dataset.table, li.querySelector('.num')?.textContent]),
    ).toEqual([
      ['kb_restriction', '7'],
      ['kb_exclusive_pair', '2'],
      ['kb_price_cap', '0'],
      ['kb_frequency', '0'],
    ]);
    const layers = all(el, 'knowledge-layer');
    expect(layers.map((l) => l.dataset.layer)).toEqual(['nhsa-full', 'import:省知识库.csv']);
    expect(layers[0]?.textContent).toContain('国家医保局两库知识点（全部已解析记录）');
    // Provenance is a collapsed detail naming publisher and version: no path, account or URL as panel text.
    const source = layers[0]?.querySelector<HTMLDetailsElement>('details[data-testid="knowledge-source"]');
    expect(source?.open).toBe(false);
    expect(source?.querySelector('summary')?.textContent?.trim()).toBe('来源');
    expect(source?.textContent).toContain('国家医疗保障局');
    expect(source?.textContent).toContain('第 1–17 批及 2026 年 1 月更新');
    const panelText = el.shadowRoot!.textContent ?? '';
    for (const removed of [
      'rachelzzz1921',
      'yingyan',
      'nhsa-knowledge-report.md',
      'workers/knowledge',
      'http',
    ])
      expect(panelText).not.toContain(removed);
    expect(panelText).not.toMatch(/[\w.-]+\/[\w.-]+\.(md|json|ts|gz)/);
    expect(layers[0]?.textContent).toContain('7 行，其中 6 行生效');
    expect(layers[0]?.querySelector('button')).toBeNull();
    expect(all(el, 'knowledge-sample-note')[0]?.textContent).toContain('本省医保部门发布的完整知识库');
    locale.set('en');
    await el.updateComplete;
    expect(layers[1]?.querySelector('summary')?.textContent?.trim()).toBe('Source');
    expect(layers[1]?.textContent).toContain('Your imported file "省知识库.csv"');
    locale.set('zh');
  });

  it('emits the chosen file, and the layer to remove', async () => {
    const el = await mount({ summary: SUMMARY });
    const events: CustomEvent[] = [];
    el.addEventListener('cl-knowledge-import', (e) => events.push(e));
    el.addEventListener('cl-knowledge-remove', (e) => events.push(e));
    const input = all(el, 'knowledge-file-input')[0] as HTMLInputElement;
    const file = new File(['code,kind,param,source\n'], 'kb.csv', { type: 'text/csv' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    all(el, 'knowledge-layer')[1]?.querySelector('button')?.click();
    expect(events.map((e) => [e.type, e.detail])).toEqual([
      ['cl-knowledge-import', { file }],
      ['cl-knowledge-remove', { layer: 'import:省知识库.csv' }],
    ]);
  });

  it('lists an import report row by row with the accepted count', async () => {
    const csv =
      'code,kind,param,source\nXL02BBA326A001010102180,sex,1,a\nbad,sex,1,b\nXL02BBA326A001010102180,age_min,x,\n';
    const { report } = importKnowledgeFile(new TextEncoder().encode(csv), '省知识库.csv');
    const el = await mount({ summary: SUMMARY, reports: [report] });
    expect(all(el, 'knowledge-accepted')[0]?.textContent).toContain('已导入 1 行到 kb_restriction');
    expect(
      all(el, 'knowledge-error').map((tr) => [tr.dataset.row, tr.dataset.column, tr.dataset.code]),
    ).toEqual([
      ['2', 'code', 'kb.code'],
      ['3', 'param', 'kb.param'],
    ]);
    expect(all(el, 'knowledge-error')[1]?.textContent).toContain('age_min');
    const refused = importKnowledgeFile(new TextEncoder().encode('a,b\n1,2\n'), 'x.csv').report;
    const el2 = await mount({ reports: [refused] });
    expect(all(el2, 'knowledge-report')[0]?.textContent).toContain('文件未导入');
    expect(all(el2, 'knowledge-error')[0]?.dataset.code).toBe('kb.columns');
    expect(el2.shadowRoot!.textContent).toContain('知识库为空');
  });

  it('shows an NHSA-layout import as rows per table, the records by how they were read, and each unread one', async () => {
    const records = [
      {
        kp_id: 'KP-1',
        rule_class: '医疗服务项目重复收费',
        med_codes: ['001103000010000', '001102000030000'],
        constraint: null,
      },
      {
        kp_id: 'KP-2',
        rule_class: '药品限适应症',
        med_codes: ['XL02BBA326A001010102180'],
        constraint: '限2型糖尿病患者。',
      },
      {
        kp_id: 'KP-3',
        rule_class: '药品限适应症',
        med_codes: ['XL02BBA326A001010102180'],
        constraint: '限心情不好。',
      },
    ];
    const { report } = importKnowledgeFile(new TextEncoder().encode(JSON.stringify(records)), '两库.json');
    const el = await mount({ summary: SUMMARY, reports: [report] });
    expect(all(el, 'knowledge-accepted').map((b) => [b.dataset.table, b.textContent?.trim()])).toEqual([
      ['kb_restriction', '已导入 1 行到 kb_restriction'],
      ['kb_exclusive_pair', '已导入 1 行到 kb_exclusive_pair'],
    ]);
    expect(all(el, 'knowledge-nhsa-counts')[0]?.textContent).toContain(
      '2 条已解析，0 条部分解析，1 条未能解析',
    );
    expect(all(el, 'knowledge-error').map((tr) => [tr.dataset.row, tr.dataset.code])).toEqual([
      ['3', 'kb.nhsa-unparsed'],
    ]);
    expect(all(el, 'knowledge-error')[0]?.textContent).toContain('KP-3');
  });
});
