import { formatCount } from '../core/format/number-format';
import type { CellReport } from './run-report';

/** A Markdown table cell: no pipes or line breaks from the data. */
const cell = (value: string): string => value.replaceAll('|', '\\|').replace(/\r?\n/g, ' ');

const STATUS = {
  done: '完成 ran',
  skipped: '跳过 skipped',
  failed: '失败 failed',
  blocked: '无法运行 blocked',
};

/**
 * summary.md's Model cells: for each, its model, status (ran, skipped, failed), the entities ranked, the
 * parameter values it ran with, its time and CSV file; then why each skipped one was skipped. Nothing when
 * the notebook has no Model cell.
 */
export function modelCellsSection(cells: readonly CellReport[]): string[] {
  const models = cells.filter((c) => c.type === 'model');
  if (models.length === 0) return [];
  const out = [
    '## 模型单元 / Model cells',
    '',
    '| 单元 Cell | 模型 Model | 状态 Status | 对象 Entities | 参数 Parameters | 毫秒 ms | 文件 File |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const c of models) {
    const parameters = Object.entries(c.model?.parameters ?? {})
      .map(([k, v]) => `${k}=${v}`)
      .join(', ');
    const entities = c.model?.entities === undefined ? '' : formatCount(c.model.entities, 'zh');
    const row = [c.name ?? c.id, c.model?.id ?? '', STATUS[c.status], entities, parameters, String(c.ms)];
    out.push(`| ${[...row, c.modelCsv ? `\`${c.modelCsv}\`` : ''].map(cell).join(' | ')} |`);
  }
  out.push('');
  const skipped = models.filter((c) => c.status === 'skipped' && c.reason);
  if (skipped.length > 0) {
    out.push('### 跳过的模型 / Skipped models', '');
    for (const c of skipped) out.push(`- ${c.name ?? c.id}: ${c.reason?.zh ?? ''} / ${c.reason?.en ?? ''}`);
    out.push('');
  }
  return out;
}
