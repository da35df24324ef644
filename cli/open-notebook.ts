import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { parseNotebook } from '../core/notebook/parse-notebook';
import type { Notebook, NotebookProblem } from '../core/notebook/notebook-types';
import { msg } from '../core/shared/msg';
import type { CliProblem } from './cli-io';

/** A notebook read from disk. */
export interface OpenedNotebook {
  readonly notebook: Notebook;
  /** What the parser could not read (the rest of the notebook still runs). */
  readonly problems: readonly NotebookProblem[];
  /** Hex SHA-256 of the file's bytes. */
  readonly sha256: string;
}

/**
 * Reads and parses a `*.claimlens.md` file. A file that is not UTF-8 text, or that the parser refuses
 * as a whole (too large), is a problem (exit code 2); other defects are reported and the rest runs.
 */
export async function openNotebook(
  filePath: string,
): Promise<{ ok: true; value: OpenedNotebook } | { ok: false; problem: CliProblem }> {
  const bytes = await readFile(filePath);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      problem: {
        code: 'notebook.encoding',
        file: filePath,
        message: msg(
          `笔记本文件“${filePath}”不是 UTF-8 文本。`,
          `The notebook file "${filePath}" is not UTF-8 text.`,
        ),
      },
    };
  }
  const { notebook, problems } = parseNotebook(text);
  const fatal = problems.find((p) => p.code === 'too-large');
  if (fatal && notebook.cells.length === 0) {
    return { ok: false, problem: { code: 'notebook.too-large', file: filePath, message: fatal.message } };
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { ok: true, value: { notebook, problems, sha256 } };
}
