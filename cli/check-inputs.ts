import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { msg } from '../core/shared/msg';
import type { CliProblem } from './cli-io';

/** What an input file is for, for the message. */
export type InputRole = 'notebook' | 'data' | 'kb' | 'mapping';

const ROLE = {
  notebook: { zh: '笔记本文件', en: 'Notebook file' },
  data: { zh: '数据文件', en: 'Data file' },
  kb: { zh: '知识库文件', en: 'Knowledge file' },
  mapping: { zh: '映射文件', en: 'Mapping file' },
} as const;

/**
 * Checks, before any engine starts, that each input is a readable regular file; the first one that is
 * not comes back as a problem naming the file and what to do (exit code 2).
 */
export async function checkInputs(
  inputs: readonly { readonly path: string; readonly role: InputRole }[],
): Promise<CliProblem | undefined> {
  for (const { path, role } of inputs) {
    const what = ROLE[role];
    let isFile: boolean;
    try {
      isFile = (await stat(path)).isFile();
    } catch {
      return {
        code: 'input.missing',
        file: path,
        message: msg(
          `找不到${what.zh}“${path}”：请检查路径和文件名。`,
          `${what.en} "${path}" was not found: check the path and the file name.`,
        ),
      };
    }
    if (!isFile) {
      return {
        code: 'input.not-a-file',
        file: path,
        message: msg(`“${path}”不是文件（可能是文件夹）。`, `"${path}" is not a file (perhaps a folder).`),
      };
    }
    try {
      await access(path, constants.R_OK);
    } catch {
      return {
        code: 'input.unreadable',
        file: path,
        message: msg(
          `没有读取${what.zh}“${path}”的权限。`,
          `${what.en} "${path}" cannot be read (permission denied).`,
        ),
      };
    }
  }
  return undefined;
}
