import { formatCount, formatMoney } from '../core/format/number-format';
import type { Readiness } from '../core/rules/readiness-types';
import type { FindingsSummary } from '../core/rules/rule-run-types';
import type { Severity } from '../core/rules/rule-types';
import { howLabel } from './applied-mapping';
import { modelCellsSection } from './model-summary-markdown';
import { assertNever } from '../core/shared/invariant';
import type { CellReport, CellStatus, RunReport } from './run-report';

/** A Markdown table cell: no pipes or line breaks from the data. */
function cell(value: string | number): string {
  return String(value).replaceAll('|', '\\|').replace(/\r?\n/g, ' ');
}

function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
    '',
  ];
}

/**
 * The knowledge the cells read, as their run log records it: each `kb_*` table with the SHA-256 of every
 * layer that fed it (the shipped layer's JSON, an imported file's bytes) and the cells that read it.
 */
function knowledgeRead(cells: readonly CellReport[]): string[][] {
  const readBy = new Map<string, { table: string; sha256: string; cells: string[] }>();
  for (const c of cells)
    for (const d of c.datasets ?? []) {
      if (!d.table.startsWith('kb_')) continue;
      const key = `${d.table}:${d.sha256}`;
      const entry = readBy.get(key) ?? { table: d.table, sha256: d.sha256, cells: [] };
      entry.cells.push(c.name ?? c.id);
      readBy.set(key, entry);
    }
  return [...readBy.values()].map((e) => [e.table, e.sha256, e.cells.join(', ')]);
}

