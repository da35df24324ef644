import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { KernelApi, KnowledgeImportReport, KnowledgeSummary } from '../../workers/api';
import { logger } from '../../core/shared/logger';
import { KNOWLEDGE_TABLES } from '../../core/knowledge/kb-types';
import type { AppStore } from './app-store';

/**
 * What the shell does when the knowledge changed (an import or a removal in the panel), as for any data
 * change: re-read the catalog (its knowledge fingerprints are what the next runs log) and let the cells
 * that read `kb_*` tables go stale (with auto-run they run again).
 */
export function knowledgeChangedIn(store: () => AppStore | undefined): () => Promise<void> {
  return async () => {
    await store()?.refresh();
    store()?.dataChanged(KNOWLEDGE_TABLES);
  };
}

/**
 * The knowledge base as the shell shows it: the summary (tables, kinds, layers) and the reports of this
 * session's imports, newest first. Imports and removals go to the kernel; the host re-renders after each,
 * and `changed` tells the shell the knowledge changed (a data change: it re-reads the catalog, whose
 * knowledge fingerprints the run log records, and the cells reading `kb_*` tables go stale).
 */
export class KnowledgeController implements ReactiveController {
  summary: KnowledgeSummary | undefined;
  reports: KnowledgeImportReport[] = [];
  busy = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly kernel: () => KernelApi | undefined,
    private readonly changed: () => Promise<void> = async () => {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Reads the summary again (after the engine starts, the demo loads, an import or a removal). */
  async refresh(): Promise<void> {
    const kernel = this.kernel();
    if (!kernel) return;
    try {
      this.summary = await kernel.knowledgeSummary();
    } catch (e) {
      logger.error('knowledge summary', e);
    }
    this.host.requestUpdate();
  }

  /** Imports a knowledge file; its report (accepted rows, errors row by row) is shown first. */
  async import(file: File): Promise<void> {
    const kernel = this.kernel();
    if (!kernel) return;
    this.busy = true;
    this.host.requestUpdate();
    try {
      const result = await kernel.importKnowledge(file);
      const report: KnowledgeImportReport = result.ok
        ? result.value
        : {
            file: file.name,
            rowsRead: 0,
            accepted: 0,
            rejected: 0,
            errors: [result.error],
            errorsOmitted: 0,
            filledSources: 0,
          };
      this.reports = [report, ...this.reports];
      if (report.accepted > 0) await this.changed();
    } finally {
      this.busy = false;
      await this.refresh();
    }
  }

  /** Shows the report of a knowledge file imported elsewhere (opened like a data file), first. */
  async show(report: KnowledgeImportReport): Promise<void> {
    this.reports = [report, ...this.reports];
    await this.refresh();
  }

  /** Removes a layer (an import, the demo's rows, or the shipped sample). */
  async remove(layer: string): Promise<void> {
    const kernel = this.kernel();
    if (!kernel) return;
    if (await kernel.removeKnowledgeLayer(layer)) await this.changed();
    await this.refresh();
  }

  /** Hides one report. */
  dismiss(index: number): void {
    this.reports = this.reports.filter((_, i) => i !== index);
    this.host.requestUpdate();
  }
}
