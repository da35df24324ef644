import { defineConfig } from '@playwright/test';

/** Debian's Chromium (Playwright cannot download its own browser here). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Flags that keep Chromium from calling home (the test also fails on any off-origin request). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The preview server's port (`CLAIMLENS_TEST_PORT` lets two checkouts test side by side). */
const PORT = Number(process.env.CLAIMLENS_TEST_PORT ?? 4173);

export default defineConfig({
  testDir: 'test/browser',
  testMatch: '**/*.spec.ts',
  // One worker: DuckDB-WASM is heavy and the machine has two cores.
  workers: 1,
  fullyParallel: false,
  // Bounds, not speed checks: a loaded CI machine is slow (test/browser/fixtures.ts APP_READY_TIMEOUT_MS).
  timeout: 360_000,
  expect: { timeout: 30_000 },
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'off',
    // Only the offline test needs the service worker; the others skip its 34 MB precache.
    serviceWorkers: 'block',
  },
  webServer: {
    // Serves the built dist/ (npm run test:browser builds first), as a user's static host would.
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
