/**
 * Every user-facing string of the UI, by id, in Chinese and English. `{name}` marks a value filled in
 * by `t(id, params)`. Messages that come from the worker arrive already bilingual (`Msg`) and are shown
 * with `msgText`.
 */
import type { Msg } from '../../core/shared/msg';
import { chartMessages } from './messages-chart';
import { markdownMessages } from './messages-markdown';
import { notebookMessages } from './messages-notebook';
import { rulesMessages } from './messages-rules';
import { widgetsMessages } from './messages-widgets';
import { knowledgeMessages } from './messages-knowledge';
import { workshopMessages } from './messages-workshop';
import { modelsMessages } from './messages-models';

// prettier-ignore
export const messages = {
  // Shell
  'app.title': { zh: '医保审计笔记本', en: 'Medical-insurance audit notebook' },
  'app.privacy': { zh: '数据只在本机处理', en: 'Data stays on this device' },
  'app.privacyHint': {
    zh: '文件在浏览器内读取和分析，不会上传到任何服务器；查询也不能访问网络。',
    en: 'Files are read and analysed inside this browser and never uploaded; queries cannot reach the network either.',
  },
  'engine.starting': { zh: '分析引擎启动中…', en: 'Starting the engine…' },
  'engine.ready': { zh: 'DuckDB {version} 就绪', en: 'DuckDB {version} ready' },
  'engine.readyHint': { zh: 'DuckDB-WASM 在本机浏览器中运行', en: 'DuckDB-WASM runs inside this browser' },
  'engine.failed': { zh: '分析引擎未能启动', en: 'Engine failed to start' },
  'lang.switch': { zh: 'English', en: '中文' },
  'lang.switchTitle': { zh: '切换为英文界面', en: '切换为中文界面 (switch to Chinese)' },
  'common.cancel': { zh: '取消', en: 'Cancel' },
  'common.dismiss': { zh: '关闭', en: 'Dismiss' },
  'common.yes': { zh: '有', en: 'Yes' },
  'common.no': { zh: '无', en: 'No' },

  // Data panel and loading
  'panel.label': { zh: '数据', en: 'Data' },
  'panel.datasets': { zh: '已加载的文件', en: 'Loaded files' },
  'panel.noDatasets': { zh: '尚未加载文件。', en: 'No files loaded yet.' },
  'panel.canonical': { zh: '标准表', en: 'Canonical tables' },
  'panel.noCanonical': {
    zh: '尚无标准表：加载文件并映射列后生成。',
    en: 'No canonical tables yet: load a file and map its columns.',
  },
  'panel.sources': { zh: '来源：{sources}', en: 'From: {sources}' },
  // Data readiness (readiness-panel)
  'readiness.title': { zh: '数据就绪', en: 'Data readiness' },
  'readiness.counts': { zh: '将运行 {ready} 条规则，跳过 {skipped} 条', en: '{ready} rules will run, {skipped} will be skipped' },
  'readiness.need': { zh: '缺少（点开看规则）', en: 'Missing (open for the rules)' },
  'readiness.unlocks': { zh: '单独解锁', en: 'Unlocks' },
  'readiness.unlocksHint': { zh: '只缺这一项的规则数：补上它就能运行', en: 'Rules lacking only this: they run once it is there' },
  'readiness.blocks': { zh: '阻塞', en: 'Blocks' },
  'load.pick': { zh: '加载文件…', en: 'Load files…' },
  'load.hint': {
    zh: '也可以把文件拖到页面任意位置。支持 CSV、TSV、TXT、Parquet、Excel（.xlsx）。',
    en: 'Or drop files anywhere on the page. CSV, TSV, TXT, Parquet and Excel (.xlsx).',
  },
  'load.queued': { zh: '等待中', en: 'Queued' },
  'load.failed': { zh: '加载“{file}”失败', en: 'Loading "{file}" failed' },
  'demo.name': { zh: '演示数据', en: 'Demo data' },
  'drop.title': { zh: '松开鼠标即可加载文件', en: 'Drop to load the files' },
  'drop.sub': { zh: '文件只在本机读取，不会上传', en: 'Files are read on this device and never uploaded' },
  'progress.starting': { zh: '准备中…', en: 'Starting…' },
  'progress.rows': { zh: '{done} 行', en: '{done} rows' },
  'progress.rowsOf': { zh: '{done} / {total} 行', en: '{done} / {total} rows' },
  'phase.hash': { zh: '计算校验值', en: 'Computing checksum' },
  'phase.read': { zh: '读取文件', en: 'Reading' },
  'phase.transcode': { zh: '转换编码', en: 'Converting encoding' },
  'phase.insert': { zh: '写入数据表', en: 'Inserting rows' },
  'phase.map': { zh: '映射与校验', en: 'Mapping and validating' },
  'phase.query': { zh: '查询', en: 'Querying' },

  // Dataset
  'dataset.table': { zh: '数据表名（在 SQL 中使用）', en: 'Table name (use it in SQL)' },
  'dataset.rowsTitle': { zh: '数据行数（不含表头）', en: 'Data rows (header excluded)' },
  'dataset.rowsUnit': { zh: '行', en: 'rows' },
  'dataset.mappedTo': { zh: '已映射 → {table} {label}', en: 'Mapped → {table} {label}' },
  'dataset.notMapped': { zh: '未映射', en: 'Not mapped' },
  'dataset.map': { zh: '映射列', en: 'Map columns' },
  'dataset.remove': { zh: '移除', en: 'Remove' },
  'dataset.size': { zh: '大小', en: 'Size' },
  'dataset.format': { zh: '格式', en: 'Format' },
  'dataset.encoding': { zh: '编码', en: 'Encoding' },
  'dataset.delimiter': { zh: '分隔符', en: 'Delimiter' },
  'dataset.header': { zh: '表头', en: 'Header' },
  'dataset.loadTime': { zh: '加载用时', en: 'Load time' },
  'dataset.copy': { zh: '复制', en: 'Copy' },
  'dataset.copied': { zh: '已复制', en: 'Copied' },
  'dataset.copyHash': { zh: '复制完整的 SHA-256 校验值', en: 'Copy the full SHA-256' },
  'dataset.columns': { zh: '{n} 列（名称与类型）', en: '{n} columns (names and types)' },
  'format.csv': { zh: 'CSV 文本', en: 'CSV text' },
  'format.parquet': { zh: 'Parquet', en: 'Parquet' },
  'format.xlsx': { zh: 'Excel 表格（.xlsx）', en: 'Excel (.xlsx)' },
  'format.demo': { zh: '演示数据', en: 'Demo data' },
  'dataset.unmap': { zh: '撤销映射', en: 'Undo mapping' },
  'dataset.unmapTitle': {
    zh: '撤销此文件的列映射：标准表将不含它的数据重建，原始表保留。',
    en: "Undo this file's column mapping: the canonical tables are rebuilt without its data; the raw table stays.",
  },
  'demo.removed': {
    zh: '演示数据已移出标准表：setl、fee 等现在只含您加载的数据，规则发现也只来自您的数据。',
    en: 'The demo data was taken out of the canonical tables: setl, fee and the others now hold only the data you loaded, and rules find only in it.',
  },
  'demo.keepApart': { zh: '保留演示数据（独立）', en: 'Keep the demo apart' },
  'demo.keepApartHint': {
    zh: '把演示数据重建为独立的 demo 模式（demo.setl、demo.fee……），可用 SQL 查询，绝不并入您的数据表。',
    en: 'Rebuilds the demo as separate tables in schema demo (demo.setl, demo.fee, …) for SQL, never merged into your tables.',
  },
  'demo.dismiss': { zh: '知道了', en: 'Dismiss' },
  'demo.apart': { zh: '演示数据（独立）', en: 'Demo data (separate)' },
  'demo.apartWorking': { zh: '正在重建独立的演示数据…', en: 'Rebuilding the separate demo data…' },
  'demo.apartHint': {
    zh: '规则和模型只读取您的标准表，不读取这些表。',
    en: 'Rules and models read only your canonical tables, never these.',
  },
  'demo.apartRemove': { zh: '移除', en: 'Remove' },
  'encoding.utf-8': { zh: 'UTF-8', en: 'UTF-8' },
  'encoding.utf-8-bom': { zh: 'UTF-8（带 BOM）', en: 'UTF-8 (with BOM)' },
  'encoding.gb18030': { zh: 'GB18030（国标，兼容 GBK）', en: 'GB18030 (GBK)' },
  'delimiter.comma': { zh: '逗号 (,)', en: 'Comma (,)' },
  'delimiter.tab': { zh: '制表符 (Tab)', en: 'Tab' },
  'delimiter.semicolon': { zh: '分号 (;)', en: 'Semicolon (;)' },
  'delimiter.pipe': { zh: '竖线 (|)', en: 'Pipe (|)' },

  // Validation report
  'report.rowsRead': { zh: '读取 {n} 行', en: '{n} rows read' },
  'report.rowsWithProblems': { zh: '{n} 行有问题', en: '{n} rows with problems' },
  'report.noProblems': { zh: '未发现问题', en: 'No problems found' },
  'report.details': { zh: '问题明细（{n} 类）', en: 'Problem details ({n})' },
  'report.kind': { zh: '问题', en: 'Problem' },
  'report.field': { zh: '字段', en: 'Field' },
  'report.count': { zh: '行数', en: 'Rows' },
  'report.examples': { zh: '示例（行号：原始值）', en: 'Examples (row: raw value)' },
  'report.row': { zh: '第 {row} 行', en: 'row {row}' },
  'report.empty': { zh: '空值', en: 'empty' },
  'problem.unparseable_date': { zh: '日期无法识别', en: 'Unparseable date' },
  'problem.unparseable_date.hint': {
    zh: '该值不是可识别的日期或时间，标准表中此字段为空。请检查原文件的日期格式。',
    en: 'The value is not a recognisable date or time; the field is empty in the canonical table. Check the date format in the file.',
  },
  'problem.decimal_comma': { zh: '小数逗号，无法确定数值', en: 'Decimal comma: value is ambiguous' },
  'problem.decimal_comma.hint': {
    zh: '该列含有以逗号作小数点的数字（如 1.234,50、99,00），逗号是小数点还是千位分隔符无法确定（1,234 可能是 1234 或 1.234），标准表中这些值为空、所在行已标记。请在原系统中以“.”作小数点重新导出。',
    en: 'The column holds numbers with a decimal comma (1.234,50, 99,00), so a comma may be a decimal point or a thousands separator (1,234 may be 1234 or 1.234): these values are empty in the canonical table and their rows flagged. Export the file again with "." as the decimal point.',
  },
  'problem.non_numeric_amount': { zh: '金额不是数字', en: 'Amount is not a number' },
  'problem.non_numeric_amount.hint': {
    zh: '该值无法读作金额（如含文字或多个小数点），标准表中此字段为空。',
    en: 'The value cannot be read as an amount (text, several decimal points…); the field is empty in the canonical table.',
  },
  'problem.negative_amount': { zh: '金额为负数', en: 'Negative amount' },
  'problem.negative_amount.hint': {
    zh: '负数金额可能是冲销或退费，需核实。',
    en: 'A negative amount may be a reversal or refund: check it.',
  },
  'problem.missing_key': { zh: '缺少主键', en: 'Missing key' },
  'problem.missing_key.hint': {
    zh: '主键字段为空，该行无法与其他表关联。',
    en: 'The key field is empty: the row cannot be joined to other tables.',
  },
  'problem.amount_mismatch': { zh: '金额不一致', en: 'Amounts do not add up' },
  'problem.amount_mismatch.hint': {
    zh: '分项金额与总额不符（如数量 × 单价 ≠ 金额）。',
    en: 'The parts do not add up to the total (e.g. quantity × price ≠ amount).',
  },
  'problem.conflicting_value': { zh: '同一对象取值冲突', en: 'Conflicting values' },
  'problem.conflicting_value.hint': {
    zh: '同一人员（或机构）在文件的不同行中该字段取值不同；表中保留首次出现的取值，其余行列在此处供核对。',
    en: 'One person (or institution) has different values for this field on different rows; the table keeps the first one seen and lists the others here to check.',
  },

  // Mapping editor
  'mapping.title': { zh: '映射列：{file}', en: 'Map columns: {file}' },
  'mapping.proposing': { zh: '正在分析列名和取值…', en: 'Analysing column names and values…' },
  'mapping.target': { zh: '目标标准表', en: 'Target table' },
  'mapping.score': { zh: '匹配度 {score}', en: 'match {score}' },
  'mapping.mappedCount': { zh: '已映射 {n} / {total} 个字段', en: '{n} of {total} fields mapped' },
  'mapping.keyMissing': {
    zh: '主键字段 {fields} 尚未映射：所有行都会被标记为“缺少主键”。',
    en: 'Key field {fields} is not mapped: every row will be flagged "missing key".',
  },
  'mapping.field': { zh: '标准字段', en: 'Canonical field' },
  'mapping.type': { zh: '类型', en: 'Type' },
  'mapping.source': { zh: '源列', en: 'Source column' },
  'mapping.samples': { zh: '示例值', en: 'Sample values' },
  'mapping.reason': { zh: '匹配依据', en: 'Why' },
  'mapping.key': { zh: '主键', en: 'key' },
  'mapping.notMapped': { zh: '— 不映射 —', en: '— not mapped —' },
  'mapping.usedBy': { zh: '已用于 {field}', en: 'used for {field}' },
  'mapping.manual': { zh: '手动选择', en: 'Chosen by you' },
  'mapping.apply': { zh: '应用映射', en: 'Apply mapping' },
  'mapping.notNow': { zh: '暂不映射', en: 'Not now' },
  'mapping.applied': { zh: '已生成标准表 {table}（{label}）', en: 'Built canonical table {table} ({label})' },
  'mapping.editAgain': { zh: '返回修改', en: 'Edit again' },
  'mapping.done': { zh: '完成', en: 'Done' },
  // Mapping editor: evidence, confirmation, constants, derived tables, null spellings (issue 13)
  'mapping.confidence': { zh: '置信度 {score}', en: 'confidence {score}' },
  'mapping.tableEvidence': { zh: '判断依据：{why}', en: 'Why this table: {why}' },
  'mapping.confirm': { zh: '确认', en: 'Confirm' },
  'mapping.confirmAll': { zh: '全部确认', en: 'Confirm all' },
  'mapping.toConfirm': {
    zh: '有 {n} 个字段的建议把握不足（已高亮）：请核对后逐一勾选“确认”，或点“全部确认”，然后再应用。',
    en: '{n} proposed fields are uncertain (highlighted): check them and tick "Confirm" on each, or "Confirm all", before applying.',
  },
  'mapping.constantOption': { zh: '固定值…', en: 'Constant…' },
  'mapping.constantValue': { zh: '每一行都取此值', en: 'Value for every row' },
  'mapping.sharedColumn': { zh: '此列同时用于 {fields}', en: 'This column also feeds {fields}' },
  'mapping.also': { zh: '同一文件还可生成以下标准表', en: 'This file also builds these canonical tables' },
  'mapping.alsoHint': {
    zh: '每个键一行（如每人一行）；同一键在不同行取值冲突时列入校验报告，不静默取舍。取消勾选则不生成。',
    en: 'One row per key (e.g. per person); conflicting values for one key are listed in the validation report, never chosen silently. Untick to skip.',
  },
  'mapping.nulls': { zh: '视为空值的写法', en: 'Spellings read as empty' },
  'mapping.nullsHint': {
    zh: '逗号分隔；去掉首尾空格后比较，英文字母不分大小写。空字符串总是空值。',
    en: 'Comma-separated; compared after trimming, Latin letters case-insensitively. An empty cell is always empty.',
  },
  'fieldType.text': { zh: '文本', en: 'Text' },
  'fieldType.date': { zh: '日期', en: 'Date' },
  'fieldType.timestamp': { zh: '日期时间', en: 'Date and time' },
  'fieldType.amount': { zh: '金额', en: 'Amount' },
  'fieldType.decimal': { zh: '数值', en: 'Number' },
  'fieldType.int': { zh: '整数', en: 'Integer' },
  'reason.header': { zh: '列名一致', en: 'Header matches' },
  'reason.header-fuzzy': { zh: '列名相近', en: 'Header is similar' },
  'reason.value-shape': { zh: '取值形态相符', en: 'Values look right' },
  'reason.constant': { zh: '固定值', en: 'Constant' },

  // Errors
  'error.file': { zh: '文件：{file}', en: 'File: {file}' },
  'error.row': { zh: '第 {row} 行', en: 'row {row}' },
  'error.column': { zh: '列：{column}', en: 'column: {column}' },
  'error.detail': { zh: '引擎原始信息', en: 'Engine message' },

  // SQL cells and results
  'cell.run': { zh: '运行', en: 'Run' },
  'cell.placeholder': {
    zh: '输入 SQL，例如 SELECT * FROM setl LIMIT 100',
    en: 'Type SQL, e.g. SELECT * FROM setl LIMIT 100',
  },
  'cell.idle': { zh: '未运行', en: 'Not run yet' },
  'cell.running': { zh: '运行中 {elapsed}', en: 'Running {elapsed}' },
  'cell.done': { zh: '{rows} 行 · {elapsed}', en: '{rows} rows · {elapsed}' },
  'cell.failed': { zh: '运行出错', en: 'Failed' },
  'cell.cancelled': { zh: '已取消', en: 'Cancelled' },
  'cell.remove': { zh: '删除此单元', en: 'Delete this cell' },
  'result.empty': { zh: '查询没有返回任何行。', en: 'The query returned no rows.' },
  'result.noColumns': { zh: '语句已执行，没有返回结果集。', en: 'The statement ran and returned no result set.' },
  ...notebookMessages,
  ...chartMessages,
  ...markdownMessages,
  ...widgetsMessages,
  ...knowledgeMessages,
  ...rulesMessages,
  ...workshopMessages,
  ...modelsMessages,
} as const satisfies Record<string, Msg>;

/** The id of a UI message. */
export type MessageId = keyof typeof messages;
