import { describe, expect, it } from 'vitest';
import type { WorkshopScore } from '../../../../workers/api';
import {
  recallChart,
  scenarioName,
  shareText,
} from '../../../../src/components/workshop-panel/workshop-score-view';
import { chartDocument } from '../../charts/chart-fixtures';

const SCORE: WorkshopScore = {
  level: 'setl',
  source: 'table',
  overall: { flagged: 6, truePositives: 5, precision: 5 / 6, planted: 20, recall: 0.25 },
  byScenario: [
    { scenario: 'split-admission', planted: 5, found: 5, recall: 1, amountPlanted: 100, amountFound: 100 },
    { scenario: 'phantom-stay', planted: 10, found: 0, recall: 0, amountPlanted: 50, amountFound: 0 },
    { scenario: 'duplicate-charge', planted: 0, found: 0, recall: null, amountPlanted: 0, amountFound: 0 },
  ],
};

describe('workshop score view', () => {
  it('draws one bar per scorable scenario, labelled by the catalogue name in the current language', () => {
    const chart = recallChart(SCORE, 'zh', chartDocument());
    expect(chart).toBeDefined();
    const labels = Array.from(
      chart!.querySelectorAll('g[aria-label="y-axis tick label"] text'),
      (t) => t.textContent,
    );
    expect(labels.sort()).toEqual(['分解住院', '挂床住院'].sort());
    expect(chart!.querySelectorAll('g[aria-label="bar"] rect')).toHaveLength(2);
    expect(chart!.textContent).toContain('查全率');
  });

  it('has no chart when nothing is scorable at the level', () => {
    const none: WorkshopScore = { ...SCORE, byScenario: [SCORE.byScenario[2]!] };
    expect(recallChart(none, 'en', chartDocument())).toBeUndefined();
  });

  it('names scenarios and shares in both languages, a dash for no share', () => {
    expect(scenarioName('split-admission', 'en')).toBe('Split admission');
    expect(scenarioName('not-a-scenario', 'zh')).toBe('not-a-scenario');
    expect(shareText(0.25, 'en')).toBe('25%');
    expect(shareText(null, 'zh')).toBe('—');
  });
});
