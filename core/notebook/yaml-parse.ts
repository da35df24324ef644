import {
  isScalar,
  parseDocument,
  visit,
  type Document,
  type DocumentOptions,
  type ParseOptions,
  type SchemaOptions,
  type YAMLError,
} from 'yaml';
import type { Msg } from '../shared/msg';
import { NOTEBOOK_LIMITS } from './limits';
import { quoteSubsetValues } from './yaml-compat';
import { libraryReason, YAML_REASONS } from './yaml-reasons';
import { YamlRefusal, yamlValueOf } from './yaml-subset';
import type { YamlValue } from './yaml-value';

/**
 * The outcome of reading YAML: a value, or the first problem with its 1-based line and column (within
 * the text) and the reason in both languages.
 */
export type YamlParseResult =
  | { readonly ok: true; readonly value: YamlValue }
  | { readonly ok: false; readonly line: number; readonly column: number; readonly reason: Msg };

/**
 * How the `yaml` package reads notebook YAML. The failsafe schema reads every scalar as text, so the
 * package never types a value: `yamlValueOf` types plain scalars by the notebook's own rule
 * (`plainScalar`), which keeps codes such as `0101` text where the YAML 1.2 core schema would read the
 * number 101 (and `+1`, `0o17`, `0x1F`, `.inf`, `Null`, `TRUE` as non-text). No custom tags, no `<<`
 * merge keys, keys must be unique text; errors come back as data with offsets (no pretty context).
 */
const PARSE_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.2',
  schema: 'failsafe',
  customTags: [],
  merge: false,
  uniqueKeys: true,
  stringKeys: true,
  strict: true,
  prettyErrors: false,
  // 'silent' would also hide the error for a second document; parseDocument itself never logs.
  logLevel: 'error',
};

/**
 * More unclosed `[` / `{` than any notebook needs (the subset allows only an empty `[]` or `{}`): past
 * this the text is refused before the package sees it, whose composer recurses once per bracket.
 */
const MAX_OPEN_BRACKETS = 64;

/**
 * Reads the block-style YAML subset notebooks use — nested maps and lists, plain, single- and
 * double-quoted one-line scalars, `[]` and `{}`, `#` comments — with the `yaml` package, keeping the
 * subset's reading of `key: text: more` (`quoteSubsetValues`). Refused, each
 * with its line and column: anything the package reports, anchors and aliases, tags, non-empty flow
 * collections, block scalars, values continued on a next line, document markers and directives,
 * duplicate keys, text longer than `NOTEBOOK_LIMITS.maxYamlChars`, nesting deeper than `maxYamlDepth`
 * and more than `maxYamlNodes` values, so a hostile file cannot blow up. Never throws.
 */
export function parseYaml(text: string): YamlParseResult {
  if (text.length > NOTEBOOK_LIMITS.maxYamlChars) return refused(text, 0, YAML_REASONS.tooLong);
  const deep = deepBracket(text);
  if (deep >= 0) return refused(text, deep, YAML_REASONS.nestedTooDeeply);
  let source = text;
  let doc = parseDocument(source, PARSE_OPTIONS);
  const quoted = quoteSubsetValues(source, doc.errors);
  if (quoted !== source) {
    source = quoted;
    doc = parseDocument(source, PARSE_OPTIONS);
  }
  const error = firstError([...doc.errors, ...doc.warnings]);
  if (error) return refused(source, reportedOffset(error, source, doc), reasonFor(error, doc));
  if (doc.directives.docStart || doc.directives.docEnd) {
    return refused(source, doc.range[0], YAML_REASONS.documents);
  }
  try {
    return { ok: true, value: yamlValueOf(doc.contents, source) };
  } catch (error) {
    if (error instanceof YamlRefusal) return refused(source, error.offset, error.reason);
    throw error;
  }
}

function refused(text: string, offset: number, reason: Msg): YamlParseResult {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { ok: false, line: before.split('\n').length, column: before.length - lineStart + 1, reason };
}

/** The offset of the bracket that opens one level too many, or -1 (brackets in text count too). */
function deepBracket(text: string): number {
  let open = 0;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '[' || char === '{') {
      open += 1;
      if (open > MAX_OPEN_BRACKETS) return i;
    } else if ((char === ']' || char === '}') && open > 0) open -= 1;
  }
  return -1;
}

/**
 * The error that comes first in the text. An over-indented line (`a: 1⏎  b: 2`) is reported by the
 * package twice at the start of the value it seems to continue; the user's mistake is on the next line.
 */
function firstError(errors: readonly YAMLError[]): YAMLError | undefined {
  const sorted = [...errors].sort((a, b) => a.pos[0] - b.pos[0]);
  const first = sorted[0];
  if (!first) return undefined;
  return sorted.find((e) => e.code === 'MULTILINE_IMPLICIT_KEY' && e.pos[0] === first.pos[0]) ?? first;
}

/**
 * Where to point: the error's start; for an over-indented line, the first character of that line; for a
 * quote never closed (reported where the text ends), the quote that opens it.
 */
function reportedOffset(error: YAMLError, text: string, doc: Document.Parsed): number {
  if (error.code === 'MULTILINE_IMPLICIT_KEY') {
    const lineStart = text.lastIndexOf('\n', error.pos[1] - 1) + 1;
    return lineStart + (text.slice(lineStart).length - text.slice(lineStart).trimStart().length);
  }
  let offset = error.pos[0];
  if (error.code === 'MISSING_CHAR') {
    visit(doc, {
      Scalar(_, node) {
        const [start, end] = node.range ?? [offset, offset];
        const isQuoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
        if (isQuoted && start < offset && end >= error.pos[0]) offset = start;
      },
    });
  }
  return offset;
}

function reasonFor(error: YAMLError, doc: Document.Parsed): Msg {
  if (error.code !== 'DUPLICATE_KEY') return libraryReason(error.code, error.message);
  // The package marks only the duplicate key's first character; name the key from the parsed pair.
  let key = '';
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.range?.[0] === error.pos[0]) key = String(pair.key.value);
    },
  });
  return libraryReason('DUPLICATE_KEY', key);
}
