/**
 * The SQL part of a custom-rule cell (after the first `---` line), for the dependency graph: its `$name`
 * rule parameters are not `${name}` notebook parameters. Empty when there is no `---` yet.
 */
export function customRuleSql(source: string): string {
  const lines = source.split('\n');
  const split = lines.findIndex((l) => l.trim() === '---');
  return split < 0 ? '' : lines.slice(split + 1).join('\n');
}
