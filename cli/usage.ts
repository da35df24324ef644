import type { HelpTopic } from './parse-args';

const OVERVIEW = `ClaimLens 医保审计笔记本 — 命令行运行器 / headless runner

用法 / Usage:
  claimlens run NOTEBOOK --data FILE… --out DIR [--engine wasm|native] [--kb FILE…]
                [--mapping FILE] [--results DIR]
  claimlens map FILE… [--out mapping.yaml]
  claimlens rules [--json] [--sql]
  claimlens models [--json]
  claimlens help [run|map|rules|models]
  claimlens --version

命令 / Commands:
  run     在 Node 中运行笔记本的全部 SQL、规则和模型单元，结果写入 DIR
          Run a notebook's SQL, Rule and Model cells under Node and write the results to DIR
  map     显示数据文件的列映射建议并写出可编辑的映射文件
          Show the proposed column mapping of data files and write an editable mapping file
  rules   列出规则库中的规则 / List the rule library
  models  列出模型库中的模型及其参数 / List the model library and its parameters
  help    显示帮助 / Show help

退出码 / Exit codes:
  0  全部运行成功 / everything ran
  1  有单元或规则失败（已运行的结果仍会写出）/ a cell or rule failed (what ran is still written)
  2  用法错误、输入文件无法读取、映射文件不适用或输出会覆盖文件，未运行
     usage error, an unreadable input, a mapping file that does not fit, or an output that would
     overwrite a file: nothing ran
  3  没有可运行的内容：没有单元能运行，或全部规则因数据缺少字段被跳过（summary.md 的“数据就绪”说明缺什么）
     nothing could run: no cell could run, or every rule was skipped for lack of data (summary.md's
     readiness section says what would unlock them)
`;

const RUN = `用法 / Usage:
  claimlens run NOTEBOOK --data FILE… --out DIR [options]

  NOTEBOOK              笔记本文件（*.claimlens.md）/ the notebook file (*.claimlens.md)
  --data FILE…          数据文件：CSV/TSV/TXT（UTF-8 或 GBK）、Parquet、Excel .xlsx；可给多个
                        data files: CSV/TSV/TXT (UTF-8 or GBK), Parquet, Excel .xlsx; one or more
  --out DIR             输出目录（不存在则创建）/ output folder (created when missing)
  --engine wasm|native  wasm（默认）：与浏览器相同的 DuckDB-WASM，单线程
                        native：本机 DuckDB，多线程，首次使用时自动安装；结果与 wasm 逐行一致
                        wasm (default): the browser's DuckDB-WASM, 1 thread
                        native: native DuckDB on every core, installed on first use; same findings row for row
  --kb FILE…            知识库文件 / knowledge-base files
  --threads N           native 引擎的线程数（默认：全部核心）/ native engine threads (default: every core)
  --native-dir DIR      native DuckDB 的安装目录（默认 node_modules/.cache/claimlens-native）
                        where native DuckDB is installed (default node_modules/.cache/claimlens-native)
  --quiet               不在 stderr 输出逐条规则进度 / no per-rule progress on stderr
  --mapping FILE        应用映射文件（claimlens map --out 写出，可编辑）；按文件名对应数据文件，
                        源列不在文件中时拒绝运行（退出码 2，指明行号和字段）
                        apply a mapping file (written by claimlens map --out, editable), matched to data
                        files by file name; refused when a column it names is not in the file (exit 2,
                        naming the line and the field)
  --results DIR         把每个 SQL 单元的结果写成 DIR/<单元名>.csv（UTF-8 带 BOM），DIR 须不同于 --out
                        write each SQL cell's result as DIR/<cell name>.csv (UTF-8 with BOM); DIR must
                        differ from --out

输出 / Outputs (DIR):
  findings.csv          第一个规则单元的发现（UTF-8 带 BOM，RFC 4180）/ the first Rule cell's findings
  findings_lines.csv    其费用明细 / its fee lines
  <name>.csv            每个规则单元的发现表 / each Rule cell's findings table
  <name>_lines.csv      每个规则单元的明细表 / each Rule cell's lines table
  <name>.csv            每个模型单元的排名结果：entity_type、entity_id、score、rank、各指标、explain_zh、
                        explain_en（与其他文件重名时为 <name>.<单元 id>.csv）
                        each Model cell's ranked output: entity_type, entity_id, score, rank, the
                        indicators, explain_zh, explain_en (<name>.<cell id>.csv when the name is taken)
  summary.json          机器可读的运行摘要；模型单元记录状态（ran/skipped/failed 及原因）、参数和用时
                        machine-readable run summary; Model cells with their status (ran/skipped/failed
                        and why), parameters and timing
  summary.md            中英文运行摘要，含逐列映射与数据就绪 / bilingual run summary, with the mapping
                        column by column and the data readiness
  .claimlens-outputs.json  claimlens 在此目录写过的文件清单 / the files claimlens wrote here

DIR 中已有的文件只有在清单中列出且未被改动时才会被替换；输入文件和其他文件绝不覆盖（拒绝运行，退出码 2）。
CSV 中以 = + - @、制表符或回车开头的文本前加一个 '，表格软件显示为文本而非公式；去掉这一个 ' 即是原文。
An existing file in DIR is replaced only when the manifest lists it unchanged; inputs and any other file
are never overwritten (the run is refused, exit 2). In the CSVs, text beginning with = + - @, tab or CR
gets one leading ' so spreadsheets show it as text, not a formula; remove that one ' for the original.

数据文件按 --mapping 映射文件、否则按笔记本记录的列映射建表（按文件名对应），都没有时使用自动建议的映射；
置信度低于 0.8 的建议照样应用，并逐项警告“需确认”。
名为 kb_restriction.csv 等知识库表名的数据文件按列名填入该知识库表。
Each data file is mapped with the --mapping file's entry, else the notebook's recorded mapping for that
file name, else the proposed one; proposed fields below confidence 0.8 are applied with a warning each.
A data file named after a knowledge table (kb_restriction.csv …) fills that table, columns by name.
`;

