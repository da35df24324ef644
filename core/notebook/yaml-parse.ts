import { NOTEBOOK_LIMITS } from './limits';
import { newYamlMap, plainScalar, type YamlValue } from './yaml-value';

/** The outcome of reading YAML: a value, or the first error with its 1-based line (within the text). */
export type YamlParseResult =
  | { readonly ok: true; readonly value: YamlValue }
  | { readonly ok: false; readonly line: number; readonly error: string };

interface Line {
  readonly number: number;
  indent: number;
  content: string;
}

class YamlError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Reads the block-style YAML subset notebooks use: nested maps and lists, plain, single- and
 * double-quoted scalars, `[]` and `{}`, and `#` comments. Anchors, aliases, tags, flow collections and
 * block scalars are refused, as is nesting deeper than `NOTEBOOK_LIMITS.maxYamlDepth` or more than
 * `maxYamlNodes` values, so a hostile file cannot blow up. Never throws.
 */
export function parseYaml(text: string): YamlParseResult {
  try {
    const lines = splitLines(text);
    if (lines.length === 0) return { ok: true, value: null };
    const reader = new BlockReader(lines);
    const first = lines[0] as Line;
    const value = reader.block(first.indent, 1);
    const rest = lines[reader.index];
    if (rest) throw new YamlError(rest.number, 'unexpected indentation');
    return { ok: true, value };
  } catch (error) {
    if (error instanceof YamlError) return { ok: false, line: error.line, error: error.message };
    throw error;
  }
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  text.split('\n').forEach((raw, index) => {
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const indent = raw.length - raw.trimStart().length;
    if (raw.slice(0, indent).includes('\t')) throw new YamlError(index + 1, 'tab in indentation');
    lines.push({ number: index + 1, indent, content: trimmed });
  });
  return lines;
}

class BlockReader {
  index = 0;
  #nodes = 0;

  constructor(readonly lines: Line[]) {}

  block(indent: number, depth: number): YamlValue {
    const line = this.lines[this.index] as Line;
    if (depth > NOTEBOOK_LIMITS.maxYamlDepth) throw new YamlError(line.number, 'nested too deeply');
    return isListItem(line.content) ? this.list(indent, depth) : this.map(indent, depth);
  }

  map(indent: number, depth: number): YamlValue {
    const map = newYamlMap();
    for (let line = this.at(indent); line && !isListItem(line.content); line = this.at(indent)) {
      const { key, rest } = splitKey(line);
      if (Object.prototype.hasOwnProperty.call(map, key))
        throw new YamlError(line.number, `duplicate key ${key}`);
      this.index += 1;
      map[key] = rest === '' ? this.nested(indent, depth, true) : this.scalar(rest, line.number);
      this.count(line.number);
    }
    return map;
  }

  list(indent: number, depth: number): YamlValue {
    const items: YamlValue[] = [];
    for (let line = this.at(indent); line && isListItem(line.content); line = this.at(indent)) {
      const after = withoutComment(line.content.slice(1).trimStart());
      if (after === '') {
        this.index += 1;
        items.push(this.nested(indent, depth, false));
      } else if (isListItem(after) || hasKey(after)) {
        // `- key: value` opens a map (or `- - x` a list) whose column is where `after` starts.
        line.indent += line.content.length - after.length;
        line.content = after;
        if (depth + 1 > NOTEBOOK_LIMITS.maxYamlDepth) throw new YamlError(line.number, 'nested too deeply');
        items.push(this.block(line.indent, depth + 1));
      } else {
        this.index += 1;
        items.push(this.scalar(after, line.number));
      }
      this.count(line.number);
    }
    return items;
  }

  /** The value under a `key:` or `-` with nothing after it: a deeper block, a same-column list, or null. */
  nested(indent: number, depth: number, isMapValue: boolean): YamlValue {
    const next = this.lines[this.index];
    if (next && next.indent > indent) return this.block(next.indent, depth + 1);
    if (isMapValue && next && next.indent === indent && isListItem(next.content)) {
      return this.list(indent, depth + 1);
    }
    return null;
  }

