/**
 * The tick values a continuous axis shows: d3's rule (steps of 1, 2 or 5 × 10^k, about `count` of
 * them), which is what Plot draws when given no ticks, so the labels measured are the labels drawn.
 */

const E10 = Math.sqrt(50);
const E5 = Math.sqrt(10);
const E2 = Math.sqrt(2);

/** About `count` round values from `start` to `stop` (inclusive), ascending; none for a bad range. */
export function niceTicks(start: number, stop: number, count: number): number[] {
  if (!Number.isFinite(start) || !Number.isFinite(stop) || !(count > 0)) return [];
  const [lo, hi] = start <= stop ? [start, stop] : [stop, start];
  if (lo === hi) return [lo];
  const step = (hi - lo) / count;
  const power = Math.floor(Math.log10(step));
  const error = step / 10 ** power;
  const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
  const ticks: number[] = [];
  if (power < 0) {
    // Divide by the inverse step: 0.1 * 3 is 0.30000000000000004, 3 / 10 is 0.3.
    const inverse = 10 ** -power / factor;
    const first = Math.ceil(lo * inverse - 1e-9);
    const last = Math.floor(hi * inverse + 1e-9);
    for (let i = first; i <= last; i += 1) ticks.push(i / inverse + 0);
  } else {
    const increment = 10 ** power * factor;
    const first = Math.ceil(lo / increment - 1e-9);
    const last = Math.floor(hi / increment + 1e-9);
    for (let i = first; i <= last; i += 1) ticks.push(i * increment + 0);
  }
  return ticks;
}
