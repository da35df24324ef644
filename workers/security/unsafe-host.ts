import { SECURITY_HEADERS } from '../../core/security/csp';
import type { AppError } from '../../core/shared/errors';
import { msg } from '../../core/shared/msg';

/** Where the headers a host must send are written down (in the repository, never a link off it). */
export const HOSTING_DOC = 'docs/hosting.md';

/**
 * The security headers (core/security/csp.ts) that `scriptUrl`'s response lacks, asked with a same-origin `HEAD`
 * of this worker's own script (a built asset). `Content-Security-Policy` is always listed: the caller
 * only asks once the probe found this worker without our policy, whether the host sends none or one that
 * allows eval. If the request fails (offline), only that header is named.
 */
export async function missingSecurityHeaders(
  scriptUrl: string,
  fetchHead: (url: string, init: RequestInit) => Promise<Response>,
): Promise<string[]> {
  const required = Object.keys(SECURITY_HEADERS);
  const csp = 'Content-Security-Policy';
  try {
    const response = await fetchHead(scriptUrl, { method: 'HEAD', cache: 'no-store' });
    return required.filter((name) => name === csp || !response.headers.has(name));
  } catch {
    return [csp];
  }
}

/**
 * The refusal of users' files on a host that does not send the app's headers: says which, why it
 * matters, and where the fix is written down. With `file`, it is that file's refusal; without, the
 * notice the data panel shows before any file is chosen. The demo data keeps working; it never leaves
 * the browser.
 */
export function unsafeHostError(missing: readonly string[], file?: string): AppError {
  const names = missing.join(', ');
  const what =
    file === undefined
      ? msg(
          '为保护数据，本页面不会读取您的数据文件和知识库文件',
          'To protect your data, this page will not read your data or knowledge files',
        )
      : msg('为保护数据，已拒绝读取此文件', 'This file was refused to protect your data');
  const then =
    file === undefined
      ? msg('后刷新页面。', ', then reload the page.')
      : msg('后刷新页面，再加载文件。', ', then reload the page and load the file again.');
  return {
    kind: 'load',
    code: 'host.missing-security-headers',
    message: msg(
      `${what.zh}：托管本应用的服务器没有发送所需的安全响应头（缺少或不符合要求：${names}）。` +
        `没有 Content-Security-Policy，后台线程可以把数据发往其他网站。演示数据仍可使用。` +
        `请让管理员按仓库中的 ${HOSTING_DOC} 配置服务器${then.zh}`,
      `${what.en}: the server hosting this app does not send the required security headers (missing or ` +
        `not as required: ${names}). Without a Content-Security-Policy the app's background workers could ` +
        `send data to other sites. The demo data still works. Ask your administrator to configure the ` +
        `server as ${HOSTING_DOC} in the repository describes${then.en}`,
    ),
    ...(file === undefined ? {} : { file }),
  };
}
