import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RULE_SETTINGS,
  parseRuleSettings,
  serializeRuleSettings,
  type RuleCellSettings,
} from '../../../core/notebook/rule-settings';

describe('Rule cell settings', () => {
  it('reads an empty cell as the whole library', () => {
    expect(parseRuleSettings('')).toEqual({ ok: true, value: DEFAULT_RULE_SETTINGS });
  });

  it('round-trips every kind of pack with exclusions and parameters', () => {
    const cases: RuleCellSettings[] = [
      { pack: { kind: 'all' }, exclude: [], parameters: {} },
      { pack: { kind: 'tier', tier: '管理类' }, exclude: ['GZ10000201002000'], parameters: {} },
      {
        pack: { kind: 'scene', scene: 'inpatient' },
        exclude: [],
        parameters: { GZ10000204001000: { window_days: 31 } },
      },
      {
        pack: { kind: 'custom', rules: ['GZ10000204001000', 'NB-1'] },
        exclude: [],
        parameters: { 'NB-1': { min_amount: 5000, codes: 'A,B' } },
      },
    ];
    for (const settings of cases) {
      const text = serializeRuleSettings(settings);
      expect(parseRuleSettings(text)).toEqual({ ok: true, value: settings });
    }
  });

  it('names the line of what it cannot read', () => {
    const bad = parseRuleSettings('pack: tier\ntier: 财务类');
    expect(bad).toMatchObject({ ok: false, line: 2 });
    expect(!bad.ok && bad.message.en).toContain('政策类');
    expect(parseRuleSettings('pack: all\nwindow: 3')).toMatchObject({ ok: false, line: 2 });
    expect(parseRuleSettings('pack: custom\nrules:\n  - "bad id!"')).toMatchObject({ ok: false, line: 2 });
    expect(parseRuleSettings('parameters:\n  GZ1:\n    x:\n      - 1')).toMatchObject({ ok: false });
  });
});
