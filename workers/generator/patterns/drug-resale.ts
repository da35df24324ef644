import type { ItemKey } from '../catalog-items';
import { CHRONIC } from '../conditions';
import type { Institution } from '../institutions';
import { sharedFraction, sharedInt } from '../scenarios/shared-draw';
import type { Visit } from '../visit';
import type { Pattern } from './pattern';
import { planPurchaseAt } from './plan-at';

/** High-value drugs worth reselling (回流药): a box sells on for much of its price. */
export const RESALE_DRUGS: readonly ItemKey[] = ['tiotropium', 'insulin', 'sacubitril', 'butylphthalide'];
/** Middlemen rings: blocks of consecutive people, the first MEMBERS lending their cards. */
const BLOCK = 150;
const MEMBERS = 6;
const TAG = 110;

/**
 * 频繁购药 + 倒卖: (1) a reseller (an adult, with chance `rate`) buys one high-value drug 8–11 times in
 * four weeks at as many pharmacies as the city has, 3–6 boxes each time; (2) a middleman's cards: the
 * first six people of a block whose draw is under `rate × 20` each buy the block's drug at the block's
 * pharmacy on the block's three days, within minutes of each other (one person swiping many cards).
 * Noise: diabetics refilling insulin monthly in bulk at one or two pharmacies (legitimate high spenders).
 */
export function drugResale(rate: number): Pattern {
  /** What each of the person's resale and bulk purchases sells, by visit key (reset per person). */
  const sales = new Map<number, readonly [ItemKey, number]>();
  return {
    id: TAG,
    name: 'scenario: drug resale',
    adjustPlan({ world, person, planner }, rng) {
      const city = world.byCity[person.city];
      if (!city || person.age < 18) return;
      sales.clear();
      const plant = (visit: Visit | null, key: ItemKey, cnt: number): void => {
        if (!visit) return;
        visit.planted = 'drug-resale';
        sales.set(visit.key, [key, cnt]);
      };
      if (person.age <= 70 && rng.chance(rate)) {
        const key = rng.pick(RESALE_DRUGS);
        const start = rng.int(0, world.days - 30);
        const shops: Institution[] = [...city.pharmacies, ...rng.pick(world.byCity).pharmacies];
        const n = rng.int(8, 11);
        for (let k = 0; k < n; k += 1) {
          const day = start + Math.floor((k * 28) / n) + rng.int(0, 1);
          const shop = shops[k % shops.length] as Institution;
          plant(planPurchaseAt(planner, shop, day, rng.int(9 * 3600, 20 * 3600), rng), key, rng.int(3, 6));
        }
      }
      const block = Math.floor(person.index / BLOCK);
      if (person.index % BLOCK < MEMBERS && sharedFraction(world.seed, TAG, block) < rate * 20) {
        const pharmacies = world.institutions.filter((i) => i.kind === '药店');
        const shop = pharmacies[
          sharedInt(0, pharmacies.length - 1, world.seed, TAG, block, 1)
        ] as Institution;
        const key = RESALE_DRUGS[sharedInt(0, RESALE_DRUGS.length - 1, world.seed, TAG, block, 2)] as ItemKey;
        for (let k = 0; k < 3; k += 1) {
          const day = sharedInt(0, world.days - 1, world.seed, TAG, block, 3, k);
          const second = sharedInt(9 * 3600, 19 * 3600, world.seed, TAG, block, 4, k);
          const minute = (person.index % BLOCK) * 4 + rng.int(0, 3);
          plant(planPurchaseAt(planner, shop, day, second + minute * 60, rng), key, rng.int(2, 4));
        }
      }
      if ((person.chronic & CHRONIC.diabetes) !== 0 && rng.chance(rate * 4)) {
        const own = [person.homePharmacy, rng.pick(city.pharmacies)];
        for (let day = rng.int(0, 30); day < world.days; day += rng.int(28, 35)) {
          const visit = planPurchaseAt(planner, rng.pick(own), day, rng.int(9 * 3600, 20 * 3600), rng);
          if (visit) sales.set(visit.key, ['insulin', rng.int(4, 8)]);
        }
      }
    },
    adjustLines({ visits, extend }, rng) {
      for (const visit of visits) {
        const sale = sales.get(visit.key);
        if (!sale || visit.medType !== '41') continue;
        visit.lines = [];
        extend(visit, rng, (b) => b.add(sale[0], sale[1], visit.begin));
      }
    },
  };
}
