/**
 * A chart cell's source text ↔ `ChartSpec`. The text is the notebook YAML subset, one key a line:
 *
 * ```yaml
 * mark: bar
 * x: hospital
 * y: total_fee
 * sort:
 *   channel: x
 *   by: y
 *   order: descending
 * title: 各医院费用合计
 * ```
 *
 * Reading never throws: every unusable key is skipped with a bilingual problem naming it and its line.
 */
import { logger } from '../shared/logger';
import { msg, type Msg } from '../shared/msg';
import {
  CHART_CHANNELS,
  CHART_MARKS,
  DEFAULT_CHART_SPEC,
  MAX_SORT_LIMIT,
  SORT_BY,
  SORT_ORDERS,
  SORT_SCALES,
  isChartMark,
  type ChartChannel,
  type ChartSort,
  type ChartSpec,
} from './chart-spec';
import { parseYaml } from './yaml-parse';
import { isYamlMap, newYamlMap, type YamlMap, type YamlValue } from './yaml-value';
import { writeYaml } from './yaml-write';

/** A spec read from text, with what was wrong in it. */
export interface ChartSpecParse {
  readonly spec: ChartSpec;
  readonly problems: readonly Msg[];
  /** Set when the text cannot be read at all: `spec` is the default and is not to be drawn. */
  readonly isUnreadable?: true;
}

const KNOWN_KEYS: readonly string[] = ['mark', ...CHART_CHANNELS, 'sort', 'tooltip', 'title'];
const SORT_KEYS: readonly string[] = ['channel', 'by', 'order', 'limit'];
/** Longest column name and title accepted; longer values are ignored. */
const MAX_NAME_CHARS = 255;
const MAX_TITLE_CHARS = 500;

/** Reads a chart cell's source. An empty source is the default spec; never throws. */
export function parseChartSpec(source: string): ChartSpecParse {
  try {
    return readChartSpec(source);
  } catch (error) {
    // A bug in the reader must not take the notebook down with it.
    logger.error('parseChartSpec failed', error);
    return {
      spec: DEFAULT_CHART_SPEC,
      problems: [
        msg('图表设置无法读取，已使用默认设置。', 'The chart settings cannot be read; using the defaults.'),
      ],
      isUnreadable: true,
    };
  }
}

function readChartSpec(source: string): ChartSpecParse {
  const parsed = parseYaml(source);
  if (!parsed.ok) {
    return {
      spec: DEFAULT_CHART_SPEC,
      problems: [
        msg(
          `第 ${parsed.line} 行第 ${parsed.column} 列：图表设置无法读取（${parsed.reason.zh}），已使用默认设置。`,
          `Line ${parsed.line}, column ${parsed.column}: the chart settings cannot be read (${parsed.reason.en}); using the defaults.`,
        ),
      ],
      isUnreadable: true,
    };
  }
  if (parsed.value === null) return { spec: DEFAULT_CHART_SPEC, problems: [] };
  if (!isYamlMap(parsed.value)) {
    return {
      spec: DEFAULT_CHART_SPEC,
      problems: [
        msg(
          '图表设置应为“键: 值”的映射，已使用默认设置。',
          'The chart settings must be a map of "key: value" lines; using the defaults.',
        ),
      ],
      isUnreadable: true,
    };
  }
  return new SpecReader(parsed.value, keyLines(source)).read();
}

/** Writes a spec in the one canonical form `parseChartSpec` reads back to the same spec. */
export function serializeChartSpec(spec: ChartSpec): string {
  const map = newYamlMap();
  map.mark = spec.mark;
  for (const channel of CHART_CHANNELS) {
    const column = spec[channel];
    if (column !== undefined) map[channel] = column;
  }
  if (spec.sort) {
    const sort = newYamlMap();
    sort.channel = spec.sort.channel;
    sort.by = spec.sort.by;
    sort.order = spec.sort.order;
    if (spec.sort.limit !== undefined) sort.limit = spec.sort.limit;
    map.sort = sort;
  }
  if (!spec.tooltip) map.tooltip = false;
  if (spec.title !== undefined) map.title = spec.title;
  return writeYaml(map);
}

