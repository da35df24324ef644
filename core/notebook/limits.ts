/** Size limits that keep a hostile notebook file inert: past them, the part is refused with a problem. */
export const NOTEBOOK_LIMITS = {
  /** The whole file, in UTF-16 code units. */
  maxFileChars: 8_000_000,
  /** One cell's source. */
  maxCellChars: 1_000_000,
  maxCells: 2_000,
  /** The YAML front matter. */
  maxFrontMatterChars: 200_000,
  /** One YAML text (front matter, or a chart, Rule or custom-rule cell's settings). */
  maxYamlChars: 200_000,
  /** Nesting depth of YAML maps and lists (the top-level map is depth 1). */
  maxYamlDepth: 6,
  /** Maps, lists and scalars in the front matter together. */
  maxYamlNodes: 20_000,
} as const;
