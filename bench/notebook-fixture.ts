/**
 * A large, realistic `*.claimlens.md` notebook for the notebook UI benchmark: sections of ten cells
 * (four Markdown, four SQL, one parameter, one chart), so 200 cells are 80 Markdown, 80 SQL, 20
 * parameters and 20 charts. The SQL reads the demo tables `setl` and `fee` and the views of earlier
 * cells, and uses the parameters; each chart plots an earlier SQL cell. Deterministic: the same count
 * always gives the same text.
 */

/** Cells in one section of the generated notebook. */
const SECTION_CELLS = 10;

/** The parameter of section `s`: its name, its front matter lines, and a fee filter that uses it. */
function sectionParameter(s: number): { name: string; yaml: string[]; feeFilter: string } {
  switch (s % 4) {
    case 0:
      return {
        name: `min_amount_${s}`,
        yaml: [`  min_amount_${s}:`, '    kind: number', `    value: ${50 + s * 10}`],
        feeFilter: `f.det_item_fee_sumamt >= \${min_amount_${s}}`,
      };
    case 1:
      return {
        name: `period_${s}`,
        yaml: [
          `  period_${s}:`,
          '    kind: date-range',
          '    value:',
          '      start: 2024-01-01',
          `      end: 2024-${String((s % 12) + 1).padStart(2, '0')}-28`,
        ],
        feeFilter: `CAST(f.fee_ocur_time AS DATE) BETWEEN CAST(\${period_${s}.start} AS DATE) AND CAST(\${period_${s}.end} AS DATE)`,
      };
    case 2:
      return {
        name: `code_prefix_${s}`,
        yaml: [`  code_prefix_${s}:`, '    kind: text', '    value: X'],
        feeFilter: `f.hilist_code LIKE \${code_prefix_${s}} || '%'`,
      };
    default:
      return {
        name: `med_type_${s}`,
        yaml: [
          `  med_type_${s}:`,
          '    kind: choice',
          '    value: "21"',
          '    choices:',
          '      - "11"',
          '      - "21"',
          '      - "41"',
        ],
        feeFilter: `s.med_type = \${med_type_${s}}`,
      };
  }
}

function fence(info: string, body: string): string {
  return `\`\`\`${info}\n${body}\n\`\`\``;
}

function prose(s: number, k: number): string {
  const heading =
    k === 0
      ? `## 第 ${s + 1} 节：结算与费用 / Section ${s + 1}: settlements and fees`
      : `### 说明 ${s + 1}.${k} / Note ${s + 1}.${k}`;
  return [
    heading,
    '',
    `本节筛选结算并汇总其**费用明细**，结果供后面的单元引用（第 ${s + 1} 组，第 ${k} 段）。`,
    `This section filters settlements and totals their **fee lines**; later cells query the results (group ${s + 1}, part ${k}).`,
    '',
    `- 机构与目录编码 / institution and catalogue code`,
    `- 金额阈值见参数 / thresholds come from the parameters`,
  ].join('\n');
}

/** The ten cells of section `s` and its front matter parameter lines. */
function section(s: number): { cells: string[]; parameterYaml: string[] } {
  const q = (k: number) => `q${s * 4 + k}`;
  const previous = s > 0 ? sectionParameter(s - 1) : undefined;
  const setlFilter =
    previous && s % 4 === 1
      ? `  AND medfee_sumamt >= \${${previous.name}}`
      : `  AND medfee_sumamt >= ${100 + s}`;
  const parameter = sectionParameter(s);
  const earlier = s > 0 ? `q${s * 4}` : undefined;
  const cells = [
    fence(`markdown {id=m${s}a}`, prose(s, 0)),
    fence(
      `sql {id=s${s}a name=${q(1)}}`,
      [
        `-- 第 ${s + 1} 组结算 / settlements of group ${s + 1}`,
        'SELECT setl_id, psn_no, fixmedins_code, med_type, begndate, medfee_sumamt, hifp_pay',
        'FROM setl',
        `WHERE med_type IN ('11', '21')`,
        setlFilter,
      ].join('\n'),
    ),
    fence(`markdown {id=m${s}b}`, prose(s, 1)),
    fence(
      `sql {id=s${s}b name=${q(2)}}`,
      [
        'SELECT fixmedins_code, count(*) AS settlements, sum(medfee_sumamt) AS total',
        `FROM ${q(1)}`,
        'GROUP BY ALL',
        'ORDER BY total DESC',
      ].join('\n'),
    ),
    fence(`parameter {id=p${s} name=${parameter.name}}`, `第 ${s + 1} 组筛选条件 / Filter of group ${s + 1}`),
    fence(
      `sql {id=s${s}c name=${q(3)}}`,
      [
        'SELECT f.hilist_code, f.hilist_name, count(*) AS lines, sum(f.det_item_fee_sumamt) AS amount',
        'FROM fee AS f',
        `JOIN ${q(1)} AS s USING (setl_id)`,
        `WHERE ${parameter.feeFilter}`,
        'GROUP BY ALL',
        'ORDER BY amount DESC',
        'LIMIT 50',
      ].join('\n'),
    ),
    fence(`markdown {id=m${s}c}`, prose(s, 2)),
    fence(
      `chart {id=g${s} from=${q(2)}}`,
      [
        'mark: bar',
        'x: fixmedins_code',
        'y: total',
        'sort:',
        '  channel: x',
        '  by: y',
        '  order: descending',
        `title: 第 ${s + 1} 组各机构费用 / Fees per institution, group ${s + 1}`,
      ].join('\n'),
    ),
    fence(
      `sql {id=s${s}d name=${q(4)}}`,
      [
        `SELECT c.hilist_code, c.amount${earlier ? ', e.amount AS earlier_amount' : ''}`,
        `FROM ${q(3)} AS c`,
        earlier ? `LEFT JOIN ${earlier} AS e USING (hilist_code)` : undefined,
        `WHERE c.amount > (SELECT avg(amount) FROM ${q(3)})`,
      ]
        .filter((line) => line !== undefined)
        .join('\n'),
    ),
    fence(`markdown {id=m${s}d}`, prose(s, 3)),
  ];
  return { cells, parameterYaml: parameter.yaml };
}

/**
 * The text of a notebook with `cellCount` cells (a multiple of ten; 200 by default), in the canonical
 * form `serializeNotebook` writes.
 */
export function largeNotebookText(cellCount = 200): string {
  if (cellCount <= 0 || cellCount % SECTION_CELLS !== 0)
    throw new Error(`cell count must be a positive multiple of ${SECTION_CELLS}: ${cellCount}`);
  const sections = Array.from({ length: cellCount / SECTION_CELLS }, (_, s) => section(s));
  const head = [
    '---',
    `title: 基准笔记本（${cellCount} 个单元） / Benchmark notebook (${cellCount} cells)`,
    'language: zh-CN',
    'datasets:',
    '  - table: setl',
    '    file: setl.csv',
    '  - table: fee',
    '    file: fee.csv',
    'parameters:',
    ...sections.flatMap((s) => s.parameterYaml),
    '---',
  ].join('\n');
  return `${head}\n\n${sections.flatMap((s) => s.cells).join('\n\n')}\n`;
}
