import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { notebookCustomRules } from '../../../core/notebook/custom-rule-text';
import { parseNotebook } from '../../../core/notebook/parse-notebook';
import type { CustomRuleSpec } from '../../../core/rules/rule-run-types';

/** The attack corpus of the SQL export (see its README.md). */
export const EXPORT_ATTACKS = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../attacks/export-sql',
);

/** Where the corpus's notebooks try to write: replaced by `out` when a case is loaded. */
const OUT_PLACEHOLDER = 'ATTACK_OUT';

/**
 * The custom rules of an attack notebook, its `ATTACK_OUT` paths pointing into `out`. Fails when the
 * notebook or one of its custom rules does not parse: an attack must reach the export to test it.
 */
export async function attackRules(file: string, out: string): Promise<CustomRuleSpec[]> {
  const text = (await readFile(path.join(EXPORT_ATTACKS, file), 'utf8')).replaceAll(OUT_PLACEHOLDER, out);
  const { notebook, problems } = parseNotebook(text);
  if (problems.length > 0) throw new Error(`${file}: ${problems.map((p) => p.message.en).join('; ')}`);
  const rules = notebookCustomRules(notebook.cells);
  if (rules.problems.length > 0)
    throw new Error(`${file}: ${rules.problems.map((p) => `line ${p.line}: ${p.message.en}`).join('; ')}`);
  return [...rules.specs];
}

/** The `_cl_rule_meta` row an exported script must write for `spec`: every text exactly as in the notebook. */
export function expectedMetaRow(spec: CustomRuleSpec): Record<string, string> {
  return {
    rule_id: spec.id,
    rule_name: spec.name.zh,
    rule_name_en: spec.name.en,
    sev_deg: spec.severity,
    vola_bhvr_type: spec.behaviour.zh,
    vola_evid: spec.basis.zh,
    vola_evid_en: spec.basis.en,
  };
}
