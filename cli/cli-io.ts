import type { AppError } from '../core/shared/errors';
import type { Msg } from '../core/shared/msg';

/** Where the CLI writes: the terminal in real use, buffers in tests. */
export interface CliIo {
  /** Results (rule lists, the final summary line). */
  out(text: string): void;
  /** Progress, warnings and errors. */
  err(text: string): void;
}

/** The process's own stdout and stderr. */
export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  };
}

/** A CLI problem that is not an engine error: a usage error or an unreadable input file. */
export interface CliProblem {
  readonly code: string;
  readonly message: Msg;
  readonly file?: string;
  readonly row?: number;
  readonly column?: string;
}

/** A bilingual message as two lines, Chinese first. */
export function formatMsg(message: Msg): string {
  return message.zh === message.en ? message.zh : `${message.zh}\n${message.en}`;
}

/**
 * Where an error happened (file, row, column), in both languages, leaving out what the message already
 * says (loader messages name the file and row themselves); empty text when nothing is left.
 */
function location(error: CliProblem | AppError): { zh: string; en: string } {
  const said = error.message.en.toLowerCase();
  const zh: string[] = [];
  const en: string[] = [];
  if (error.file && !said.includes(error.file.toLowerCase())) {
    zh.push(`文件 ${error.file}`);
    en.push(`file ${error.file}`);
  }
  if (error.row !== undefined && !said.includes(`row ${error.row}`)) {
    zh.push(`第 ${error.row} 行`);
    en.push(`row ${error.row}`);
  }
  if (error.column && !said.includes(error.column.toLowerCase())) {
    zh.push(`列“${error.column}”`);
    en.push(`column "${error.column}"`);
  }
  return zh.length === 0 ? { zh: '', en: '' } : { zh: `（${zh.join('，')}）`, en: ` (${en.join(', ')})` };
}

/** An error as the terminal shows it: `错误：…` then `Error: …`, with file, row and column when known. */
export function formatError(error: CliProblem | AppError, prefix = { zh: '错误', en: 'Error' }): string {
  const where = location(error);
  return `${prefix.zh}：${error.message.zh}${where.zh}\n${prefix.en}: ${error.message.en}${where.en}\n`;
}

/** A warning as the terminal shows it. */
export function formatWarning(error: CliProblem | AppError): string {
  return formatError(error, { zh: '警告', en: 'Warning' });
}