/** A heading and its table, or nothing when there are no rows. */
function section(
  heading: string,
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string[] {
  return rows.length === 0 ? [] : [heading, '', ...table(header, rows)];
}

function statusLabel(status: CellStatus): string {
  switch (status) {
    case 'done':
      return '完成 done';
    case 'failed':
      return '失败 failed';
    case 'skipped':
      return '跳过 skipped';
    case 'blocked':
      return '无法运行 blocked';
    default:
      return assertNever(status, 'cell status');
  }
}

const EXIT_LABEL = [
  '成功 / OK',
  '有单元或规则失败 / a cell or rule failed',
  '未运行 / not run',
  '没有可运行的内容 / nothing could run',
] as const;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const PHASE_LABELS = {
  load: '加载 load',
  knowledge: '知识库 knowledge',
  map: '映射 mapping',
  cells: '单元 cells',
};

function phases(report: RunReport): string {
  return (Object.keys(PHASE_LABELS) as (keyof typeof PHASE_LABELS)[])
    .flatMap((k) =>
      report.phases[k] === undefined ? [] : [`${PHASE_LABELS[k]} ${seconds(report.phases[k])}`],
    )
    .join(', ');
}

/** Amounts and counts are written as the app writes them (`¥80,417.40`, `1,234`); zh and en group alike. */
const money = (n: number) => formatMoney(n, 'zh');
const count = (n: number) => formatCount(n, 'zh');

const SEVERITY_EN: Readonly<Record<Severity, string>> = {
  明确违规: 'clear violation',
  高度可疑: 'highly suspicious',
  可疑: 'suspicious',
};

/**
 * summary.md: the run in both languages for a person — notebook, engine, data files, the mapping
 * applied column by column, the data readiness (needs sorted by the rules they unlock), each cell's
 * status, the Model cells (model, status, parameters, file), and per Rule cell its totals, rules with findings, failed and skipped rules (with the
 * reason) and the institutions with the largest amount at risk.
 */
export function renderSummaryMarkdown(report: RunReport): string {
  const { engine, notebook } = report;
  const out = [
    '# ClaimLens 运行摘要 / Run summary',
    '',
    `- 笔记本 / Notebook: ${notebook.title || notebook.path} (\`${notebook.path}\`, SHA-256 \`${notebook.sha256}\`)`,
    `- 引擎 / Engine: ${engine.kind}, DuckDB ${engine.duckdbVersion}, ${engine.threads} 线程 / threads`,
    `- 开始 / Started: ${report.startedAt}; 用时 / elapsed ${seconds(report.elapsedMs)} (${phases(report)})`,
    `- 结果 / Result: ${EXIT_LABEL[report.exitCode]} (exit ${report.exitCode})`,
    '',
  ];
  if (report.error)
    out.push(`> **错误 / Error**: ${report.error.message.zh} / ${report.error.message.en}`, '');
  if (report.nothingRan)
    out.push(
      `> **没有可运行的内容 / Nothing could run**: ${report.nothingRan.zh} / ${report.nothingRan.en}`,
      '',
    );
  out.push(
    ...section(
      '## 数据文件 / Data files',
      ['文件 File', '行数 Rows', '表 Table', '映射 Mapping', 'SHA-256'],
      report.data.map((d) => [d.file, count(d.rows), d.target ?? '', d.mapping ?? '', d.sha256]),
    ),
    ...section(
      '## 读取的知识库 / Knowledge read',
      ['表 Table', '知识层 SHA-256 Layer SHA-256', '单元 Cells'],
      knowledgeRead(report.cells),
    ),
    ...mappingSection(report),
    ...readinessSection(report.readiness),
    ...section(
      '## 单元 / Cells',
      ['单元 Cell', '类型 Type', '状态 Status', '行数或发现 Rows or findings', '毫秒 ms'],
      report.cells.map((c) => [
        c.name ?? c.id,
        c.type,
        statusLabel(c.status),
        c.rows !== undefined ? count(c.rows) : c.findings ? count(c.findings.findings) : '',
        c.ms,
      ]),
    ),
  );
  for (const c of report.cells) if (c.findings) out.push(...ruleCellSection(c, c.findings));
  out.push(...modelCellsSection(report.cells));
  const problems = report.cells.filter((c) => c.status === 'failed' || c.status === 'blocked');
  if (problems.length > 0) {
    out.push('## 问题 / Problems', '');
    for (const c of problems) {
      for (const e of c.ruleErrors ?? (c.error ? [c.error] : []))
        out.push(`- ${c.name ?? c.id}: ${e.message.zh} / ${e.message.en}`);
      for (const r of c.findings?.rules ?? [])
        if (r.error)
          out.push(`- ${c.name ?? c.id} ${r.ruleId}: ${r.error.message.zh} / ${r.error.message.en}`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** The mapping applied, column by column, with how each field was chosen and the confidence. */
function mappingSection(report: RunReport): string[] {
  const rows = report.mapping.map((c) => [
    c.file,
    c.column ?? (c.constant !== undefined ? `= "${c.constant}"` : (c.from ?? '')),
    `${c.table}.${c.field}`,
    howLabel(c.how),
    c.confidence === undefined ? '' : c.confidence.toFixed(2),
    c.confirm ? '⚠ 需确认 / confirm' : c.rows !== undefined ? `${count(c.rows)} 行 rows` : '',
  ]);
  const heading = report.mappingFile ? `## 映射 / Mapping (\`${report.mappingFile}\`)` : '## 映射 / Mapping';
  return section(
    heading,
    ['文件 File', '源列 Column', '字段 Field', '方式 How', '置信度 Confidence', '备注 Note'],
    rows,
  );
}

/** Which library rules the data could run, and the needs sorted by the rules they would unlock. */
function readinessSection(readiness: Readiness | null): string[] {
  if (!readiness) return [];
  const out = [
    '## 数据就绪 / Data readiness',
    '',
    `将运行 ${count(readiness.ready)} 条规则，跳过 ${count(readiness.skipped)} 条 / ${count(readiness.ready)} rules will run, ${count(readiness.skipped)} will be skipped`,
    '',
  ];
  const shown = (ids: readonly string[]) =>
    ids.length > 6 ? `${ids.slice(0, 6).join(', ')} … (+${ids.length - 6})` : ids.join(', ');
  return [
    ...out,
    ...table(
      ['缺少 Missing', '单独解锁 Unlocks alone', '阻塞 Blocks', '规则 Rules'],
      readiness.needs.map((n) => [`${n.label.zh} / ${n.label.en}`, n.unlocks, n.blocks, shown(n.ruleIds)]),
    ),
  ];
}

function ruleCellSection(c: CellReport, s: FindingsSummary): string[] {
  const out = [
    `## 规则单元 ${c.name} / Rule cell ${c.name}`,
    '',
    `- 疑点 / Findings: ${count(s.findings)}; 结算 / settlements: ${count(s.settlements)}; 参保人 / persons: ${count(s.persons)}`,
    `- 涉及金额 / Amount at risk: ${money(s.amountAtRisk)}`,
    `- 按严重程度 / By severity: ${s.bySeverity
      .map((x) => `${x.severity} ${SEVERITY_EN[x.severity]} ${count(x.findings)} (${money(x.amount)})`)
      .join('; ')}`,
    '- 注 / Note: “明确违规”以外的疑点尚待核实 / findings not rated Clear violation still need checking.',
  ];
  if (c.files) out.push(`- 文件 / Files: \`${c.files.findings}\`, \`${c.files.lines}\``);
  out.push('');
  const ran = s.rules.filter((r) => r.status !== 'skipped');
  out.push(`### 规则 / Rules (${ran.length} 运行 ran, ${s.rules.length - ran.length} 跳过 skipped)`, '');
  out.push(
    ...table(
      ['规则 Rule', '名称 Name', '状态 Status', '疑点 Findings', '疑点金额 Amount', '毫秒 ms'],
      ran.map((r) => [
        r.ruleId,
        `${r.name.zh} / ${r.name.en}`,
        r.status,
        count(r.findings),
        money(r.amount),
        Math.round(r.elapsedMs),
      ]),
    ),
  );
  const skipped = s.rules.filter((r) => r.status === 'skipped');
  if (skipped.length > 0) {
    out.push('### 跳过的规则 / Skipped rules', '');
    for (const r of skipped)
      out.push(`- ${r.ruleId} ${r.name.zh}: ${r.reason?.zh ?? ''} / ${r.reason?.en ?? ''}`);
    out.push('');
  }
  if (s.byInstitution.length > 0) {
    out.push('### 涉及金额最多的机构 / Institutions with the most at risk', '');
    out.push(
      ...table(
        ['机构 Institution', '名称 Name', '疑点 Findings', '涉及金额 Amount'],
        s.byInstitution.map((g) => [g.code, g.name, count(g.findings), money(g.amountAtRisk)]),
      ),
    );
  }
  return out;
}
