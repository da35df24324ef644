/**
 * Starts the UI (loaded by main.ts once the kernel is booting): applies the theme, registers the
 * components, connects `<cl-app>` to the store and loads the demo data. When the demo is loaded and the first cell has run its
 * starter query, `<html data-ready="true">` tells browser tests the page is ready.
 */
import { logger } from '../workers/shared/logger';
import './components/app/app';
import { getKernel } from './kernel-client';
import { registerServiceWorker } from './offline/register-service-worker';
import { AppStore } from './state/app-store';
import { themeTokens } from './theme/theme';

function applyTheme(): void {
  const sheet = themeTokens.styleSheet;
  if (sheet) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

function mountApp(): HTMLElementTagNameMap['cl-app'] {
  const existing = document.querySelector('cl-app');
  if (existing) return existing;
  const app = document.createElement('cl-app');
  document.body.append(app);
  return app;
}

/** Mounts and starts the app. */
export function startApp(): void {
  applyTheme();
  const kernel = getKernel();
  const store = new AppStore(kernel);
  kernel.onCrash((message) => store.engineCrashed(message));
  const app = mountApp();
  app.store = store;
  const root = document.documentElement;
  app.addEventListener('cl-ready', () => {
    root.dataset.ready = 'true';
  });
  store.subscribe((state) => {
    // A page that cannot become ready says so, instead of leaving tests to time out silently.
    if (state.engine.state === 'failed' || state.demo === 'failed') root.dataset.ready = 'error';
  });
  store.start().catch((e: unknown) => logger.error('start failed', e));
  registerServiceWorker();
}
