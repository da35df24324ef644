import type { ItemKey } from '../catalog-items';
import type { Institution } from '../institutions';
import { CATALOG } from '../price-list';
import { sharedFraction, sharedInt } from '../scenarios/shared-draw';
import type { Pattern } from './pattern';
import { planPurchaseAt } from './plan-at';

/** A pharmacy basket that comes to a round sum: `cnt` boxes of `key` and `grams` of herb `herb`. */
interface RoundSale {
  readonly key: ItemKey;
  readonly cnt: number;
  readonly herb: ItemKey;
  readonly grams: number;
}

const DRUGS: readonly ItemKey[] = [
  'amlodipine',
  'valsartan',
  'metformin',
  'atorvastatin',
  'danshenPills',
  'liuweiPills',
];
const HERBS: readonly ItemKey[] = ['huangqi', 'dangshen', 'gancao', 'chenpi'];

/** Baskets of exactly 200, 300, 500 or 1000 yuan at pharmacy prices: boxes of a drug, herbs to make up the sum. */
export const ROUND_SALES: readonly RoundSale[] = [20_000, 30_000, 50_000, 100_000].flatMap((sum) =>
  DRUGS.flatMap((key) =>
    [2, 3, 4, 5, 6, 8, 10].flatMap((cnt) =>
      HERBS.flatMap((herb) => {
        const rest = sum - cnt * CATALOG[key].pric[0];
        const grams = rest / CATALOG[herb].pric[0];
        return Number.isInteger(grams) && grams >= 50 && grams <= 3000 ? [{ key, cnt, herb, grams }] : [];
      }),
    ),
  ),
);

/** People are grouped in blocks; a burst block's employees are the card holders. */
const BLOCK = 100;
const BURSTS = 2;
const TAG = 111;
const DECOY_TAG = 1111;

/**
 * 套现 (credential cash-out): a block of people whose draw is under `rate` has a cash-out pharmacy
 * (from the block) where, on two days, a quarter of the block's adult employees (personal accounts)
 * each "buy" a round 200–1000 yuan basket (a drug, herbs making up the sum) within the same hour. Noise: as many other blocks have a
 * pharmacy rush hour (a promotion) with ordinary, uneven baskets.
 */
export function cashOut(rate: number): Pattern {
  const sales = new Map<number, RoundSale>();
  return {
    id: TAG,
    name: 'scenario: pharmacy cash-out',
    adjustPlan({ world, person, planner }, rng) {
      sales.clear();
      const block = Math.floor(person.index / BLOCK);
      const burst = sharedFraction(world.seed, TAG, block) < rate;
      const decoy = !burst && sharedFraction(world.seed, DECOY_TAG, block) < rate;
      if ((!burst && !decoy) || person.age < 18 || person.insutype !== '310') return;
      const tag = burst ? TAG : DECOY_TAG;
      if (sharedFraction(world.seed, tag, block, person.index) >= 0.25) return;
      const pharmacies = world.institutions.filter((i) => i.kind === '药店');
      const shop = pharmacies[sharedInt(0, pharmacies.length - 1, world.seed, tag, block, 1)] as Institution;
      for (let k = 0; k < BURSTS; k += 1) {
        const day = sharedInt(0, world.days - 1, world.seed, tag, block, 2, k);
        const hour = sharedInt(9, 19, world.seed, tag, block, 3, k);
        const visit = planPurchaseAt(planner, shop, day, hour * 3600 + rng.int(0, 40 * 60), rng);
        if (!visit || !burst) continue;
        visit.planted = 'cash-out';
        sales.set(visit.key, rng.pick(ROUND_SALES));
      }
    },
    adjustLines({ visits, extend }, rng) {
      for (const visit of visits) {
        const sale = sales.get(visit.key);
        if (!sale || visit.planted !== 'cash-out') continue;
        visit.lines = [];
        extend(visit, rng, (b) => {
          b.add(sale.key, sale.cnt, visit.begin);
          b.add(sale.herb, sale.grams, visit.begin);
        });
      }
    },
  };
}