  scalar(text: string, lineNumber: number): YamlValue {
    return readScalar(text, lineNumber);
  }

  at(indent: number): Line | undefined {
    const line = this.lines[this.index];
    if (!line || line.indent < indent) return undefined;
    if (line.indent > indent) throw new YamlError(line.number, 'unexpected indentation');
    return line;
  }

  count(lineNumber: number): void {
    this.#nodes += 1;
    if (this.#nodes > NOTEBOOK_LIMITS.maxYamlNodes) throw new YamlError(lineNumber, 'too many values');
  }
}

function isListItem(content: string): boolean {
  return content === '-' || content.startsWith('- ');
}

function hasKey(content: string): boolean {
  if (content.startsWith('"') || content.startsWith("'")) {
    const end = quotedEnd(content);
    return end > 0 && content.slice(end).trimStart().startsWith(':');
  }
  return /^[^\s#][^:#]*?:(\s|$)/.test(content) && !'[{&*!|>%@`'.includes(content[0] as string);
}

function splitKey(line: Line): { key: string; rest: string } {
  const { content } = line;
  if (content.startsWith('"') || content.startsWith("'")) {
    const end = quotedEnd(content);
    const after = end > 0 ? content.slice(end).trimStart() : '';
    if (!after.startsWith(':')) throw new YamlError(line.number, 'expected key: value');
    return {
      key: readQuoted(content.slice(0, end), line.number),
      rest: withoutComment(after.slice(1).trim()),
    };
  }
  const match = /^([^\s#][^:#]*?):(?:\s+(.*))?$/.exec(content);
  if (!match || '[{&*!|>%@`?'.includes(content[0] as string)) {
    throw new YamlError(line.number, 'expected key: value');
  }
  return { key: (match[1] as string).trimEnd(), rest: withoutComment((match[2] ?? '').trim()) };
}

/** A value that is only a comment is no value: `key:  # note` opens a block. */
function withoutComment(rest: string): string {
  return rest.startsWith('#') ? '' : rest;
}

function readScalar(text: string, lineNumber: number): YamlValue {
  if (text.startsWith('"') || text.startsWith("'")) {
    const end = quotedEnd(text);
    const after = end > 0 ? text.slice(end) : '';
    if (end < 0 || (after.trim() !== '' && !/^\s+#/.test(after))) {
      throw new YamlError(lineNumber, 'bad quoted string');
    }
    return readQuoted(text.slice(0, end), lineNumber);
  }
  if (text === '[]') return [];
  if (text === '{}') return newYamlMap();
  if ('[{&*!|>%@`'.includes(text[0] as string)) {
    throw new YamlError(lineNumber, `unsupported YAML syntax: ${text[0]}`);
  }
  const comment = text.search(/\s#/);
  return plainScalar((comment >= 0 ? text.slice(0, comment) : text).trim());
}

/** Index just past the closing quote of the quoted scalar `text` starts with, or -1. */
function quotedEnd(text: string): number {
  const quote = text[0];
  for (let i = 1; i < text.length; i += 1) {
    const char = text[i];
    if (quote === '"' && char === '\\') i += 1;
    else if (char === quote) {
      if (quote === "'" && text[i + 1] === "'") i += 1;
      else return i + 1;
    }
  }
  return -1;
}

const ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  n: '\n',
  t: '\t',
  r: '\r',
  b: '\b',
  f: '\f',
  '0': '\0',
};

function readQuoted(quoted: string, lineNumber: number): string {
  const body = quoted.slice(1, -1);
  if (quoted[0] === "'") return body.replaceAll("''", "'");
  return body.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_all, code: string) => {
    if (code.length === 5) return String.fromCharCode(parseInt(code.slice(1), 16));
    const escaped = ESCAPES[code];
    if (escaped === undefined) throw new YamlError(lineNumber, `bad escape \\${code}`);
    return escaped;
  });
}