const MAP = `用法 / Usage:
  claimlens map FILE… [--out mapping.yaml] [--quiet]

  FILE…                 数据文件（与 run --data 相同的格式）；名为 kb_* 的文件作为知识库导入
                        data files (the formats run --data reads); files named kb_* are imported as knowledge
  --out FILE            写出可编辑的映射文件（YAML；已存在则拒绝，不覆盖）
                        write an editable mapping file (YAML; refused if it exists, never overwritten)
  --quiet               不在 stderr 输出进度 / no progress on stderr

逐列显示建议：源列 → 表.字段、方式（列名 / 取值形态 / 常量）、依据、置信度，低于 0.8 的标“需确认 / confirm”；
同一文件另建的表（also）、按 setl_id 由结算推得的费用明细字段、未映射的列，以及规则库的数据就绪。
映射文件每个数据文件一项：source（文件名）、target、columns、constants、nulls、also。
Prints the proposal column by column: source column → table.field, how (header / value shape / constant),
evidence, confidence, "confirm" below 0.8; the further tables the file builds (also), the fee fields
derived from the settlement by setl_id, the unmapped columns, and the rule library's readiness.
The mapping file has one entry per data file: source (file name), target, columns, constants, nulls, also.
`;

const RULES = `用法 / Usage:
  claimlens rules [--json] [--sql]

  (无选项 / none)  可读的规则表 / a readable table of the rules
  --json          JSON 数组：编号、名称、分类、结果类型、严重程度、行为、场景、时间窗、所需字段、参数、依据、来源
                  a JSON array: id, names, tier, subclass, result type, severity, behaviour, scenes, window,
                  needs, parameters, basis, origin
  --sql           同时输出每条规则的 SQL / include each rule's SQL
`;

const MODELS = `用法 / Usage:
  claimlens models [--json]

  (无选项 / none)  可读的模型表，及每个模型的说明和参数（取值范围与默认值依据）
                  a readable table of the models, then each model's description and parameters (what
                  each may be, and why its default)
  --json          JSON 数组：编号、类别、名称、说明、评分对象、所需字段、参数、指标、依据、图表
                  a JSON array: id, family, names, description, entity, needs, parameters, indicators,
                  basis, chart

模型单元写法 / A Model cell:
  \`\`\`model {id=m1 name=spend model=summarize}
  by: doctor
  of: fee
  \`\`\`
正文只写与默认值不同的参数（YAML）；结果表名为 name，另有 <name>_links。
The body sets only the parameters that differ from the defaults (YAML); the output table is name, with
<name>_links beside it.
`;

/** The help text for a topic (or the overview), Chinese first. */
export function usage(topic?: HelpTopic): string {
  if (topic === 'run') return RUN;
  if (topic === 'map') return MAP;
  if (topic === 'rules') return RULES;
  if (topic === 'models') return MODELS;
  return OVERVIEW;
}

/** The one line printed under a usage error. */
export const USAGE_HINT = '运行 claimlens help 查看用法。 / Run claimlens help for usage.\n';
