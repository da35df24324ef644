import type { FindingsSource } from '../components/rule-cell/findings-source';
import type { NotebookStore } from './notebook-store';
import { notebookCustomRulesResult } from '../../core/cells/rule/rule-run-request';

/**
 * Rule cells' findings and SQL export over the kernel. The export takes the open notebook's custom
 * rules, as a run would.
 */
export function kernelFindingsSource(store: NotebookStore): FindingsSource {
  return {
    page: (query) => store.kernel.findingsPage(query),
    drill: (table, findingId) => store.kernel.findingDrill(table, findingId),
    async exportSql(settings) {
      const customRules = notebookCustomRulesResult(store.state.notebook);
      if (!customRules.ok) return customRules;
      return store.kernel.exportRulePack({ name: 'findings', ...settings, customRules: customRules.value });
    },
  };
}
