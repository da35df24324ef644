import type { AppError } from '../../core/shared/errors';
import { msg } from '../../core/shared/msg';

/** Comments and string literals, which may mention INSTALL or LOAD harmlessly. */
const COMMENTS_AND_STRINGS = /--[^\n]*|\/\*[\s\S]*?\*\/|'(?:[^']|'')*'|"(?:[^"]|"")*"/g;
/** A statement that installs or loads a DuckDB extension. */
const EXTENSION_STATEMENT = /(?:^|;)\s*(?:FORCE\s+)?(?:INSTALL|LOAD)\b/i;

/**
 * Refuses INSTALL/LOAD before they reach DuckDB. LOAD is refused by the locked configuration anyway, but
 * INSTALL is accepted silently by DuckDB-WASM (it would only fetch on LOAD), which would leave the user
 * believing an extension is available. Extensions are never downloaded: ClaimLens works offline.
 */
export function extensionStatementError(sql: string): AppError | undefined {
  if (!EXTENSION_STATEMENT.test(sql.replace(COMMENTS_AND_STRINGS, ' '))) return undefined;
  return {
    kind: 'sql',
    code: 'sql.extension',
    message: msg(
      'ClaimLens 不下载也不加载 DuckDB 扩展（数据不出本机、离线可用）。内置功能之外的读取（如 Parquet、Excel）请用“加载文件”。',
      'ClaimLens never downloads or loads DuckDB extensions (data stays on this device; it works offline). To read Parquet or Excel, use "Load files".',
    ),
  };
}