class SpecReader {
  readonly problems: Msg[] = [];

  constructor(
    readonly root: YamlMap,
    readonly lines: ReadonlyMap<string, number>,
  ) {}

  read(): ChartSpecParse {
    for (const key of Object.keys(this.root)) {
      if (!KNOWN_KEYS.includes(key)) {
        this.problem(
          key,
          `未知字段“${key}”已忽略（可用字段：${KNOWN_KEYS.join('、')}）。`,
          `Unknown key "${key}" ignored (known keys: ${KNOWN_KEYS.join(', ')}).`,
        );
      }
    }
    // Keys are read in their canonical order, so problems come in the order of a canonical file.
    const mark = this.mark();
    const columns = CHART_CHANNELS.map((channel) => [channel, this.column(channel)] as const);
    const sort = this.sort();
    const spec: { -readonly [K in keyof ChartSpec]: ChartSpec[K] } = { mark, tooltip: this.tooltip() };
    for (const [channel, column] of columns) if (column !== undefined) spec[channel] = column;
    if (sort) spec.sort = sort;
    const title = this.title();
    if (title !== undefined) spec.title = title;
    return { spec, problems: this.problems };
  }

  mark(): ChartSpec['mark'] {
    const value = this.root.mark;
    if (isChartMark(value)) return value;
    const fallback = DEFAULT_CHART_SPEC.mark;
    if (value === undefined || value === null) {
      this.problems.push(
        msg(`缺少字段“mark”，已使用 ${fallback}。`, `The key "mark" is missing; using ${fallback}.`),
      );
    } else {
      this.problem(
        'mark',
        `“mark”的值 ${show(value)} 无效（可选：${CHART_MARKS.join('、')}），已使用 ${fallback}。`,
        `"mark" ${show(value)} is not a mark (one of: ${CHART_MARKS.join(', ')}); using ${fallback}.`,
      );
    }
    return fallback;
  }

  column(channel: ChartChannel): string | undefined {
    const value = this.root[channel];
    if (value === undefined || value === null) return undefined;
    const name = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
    if (typeof name === 'string' && isSafeText(name, MAX_NAME_CHARS)) return name;
    this.problem(
      channel,
      `“${channel}”应为一个列名，${show(value)} 已忽略。`,
      `"${channel}" must be a column name; ${show(value)} ignored.`,
    );
    return undefined;
  }

  tooltip(): boolean {
    const value = this.root.tooltip;
    if (value === undefined || value === null) return DEFAULT_CHART_SPEC.tooltip;
    if (typeof value === 'boolean') return value;
    this.problem(
      'tooltip',
      `“tooltip”应为 true 或 false，${show(value)} 已忽略。`,
      `"tooltip" must be true or false; ${show(value)} ignored.`,
    );
    return DEFAULT_CHART_SPEC.tooltip;
  }

  title(): string | undefined {
    const value = this.root.title;
    if (value === undefined || value === null) return undefined;
    const title = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
    if (typeof title === 'string' && isSafeText(title, MAX_TITLE_CHARS, true)) return title;
    this.problem(
      'title',
      `“title”应为不超过 ${MAX_TITLE_CHARS} 字的文本，已忽略。`,
      `"title" must be text of at most ${MAX_TITLE_CHARS} characters; ignored.`,
    );
    return undefined;
  }

