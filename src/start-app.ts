/**
 * Starts the UI (loaded by main.ts once the kernel is booting): applies the theme, registers the
 * components, connects `<cl-app>` to the stores, opens the first notebook and loads the demo data. When
 * the demo is loaded and the first notebook has run (the starter or a shipped one; a restored notebook
 * waits for the user), `<html data-ready="true">` tells browser tests the page is ready.
 */
import { logger } from '../core/shared/logger';
import './components/app/app';
import { getKernel } from './kernel-client';
import { registerServiceWorker } from './offline/register-service-worker';
import { locale } from './i18n/locale';
import { bilingual } from './i18n/translate';
import { AppStore } from './state/app-store';
import { openInitialNotebook } from './state/notebook-session';
import { NotebookStore } from './state/notebook-store';
import { createTabSession } from './state/tab-session';
import { emptyNotebook } from '../core/notebook/notebook-edit';
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
  // Autosave reports to the notebook it saves, which is made right after it.
  const notebookRef: { current?: NotebookStore } = {};
  const tab = createTabSession((result) => {
    const notebook = notebookRef.current;
    if (result.status === 'failed') notebook?.setWarning(bilingual('nb.autosaveFailed'));
    else if (result.status === 'saved' && notebook?.state.warning?.en === bilingual('nb.autosaveFailed').en)
      notebook.setWarning(undefined);
  });
  const { autosave } = tab;
  const notebook = new NotebookStore(
    kernel,
    { datasets: () => store.state.datasets, onSchemaChange: () => void store.refresh(), autosave },
    emptyNotebook(),
  );
  notebookRef.current = notebook;
  tab.connect(notebook);
  const app = mountApp();
  app.store = store;
  app.notebookStore = notebook;
  // On a host without the security headers, say before any file is chosen that files will be refused.
  void kernel
    .hostSecurity()
    .then((security) => (app.hostRefusal = security.refusal))
    .catch((e: unknown) => logger.error('host security', e));
  app.tabSession = tab;
  void kernel
    .ruleLibrary()
    .then((library) => (app.ruleLibrary = library))
    .catch((e: unknown) => logger.error('rule library', e));
  const root = document.documentElement;
  store.subscribe((state) => {
    // A page that cannot become ready says so, instead of leaving tests to time out silently.
    if (state.engine.state === 'failed' || state.demo === 'failed') root.dataset.ready = 'error';
  });
  const opened = openInitialNotebook(notebook, {
    search: window.location.search,
    drafts: tab.drafts,
    lang: locale.lang,
  });
  Promise.all([opened, store.start()])
    .then(async ([initial]) => {
      if (store.state.demo !== 'loaded') return;
      if (initial !== 'restored') await notebook.run({ kind: 'all' });
      root.dataset.ready = 'true';
    })
    .catch((e: unknown) => logger.error('start failed', e));
  registerServiceWorker();
}
