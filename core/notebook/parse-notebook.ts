import { isParameterCell } from '../cells/parameter/is-parameter-cell';
import { msg } from '../shared/msg';
import { readAuditLog } from './audit-log-format';
import { cellFromBlock } from './cell-from-block';
import { cellId, isValidCellId, publishedName, type Cell, type CellId } from './cell-types';
import { readFrontMatter, type FrontMatter } from './front-matter-read';
import { NOTEBOOK_LIMITS } from './limits';
import type { NotebookProblem, ParseResult } from './notebook-types';
import { scanBlocks } from './scan-blocks';
import { parseYaml } from './yaml-parse';

const EMPTY_FRONT_MATTER: FrontMatter = {
  meta: { title: '', datasets: [], mappings: [] },
  parameters: new Map(),
  issues: [],
};

/**
 * Reads a `*.claimlens.md` file. Never throws: every defect (malformed front matter, an unclosed fence,
 * a duplicate id, an unknown cell type, a bad attribute, a part over the size limits) becomes a problem
 * with its 1-based line, and the rest of the notebook still opens. Cell text is kept verbatim (a
 * `<script>` in a cell is just text here; rendering decides what it shows). The `claimlens-log` block
 * at the end becomes the notebook's audit log, not a cell.
 */
export function parseNotebook(input: string): ParseResult {
  const problems: NotebookProblem[] = [];
  if (input.length > NOTEBOOK_LIMITS.maxFileChars) {
    problems.push({
      code: 'too-large',
      line: 1,
      message: msg(
        `笔记本文件超过 ${NOTEBOOK_LIMITS.maxFileChars} 个字符，未打开。`,
        `The notebook file is longer than ${NOTEBOOK_LIMITS.maxFileChars} characters; not opened.`,
      ),
    });
    return { notebook: { meta: EMPTY_FRONT_MATTER.meta, cells: [], log: [] }, problems };
  }
  const lines = input
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const { frontMatter, bodyStart } = readHead(lines, problems);
  const { pieces, log } = readAuditLog(scanBlocks(lines.slice(bodyStart), bodyStart + 1, problems), problems);
  const taken = new Set<string>();
  const takeId = (wanted: string | undefined, line: number): CellId => {
    if (wanted !== undefined && isValidCellId(wanted) && !taken.has(wanted)) {
      taken.add(wanted);
      return cellId(wanted);
    }
    if (wanted !== undefined && taken.has(wanted)) {
      problems.push({
        code: 'duplicate-id',
        line,
        message: msg(
          `单元 id“${wanted}”重复，已改用新 id。`,
          `Cell id "${wanted}" is used twice; a new id was given.`,
        ),
      });
    }
    let n = line;
    while (taken.has(`cell-${n}`)) n += 1;
    taken.add(`cell-${n}`);
    return cellId(`cell-${n}`);
  };
  const cells: Cell[] = [];
  for (const piece of pieces.slice(0, NOTEBOOK_LIMITS.maxCells)) {
    cells.push(
      piece.kind === 'prose'
        ? { type: 'markdown', id: cellId(''), source: piece.source, isFenced: false }
        : cellFromBlock(piece, takeId, problems),
    );
  }
  if (pieces.length > NOTEBOOK_LIMITS.maxCells) {
    const first = pieces[NOTEBOOK_LIMITS.maxCells];
    problems.push({
      code: 'too-large',
      line: first?.line ?? 1,
      message: msg(
        `单元超过 ${NOTEBOOK_LIMITS.maxCells} 个，其余未打开。`,
        `More than ${NOTEBOOK_LIMITS.maxCells} cells; the rest were not opened.`,
      ),
    });
  }
  // Prose gets its generated id only after every fenced cell has claimed the id it wrote.
  const withIds = cells.map((cell, index) =>
    cell.type === 'markdown' && !cell.isFenced
      ? { ...cell, id: takeId(undefined, pieces[index]?.line ?? 1) }
      : cell,
  );
  const finished = attachParameters(
    withIds,
    frontMatter,
    pieces.map((p) => p.line),
    problems,
  );
  return {
    notebook: { meta: frontMatter.meta, cells: finished, log },
    problems: problems.sort((a, b) => a.line - b.line),
  };
}

function readHead(
  lines: readonly string[],
  problems: NotebookProblem[],
): { frontMatter: FrontMatter; bodyStart: number } {
  if (lines[0] !== '---') return { frontMatter: EMPTY_FRONT_MATTER, bodyStart: 0 };
  const close = lines.indexOf('---', 1);
  const frontProblem = (line: number, zh: string, en: string): void => {
    problems.push({ code: 'front-matter', line, message: msg(`前置元数据：${zh}`, `Front matter: ${en}`) });
  };
  if (close < 0) {
    frontProblem(1, '缺少结束的“---”行，已忽略。', 'the closing "---" line is missing; ignored.');
    return { frontMatter: EMPTY_FRONT_MATTER, bodyStart: 1 };
  }
  const yaml = lines.slice(1, close).join('\n');
  if (yaml.length > NOTEBOOK_LIMITS.maxFrontMatterChars) {
    frontProblem(1, '内容过长，已忽略。', 'too long; ignored.');
    return { frontMatter: EMPTY_FRONT_MATTER, bodyStart: close + 1 };
  }
  const parsed = parseYaml(yaml);
  if (!parsed.ok) {
    frontProblem(
      parsed.line + 1,
      `第 ${parsed.column} 列无法读取（${parsed.reason.zh}），已忽略。`,
      `unreadable at column ${parsed.column} (${parsed.reason.en}); ignored.`,
    );
    return { frontMatter: EMPTY_FRONT_MATTER, bodyStart: close + 1 };
  }
  const frontMatter = readFrontMatter(parsed.value);
  for (const issue of frontMatter.issues) {
    frontProblem(1, issue.zh, issue.en);
  }
  return { frontMatter, bodyStart: close + 1 };
}

/** Gives each parameter cell its definition from the front matter and checks published names. */
function attachParameters(
  cells: readonly Cell[],
  frontMatter: FrontMatter,
  lines: readonly number[],
  problems: NotebookProblem[],
): Cell[] {
  const seen = new Set<string>();
  const result = cells.map((cell, index): Cell => {
    const line = lines[index] ?? 1;
    const name = publishedName(cell);
    if (name !== undefined) {
      if (seen.has(name.toLowerCase())) {
        problems.push({
          code: 'duplicate-name',
          line,
          message: msg(
            `名称“${name}”已被其他单元使用，请改名。`,
            `The name "${name}" is used by another cell; rename one.`,
          ),
        });
      }
      seen.add(name.toLowerCase());
    }
    if (!isParameterCell(cell)) return cell;
    const spec = frontMatter.parameters.get(cell.name);
    if (spec) return { ...cell, spec };
    problems.push({
      code: 'parameter',
      line,
      message: msg(
        `参数“${cell.name}”在前置元数据的 parameters 中没有有效定义，按空文本处理。`,
        `Parameter "${cell.name}" has no valid definition under "parameters" in the front matter; treated as empty text.`,
      ),
    });
    return cell;
  });
  const shown = new Set(cells.filter(isParameterCell).map((c) => c.name));
  for (const name of frontMatter.parameters.keys()) {
    if (!shown.has(name)) {
      problems.push({
        code: 'parameter',
        line: 1,
        message: msg(
          `参数“${name}”没有对应的参数单元，已忽略。`,
          `Parameter "${name}" has no parameter cell; ignored.`,
        ),
      });
    }
  }
  return result;
}