  sort(): ChartSort | undefined {
    const value = this.root.sort;
    if (value === undefined || value === null) return undefined;
    if (!isYamlMap(value)) {
      this.problem(
        'sort',
        '“sort”应为包含 channel、by、order 的映射，已忽略。',
        '"sort" must be a map with channel, by and order; ignored.',
      );
      return undefined;
    }
    let isValid = true;
    const pick = <T extends string>(key: string, options: readonly T[], fallback?: T): T | undefined => {
      const field = value[key];
      if ((field === undefined || field === null) && fallback !== undefined) return fallback;
      if (typeof field === 'string' && (options as readonly string[]).includes(field)) return field as T;
      isValid = false;
      this.problem(
        `sort.${key}`,
        `“sort.${key}”应为 ${options.join('、')} 之一，${show(field ?? null)} 无效；排序已忽略。`,
        `"sort.${key}" must be one of ${options.join(', ')}, not ${show(field ?? null)}; sort ignored.`,
      );
      return undefined;
    };
    for (const key of Object.keys(value)) {
      if (!SORT_KEYS.includes(key)) {
        this.problem(
          `sort.${key}`,
          `“sort”下的未知字段“${key}”已忽略（可用：${SORT_KEYS.join('、')}）。`,
          `Unknown key "${key}" under "sort" ignored (known: ${SORT_KEYS.join(', ')}).`,
        );
      }
    }
    const channel = pick('channel', SORT_SCALES, 'x');
    const by = pick('by', SORT_BY);
    const order = pick('order', SORT_ORDERS, 'ascending');
    const limit = this.sortLimit(value.limit);
    if (!isValid || !channel || !by || !order || limit === null) return undefined;
    return limit === undefined ? { channel, by, order } : { channel, by, order, limit };
  }

  /** The top-N limit: undefined when absent, null when invalid (the problem is recorded). */
  sortLimit(value: YamlValue | undefined): number | undefined | null {
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_SORT_LIMIT)
      return value;
    this.problem(
      'sort.limit',
      `“sort.limit”应为 1 到 ${MAX_SORT_LIMIT} 的整数，${show(value)} 无效；排序已忽略。`,
      `"sort.limit" must be a whole number from 1 to ${MAX_SORT_LIMIT}, not ${show(value)}; sort ignored.`,
    );
    return null;
  }

  /** Records a problem about `key` (`sort.by` for a nested one), prefixed with its line. */
  problem(key: string, zh: string, en: string): void {
    const line = this.lines.get(key) ?? this.lines.get(key.split('.')[0] as string);
    this.problems.push(line === undefined ? msg(zh, en) : msg(`第 ${line} 行：${zh}`, `Line ${line}: ${en}`));
  }
}

/** Non-blank, not too long, and free of control characters (a title may hold line breaks). */
function isSafeText(text: string, maxChars: number, allowsNewline = false): boolean {
  const isControl = (char: string) => (char < ' ' || char === '\x7f') && !(allowsNewline && char === '\n');
  return text.trim() !== '' && text.length <= maxChars && ![...text].some(isControl);
}

/** A value as it appears in a message: short, and quoted when text. */
function show(value: YamlValue): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return '[…]';
  if (isYamlMap(value)) return '{…}';
  return String(value);
}

const KEY_PATTERN = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"-][^:#]*?)\s*:(?:\s|$)/;

/**
 * The 1-based line of each top-level key and of each key one level under it (`sort.by`), found by a
 * light scan of the text (the YAML reader keeps no positions). First occurrence wins.
 */
function keyLines(source: string): Map<string, number> {
  const lines = new Map<string, number>();
  let parent: string | undefined;
  source.split('\n').forEach((raw, index) => {
    const content = raw.trimStart();
    if (content === '' || content.startsWith('#')) return;
    const key = readKey(content);
    const isTop = content.length === raw.length;
    if (isTop) parent = key;
    const path = isTop ? key : parent !== undefined && key !== undefined ? `${parent}.${key}` : undefined;
    if (path !== undefined && !lines.has(path)) lines.set(path, index + 1);
  });
  return lines;
}

function readKey(content: string): string | undefined {
  const match = KEY_PATTERN.exec(content);
  if (!match) return undefined;
  const key = match[1] as string;
  if (key.startsWith("'")) return key.slice(1, -1).replaceAll("''", "'");
  if (key.startsWith('"')) {
    try {
      return JSON.parse(key) as string;
    } catch {
      return undefined;
    }
  }
  return key.trimEnd();
}
