/** UI messages of the workshop panel (培训模式), merged into `messages`. */
import type { Msg } from '../../core/shared/msg';

// prettier-ignore
export const workshopMessages = {
  'workshop.title': { zh: '培训模式', en: 'Workshop mode' },
  'workshop.hint': {
    zh: '生成带埋设违规场景的模拟结算数据，供培训演示，全部在本机生成。生成会替换当前会话中已加载的数据；答案表默认隐藏。内置演示数据也以低比例埋设了全部场景，可直接练习和评分。',
    en: 'Generates synthetic settlements with planted fraud scenarios for training, entirely on this device. Generating replaces the data loaded in this session; the answer key stays hidden. The built-in demo data has every scenario planted at low rates too: practise and score on it as it is.',
  },
  'workshop.seed': { zh: '随机种子', en: 'Seed' },
  'workshop.lines': { zh: '费用明细行数', en: 'Fee lines' },
  'workshop.linesHint': { zh: '{min}–{max} 行', en: '{min}–{max} lines' },
  'workshop.scenarios': { zh: '埋设场景与比例', en: 'Planted scenarios and rates' },
  'workshop.rate': { zh: '比例', en: 'Rate' },
  'workshop.generate': { zh: '生成', en: 'Generate' },
  'workshop.generating': { zh: '正在生成…', en: 'Generating…' },
  'workshop.stage.generate': {
    zh: '生成 {table}（{index}/{tables}）：{rows} 行',
    en: 'Generating {table} ({index}/{tables}): {rows} rows',
  },
  'workshop.stage.load': {
    zh: '加载并映射 {table}（{index}/{tables}）',
    en: 'Loading and mapping {table} ({index}/{tables})',
  },
  'workshop.done': {
    zh: '已生成并加载 {tables} 张数据表；答案已隐藏。',
    en: 'Generated and loaded {tables} data tables; the answers are hidden.',
  },
  'workshop.answers': { zh: '答案', en: 'Answer key' },
  'workshop.hidden': {
    zh: '答案隐藏中。评分无需显示答案。',
    en: 'The answers are hidden. Scoring does not need them revealed.',
  },
  'workshop.reveal': { zh: '显示答案', en: 'Reveal answers' },
  'workshop.revealConfirm': {
    zh: '确认显示答案？显示后所有人都能在 SQL 单元中查询 answers 表，本次数据集无法再隐藏。',
    en: 'Reveal the answers? Everyone will be able to query the answers table from SQL cells; it cannot be hidden again for this dataset.',
  },
  'workshop.revealYes': { zh: '确认显示', en: 'Yes, reveal' },
  'workshop.revealNo': { zh: '暂不显示', en: 'Keep hidden' },
  'workshop.revealing': { zh: '正在显示…', en: 'Revealing…' },
  'workshop.revealed': {
    zh: '答案已显示：answers 表共 {rows} 行，可在 SQL 单元中查询。',
    en: 'The answers are revealed: the answers table has {rows} rows; query it from a SQL cell.',
  },
  'workshop.scoreTitle': { zh: '评分', en: 'Scoring' },
  'workshop.flags': { zh: '标记表', en: 'Flags table' },
  'workshop.flagsHint': {
    zh: 'SQL 单元的名称（如 my_flags，含所选层级的键列）或规则单元的结果表（如 findings）。',
    en: "A SQL cell's name (e.g. my_flags, with the level's key column) or a Rule cell's findings table (e.g. findings).",
  },
  'workshop.level': { zh: '评分层级', en: 'Level' },
  'workshop.score': { zh: '评分', en: 'Score' },
  'workshop.scoring': { zh: '正在评分…', en: 'Scoring…' },
  'workshop.col.scenario': { zh: '场景', en: 'Scenario' },
  'workshop.col.planted': { zh: '埋设数', en: 'Planted' },
  'workshop.col.found': { zh: '查出数', en: 'Found' },
  'workshop.col.recall': { zh: '查全率', en: 'Recall' },
  'workshop.col.amountFound': { zh: '查出金额', en: 'Amount found' },
  'workshop.overall': {
    zh: '共标记 {flagged} 项，命中 {hits} 项；查准率 {precision}，查全率 {recall}（共埋设 {planted} 项）。',
    en: '{flagged} flagged, {hits} correct; precision {precision}, recall {recall} ({planted} planted).',
  },
  'workshop.chart': { zh: '各场景查全率', en: 'Recall per scenario' },
  'workshop.na': { zh: '—', en: '—' },
} as const satisfies Record<string, Msg>;
