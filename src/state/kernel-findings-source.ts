import { fail } from '../../workers/shared/errors';
import type { FindingsSource } from '../components/rule-cell/findings-source';
import type { NotebookStore } from './notebook-store';
import { ruleRunRequest } from './rule-run-request';

/**
 * Rule cells' findings and SQL export over the kernel. The export takes the open notebook's custom
 * rules, as a run would.
 */
export function kernelFindingsSource(store: NotebookStore): FindingsSource {
  return {
    page: (query) => store.kernel.findingsPage(query),
    drill: (table, findingId) => store.kernel.findingDrill(table, findingId),
    async exportSql(settings) {
      const notebook = store.state.notebook;
      const request = ruleRunRequest(notebook, {
        type: 'rule',
        id: '' as never,
        source: '',
        name: 'findings',
      });
      if (!request.ok) return fail(request.error);
      return store.kernel.exportRulePack({ ...request.value, ...settings });
    },
  };
}
