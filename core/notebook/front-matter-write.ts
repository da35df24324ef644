import type { ParameterCell } from './cell-types';
import type { NotebookMeta } from './notebook-types';
import { mappingEntryYaml } from './mapping-entry';
import { writeYaml } from './yaml-write';
import type { YamlMap, YamlValue } from './yaml-value';

/**
 * Writes the front matter (without the `---` lines) in canonical key order: title, author, description,
 * language, datasets, mappings, parameters; absent or empty fields are left out.
 */
export function writeFrontMatter(meta: NotebookMeta, parameters: readonly ParameterCell[]): string {
  const root: Record<string, YamlValue> = { title: meta.title };
  if (meta.author !== undefined) root.author = meta.author;
  if (meta.description !== undefined) root.description = meta.description;
  if (meta.language !== undefined) root.language = meta.language;
  if (meta.datasets.length > 0) {
    root.datasets = meta.datasets.map((d) => ({
      table: d.table,
      file: d.file,
      ...(d.sha256 !== undefined && { sha256: d.sha256 }),
    }));
  }
  if (meta.mappings.length > 0) {
    root.mappings = meta.mappings.map(mappingEntryYaml);
  }
  if (parameters.length > 0) {
    root.parameters = Object.fromEntries(parameters.map((cell) => [cell.name, specYaml(cell)]));
  }
  return writeYaml(root);
}

function specYaml({ spec }: ParameterCell): YamlMap {
  switch (spec.kind) {
    case 'date-range':
      return { kind: spec.kind, value: { start: spec.value.start, end: spec.value.end } };
    case 'choice':
      return { kind: spec.kind, value: spec.value, choices: [...spec.choices] };
    case 'number':
    case 'text':
      return { kind: spec.kind, value: spec.value };
  }
}
