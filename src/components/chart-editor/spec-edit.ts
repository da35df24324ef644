/** The chart editor's edits as pure functions: each returns a new spec, leaving unset keys absent. */
import {
  MAX_SORT_LIMIT,
  type ChartChannel,
  type ChartSort,
  type ChartSpec,
} from '../../../core/notebook/chart-spec';

type MutableSpec = { -readonly [K in keyof ChartSpec]: ChartSpec[K] };

/** Binds `channel` to `column`, or unbinds it when `column` is empty. */
export function withChannel(spec: ChartSpec, channel: ChartChannel, column: string): ChartSpec {
  const next: MutableSpec = { ...spec };
  if (column === '') delete next[channel];
  else next[channel] = column;
  return next;
}

/** Sets or clears the title (blank clears it). */
export function withTitle(spec: ChartSpec, title: string): ChartSpec {
  const next: MutableSpec = { ...spec };
  if (title.trim() === '') delete next.title;
  else next.title = title;
  return next;
}

/**
 * Turns sorting on for a scale (with the other position as the default key, largest first: the
 * usual "rank the hospitals" chart), changes it, or turns it off (`channel` empty).
 */
export function withSort(
  spec: ChartSpec,
  change: Partial<{ -readonly [K in keyof ChartSort]: ChartSort[K] | undefined }>,
): ChartSpec {
  const next: MutableSpec = { ...spec };
  if ('channel' in change && change.channel === undefined) {
    delete next.sort;
    return next;
  }
  const channel = change.channel ?? spec.sort?.channel ?? 'x';
  const sort: { -readonly [K in keyof ChartSort]: ChartSort[K] } = {
    channel,
    by: change.by ?? spec.sort?.by ?? (channel === 'x' ? 'y' : 'x'),
    order: change.order ?? spec.sort?.order ?? 'descending',
  };
  const limit = 'limit' in change ? change.limit : spec.sort?.limit;
  if (limit !== undefined && Number.isInteger(limit) && limit >= 1)
    sort.limit = Math.min(limit, MAX_SORT_LIMIT);
  next.sort = sort;
  return next;
}
