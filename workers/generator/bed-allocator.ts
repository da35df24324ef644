import type { Institution } from './institutions';

/** A bed number as wards write it: 40 beds a ward, e.g. `3病区12床`; `加床3` when every bed is taken. */
export function bedLabel(bed: number): string {
  return `${Math.floor(bed / 40) + 1}病区${(bed % 40) + 1}床`;
}

/**
 * Gives inpatient stays beds so that no bed ever holds two patients at once (two people on one bed is a
 * fraud signal, 挂床住院, that normal data must not show by accident). A stay gets its preferred bed
 * when free, else the next free one. State grows with the number of stays (not fee lines), and since
 * people are always settled in index order, every stream that settles them assigns the same beds.
 */
export class BedAllocator {
  /** Per institution, per bed: occupied [begin, end] second pairs, flattened. */
  private readonly occupied = new Map<number, (number[] | undefined)[]>();

  /** Assigns a bed at `inst` for [begin, end] (seconds), starting the search at `preferred`. */
  assign(inst: Institution, preferred: number, begin: number, end: number): string {
    const beds = this.occupied.get(inst.index) ?? [];
    this.occupied.set(inst.index, beds);
    const capacity = Math.max(1, inst.openBeds);
    for (let probe = 0; probe < capacity; probe += 1) {
      const bed = (preferred + probe) % capacity;
      const spans = beds[bed];
      if (spans === undefined) {
        beds[bed] = [begin, end];
        return bedLabel(bed);
      }
      let free = true;
      for (let k = 0; k < spans.length && free; k += 2) {
        if (begin < (spans[k + 1] as number) && (spans[k] as number) < end) free = false;
      }
      if (free) {
        spans.push(begin, end);
        return bedLabel(bed);
      }
    }
    return `加床${(preferred % 9) + 1}`;
  }
}
