/** Shared fixtures of the Rule cell's DOM tests: the real library rules, a fake findings source, helpers. */
import type { FindingDrill, FindingRow, FindingsQuery, FindingsSummary } from '../../../../workers/api';
import { BEHAVIOUR_RULES } from '../../../../workers/rules/library/list-behaviour';
import { CHARGING_RULES } from '../../../../workers/rules/library/list-charging';
import { DRUG_USE_RULES } from '../../../../workers/rules/library/list-drug-use';
import { LINE_RESTRICTION_RULES } from '../../../../workers/rules/library/list-line-restriction';
import type { RuleDefinition } from '../../../../core/rules/rule-types';
import { msg } from '../../../../core/shared/msg';
import type { FindingsSource } from '../../../../src/components/rule-cell/findings-source';
import type { RuleCellSettings } from '../../../../core/notebook/rule-settings';

/**
 * The built-in rules. (Imported list by list: `RULE_LIBRARY` currently throws at import, as its sort
 * uses `rank` before the const is initialised.)
 */
export const LIBRARY: readonly RuleDefinition[] = [
  ...LINE_RESTRICTION_RULES,
  ...DRUG_USE_RULES,
  ...CHARGING_RULES,
  ...BEHAVIOUR_RULES,
];

/** A finding row with the given id; everything else fixed. */
export function findingRow(id: string, overrides: Partial<FindingRow> = {}): FindingRow {
  return {
    finding_id: id,
    rule_id: 'GZ10000204001000',
    rule_name: '分解住院',
    rule_name_en: 'Split admission',
    sev_deg: '可疑',
    vola_bhvr_type: '分解住院',
    vola_cont: `出院 3 天后再次入院 ${id}`,
    vola_cont_en: `Readmitted 3 days after discharge ${id}`,
    vola_amt: 1234.5,
    vola_evid: '《医疗保障基金使用监督管理条例》第十五条',
    vola_evid_en: 'Regulation on the Use of Medical Security Funds, art. 15',
    psn_no: 'P001',
    mdtrt_id: 'M001',
    setl_id: 'S001',
    fixmedins_code: 'H001',
    dr_code: 'D01',
    lines: 3,
    ...overrides,
  };
}

/** A run's summary over the table `findings`. */
export const SUMMARY: FindingsSummary = {
  table: 'findings',
  linesTable: 'findings_lines',
  findings: 120,
  settlements: 80,
  persons: 60,
  amountAtRisk: 98765.4,
  rules: [
    {
      ruleId: 'GZ10000204001000',
      name: msg('分解住院', 'Split admission'),
      status: 'ok',
      findings: 120,
      lines: 300,
      amount: 98765.4,
      elapsedMs: 42,
    },
    {
      ruleId: 'GZ10000101010000',
      name: msg('药品限支付疗程', 'Drug over the paid course'),
      status: 'skipped',
      reason: msg('缺少字段 fee.fee_ocur_time', 'Missing field fee.fee_ocur_time'),
      findings: 0,
      lines: 0,
      amount: 0,
      elapsedMs: 1,
    },
  ],
  byInstitution: [{ code: 'H001', name: '第一医院', findings: 100, amountAtRisk: 90000 }],
  byDoctor: [{ code: 'D01', name: '张医生', findings: 70, amountAtRisk: 50000 }],
  bySeverity: [
    { severity: '明确违规', findings: 0, amount: 0 },
    { severity: '高度可疑', findings: 120, amount: 98765.4 },
    { severity: '可疑', findings: 0, amount: 0 },
  ],
  elapsedMs: 1500,
};

/** A fake findings source: records every call and answers at once. */
export class FakeFindingsSource implements FindingsSource {
  readonly queries: FindingsQuery[] = [];
  readonly drills: string[] = [];
  readonly exports: RuleCellSettings[] = [];
  total = 120;

  async page(query: FindingsQuery) {
    this.queries.push(query);
    const count = Math.max(0, Math.min(query.limit, this.total - query.offset));
    const rows = Array.from({ length: count }, (_, i) => findingRow(`F${query.offset + i + 1}`));
    return { ok: true as const, value: { rows, total: this.total } };
  }

  async drill(table: string, findingId: string) {
    this.drills.push(`${table}/${findingId}`);
    const line = (sn: string, vola: 1 | 2 | null) => ({
      feedetl_sn: sn,
      setl_id: 'S001',
      fee_ocur_time: '2024-03-01 10:00:00',
      hilist_code: `X${sn}`,
      hilist_name: `项目 ${sn}`,
      cnt: 1,
      pric: 10,
      det_item_fee_sumamt: 10,
      bilg_dept_code: 'K01',
      bilg_dr_code: 'D01',
      vola_item_type: vola,
      amount: vola === null ? null : 10,
    });
    const value: FindingDrill = {
      finding: findingRow(findingId),
      basis: msg('依据：第十五条', 'Basis: article 15'),
      lines: [line('1', 1), line('2', 2), line('3', null)],
    };
    return { ok: true as const, value };
  }

  async exportSql(settings: RuleCellSettings) {
    this.exports.push(settings);
    return { ok: true as const, value: '-- rule pack\nSELECT 1;' };
  }
}

type Updatable = Element & { updateComplete?: Promise<unknown> };

/** Lets pending promises resolve and every element (through shadow roots) finish updating. */
export async function settle(root: Element): Promise<void> {
  for (let round = 0; round < 4; round += 1) {
    await Promise.resolve();
    const pending: Promise<unknown>[] = [];
    const visit = (el: Updatable) => {
      if (el.updateComplete) pending.push(el.updateComplete);
      el.shadowRoot?.querySelectorAll('*').forEach((child) => visit(child));
    };
    visit(root);
    await Promise.all(pending);
  }
}

/** The first element matching `selector` inside `root` or any shadow root under it. */
export function deepQuery<T extends Element>(root: Element, selector: string): T {
  const found = deepQueryAll<T>(root, selector)[0];
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

/** Every element matching `selector` inside `root` and the shadow roots under it, in document order. */
export function deepQueryAll<T extends Element>(root: Element, selector: string): T[] {
  const out: T[] = [];
  const visit = (node: Element | ShadowRoot) => {
    node.querySelectorAll('*').forEach((el) => {
      if (el.matches(selector)) out.push(el as T);
      if (el.shadowRoot) visit(el.shadowRoot);
    });
  };
  if (root.shadowRoot) visit(root.shadowRoot);
  return out;
}

/** Sets a control's value (or checked state) as a user would and fires `change`. */
export function change(
  control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement,
  value: string | boolean,
) {
  if (typeof value === 'boolean') (control as HTMLInputElement).checked = value;
  else control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}
