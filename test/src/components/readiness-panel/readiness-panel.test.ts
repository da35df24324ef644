// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReadinessPanelElement } from '../../../../src/components/readiness-panel/readiness-panel';
import { locale } from '../../../../src/i18n/locale';
import type { Readiness, ValidationReport } from '../../../../workers/api';
import type { DataAvailability } from '../../../../workers/rules/rule-availability';
import { readinessOf } from '../../../../workers/rules/readiness';
import { RULE_LIBRARY } from '../../../../workers/rules/rule-library';

beforeAll(async () => {
  await import('../../../../src/components/readiness-panel/readiness-panel');
});

const MINIMAL: DataAvailability = {
  fields: new Map([
    ['setl', new Set(['setl_id', 'medfee_sumamt'])],
    ['fee', new Set(['feedetl_sn', 'setl_id', 'det_item_fee_sumamt'])],
  ]),
  knowledge: new Map(),
  restrictionKinds: new Set(),
};
const REPORT: ValidationReport = {
  target: 'setl',
  sources: ['raw_a'],
  rowsRead: 1,
  rowsWithProblems: 0,
  problems: [],
};

async function mount(readiness: Readiness, reports: readonly ValidationReport[]) {
  const el = document.createElement('cl-readiness-panel') as ReadinessPanelElement;
  let reads = 0;
  el.load = async () => {
    reads += 1;
    return readiness;
  };
  el.reports = reports;
  document.body.append(el);
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
  return { el, reads: () => reads };
}

describe('cl-readiness-panel', () => {
  it('shows the counts and the needs in the order given (by unlocks), each with its rules', async () => {
    locale.set('zh');
    const readiness = readinessOf(RULE_LIBRARY, MINIMAL);
    const { el } = await mount(readiness, [REPORT]);
    const root = el.shadowRoot as ShadowRoot;
    expect(root.querySelector('[data-testid="readiness-counts"]')?.textContent?.trim()).toBe(
      `将运行 ${readiness.ready} 条规则，跳过 ${readiness.skipped} 条`,
    );
    const rows = [...root.querySelectorAll('[data-testid="readiness-need"]')];
    expect(rows).toHaveLength(readiness.needs.length);
    const first = readiness.needs[0];
    expect(rows[0]?.querySelector('summary')?.textContent?.trim()).toBe(first?.label.zh);
    expect(rows[0]?.querySelector('[data-testid="readiness-unlocks"]')?.textContent).toBe(
      String(first?.unlocks),
    );
    expect(rows[0]?.querySelectorAll('li')).toHaveLength(first?.ruleIds.length ?? -1);
    locale.set('en');
    await el.updateComplete;
    expect(root.querySelector('[data-testid="readiness-counts"]')?.textContent?.trim()).toBe(
      `${readiness.ready} rules will run, ${readiness.skipped} will be skipped`,
    );
  });

  it('stays hidden and reads nothing while no canonical table is built', async () => {
    const { el, reads } = await mount(readinessOf(RULE_LIBRARY, MINIMAL), []);
    expect(el.shadowRoot?.querySelector('[data-testid="readiness-panel"]')).toBeNull();
    expect(reads()).toBe(0);
  });
});
