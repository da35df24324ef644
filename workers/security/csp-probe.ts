/**
 * Whether this worker runs under a Content-Security-Policy. A dedicated worker takes its CSP from its own
 * script's response, never from the page's `<meta>` tag, so a static host that ignores `_headers` starts
 * every worker with no policy at all: nothing then stops it from connecting anywhere (docs/hosting.md).
 *
 * The probe compiles an empty function from a string. Our policy (core/security/csp.ts) has no `'unsafe-eval'`,
 * so under it this throws an `EvalError` without running anything and without any network request; if it
 * succeeds, this worker has no script policy, hence none of ours. It answers offline and from the service
 * worker's cache alike, because it tests the policy in force rather than asking a server what it sends.
 * Chromium prints the refusal ("Refused to evaluate a string as JavaScript") once per worker: that line
 * is this probe, the expected outcome.
 */
export function hasContentSecurityPolicy(): boolean {
  try {
    // eslint-disable-next-line no-new-func -- the probe itself: it must be refused for the answer to be yes.
    new Function('');
    return false;
  } catch {
    return true;
  }
}
