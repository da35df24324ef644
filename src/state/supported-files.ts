import type { AppError } from '../../workers/api';
import { msg } from '../../core/shared/msg';

/**
 * File extensions the app opens (the file picker's `accept`): data the loaders read, and JSON, which is
 * always knowledge (the kernel's `openFile` recognises knowledge files of the other types too).
 */
export const SUPPORTED_EXTENSIONS = ['.csv', '.tsv', '.txt', '.parquet', '.xlsx', '.json'] as const;

/** The `accept` attribute of the file picker. */
export const FILE_ACCEPT = SUPPORTED_EXTENSIONS.join(',');

/** The lower-case extension of a file name, with its dot (`''` when none). */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot <= 0 ? '' : fileName.slice(dot).toLowerCase();
}

/** The error for a file the app cannot read, or undefined when it can. */
export function unsupportedFileError(fileName: string): AppError | undefined {
  const ext = extensionOf(fileName);
  if ((SUPPORTED_EXTENSIONS as readonly string[]).includes(ext)) return undefined;
  const hint =
    ext === '.xls'
      ? msg(
          '请在 Excel 中另存为 .xlsx 或 .csv 后再加载。',
          'Save it as .xlsx or .csv in Excel, then load it.',
        )
      : msg(
          '支持 CSV、TSV、TXT、Parquet 和 Excel（.xlsx）文件，以及 JSON 格式的知识库文件。',
          'Supported: CSV, TSV, TXT, Parquet and Excel (.xlsx) files, and knowledge files in JSON.',
        );
  return {
    kind: 'load',
    code: 'load.unsupported-type',
    file: fileName,
    message: msg(
      `无法读取“${fileName}”：不支持的文件类型${ext ? `（${ext}）` : ''}。${hint.zh}`,
      `Cannot read "${fileName}": unsupported file type${ext ? ` (${ext})` : ''}. ${hint.en}`,
    ),
  };
}
