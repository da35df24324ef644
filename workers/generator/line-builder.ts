import { DAY } from './civil-date';
import type { ItemKey } from './catalog-items';
import type { Person } from './population';
import { CATALOG, type CatalogItem } from './price-list';
import type { Rng } from './prng';
import { visitDeptCode, type FeeLine, type Visit } from './visit';

/**
 * Collects the fee lines of one visit: prices come from the institution's tier, the billing department
 * and doctor from the visit, and items that do not fit the patient (sex, child-only, hospital level)
 * are left out of normal care.
 */
export class LineBuilder {
  readonly lines: FeeLine[] = [];
  private readonly deptCode: string;

  constructor(
    readonly rng: Rng,
    readonly person: Person,
    readonly visit: Visit,
    /** Age in whole years on the visit's first day. */
    readonly age: number,
  ) {
    this.deptCode = visitDeptCode(visit);
  }

  /** Whether normal care would bill this item for this patient here. */
  fits(item: CatalogItem): boolean {
    if (item.sex !== undefined && item.sex !== this.person.gend) return false;
    if (item.child === true && this.age >= 18) return false;
    if (item.minLevel !== undefined && this.visit.inst.level < item.minLevel) return false;
    return true;
  }

  /** Adds a line at the visit's price tier (no fit check: patterns use it to plant irregular lines). */
  add(key: ItemKey, cnt: number, time: number, doctor = this.visit.doctor): void {
    const item = CATALOG[key];
    this.lines.push({
      item,
      cnt,
      pric: item.pric[this.visit.inst.level],
      time,
      deptCode: this.deptCode,
      doctor,
    });
  }

  /** Adds a line with the item's usual count when the item fits the patient; returns whether it did. */
  addUsual(key: ItemKey, time: number, factor = 1, doctor = this.visit.doctor): boolean {
    const item = CATALOG[key];
    if (!this.fits(item)) return false;
    this.add(key, this.rng.int(item.qty[0], item.qty[1]) * factor, time, doctor);
    return true;
  }

  /** Up to `max` distinct fitting items from `keys`, in random order. */
  pickFitting(keys: readonly ItemKey[], max: number): ItemKey[] {
    const pool = keys.filter((k) => this.fits(CATALOG[k]));
    const out: ItemKey[] = [];
    while (out.length < max && pool.length > 0) {
      const i = this.rng.int(0, pool.length - 1);
      out.push(pool[i] as ItemKey);
      pool.splice(i, 1);
    }
    return out;
  }

  /** A random time on day `d` of the visit (0 = its first day), 08:00–20:00, kept inside the visit. */
  timeOnDay(d: number): number {
    const dayStart = Math.floor(this.visit.begin / DAY) * DAY + d * DAY;
    const t = dayStart + this.rng.int(8 * 3600, 20 * 3600);
    return Math.min(
      Math.max(t, this.visit.begin + this.rng.int(60, 1800)),
      this.visit.end - this.rng.int(0, 600),
    );
  }

  /** A random time within the first `minutes` of the visit (never after its end). */
  timeSoon(minutes: number): number {
    return Math.min(this.visit.begin + this.rng.int(0, minutes * 60), this.visit.end);
  }
}
