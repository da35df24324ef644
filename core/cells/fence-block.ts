import type { CellId } from '../notebook/cell-types';
import { formatFenceAttributes } from '../notebook/fence-attributes';

/**
 * A fenced block: backticks, the info string, the source, the closing fence. The fence is one backtick
 * longer than the longest backtick run starting a line of the source (at least three), so the source
 * never closes it early.
 */
export function fenced(info: string, source: string): string {
  const runs = source.match(/^ {0,3}(`{3,})/gm) ?? [];
  const fence = '`'.repeat(Math.max(3, ...runs.map((run) => run.trim().length + 1)));
  const body = source === '' ? '' : `${source}\n`;
  return `${fence}${info}\n${body}${fence}`;
}

/** An info string: the fence word, then `{id=… key=value …}`, attributes with empty values left out. */
export function fenceInfo(
  fence: string,
  id: CellId,
  attributes: readonly (readonly [string, string])[] = [],
): string {
  const written = attributes.filter(([, value]) => value !== '');
  return `${fence} ${formatFenceAttributes([['id', id], ...written])}`;
}
