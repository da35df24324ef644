import { scaleCents } from './money-format';
import type { Person } from './population';
import type { Rng } from './prng';
import type { Visit } from './visit';

/** How a settlement's total was paid, in cents. fundPay + acct + cash = medfee, always. */
export interface Payment {
  /** 统筹基金支出 (basic pooled fund). */
  readonly hifp: number;
  /** 基金支付总额: hifp plus other funds (大病保险, 公务员补助) on large bills. */
  readonly fundPay: number;
  /** 个人账户支出 (employees only). */
  readonly acct: number;
  /** 个人现金支出. */
  readonly cash: number;
}

/** Inpatient deductible (起付线) in cents by insurance type and hospital level. */
const DEDUCTIBLE = { '310': [0, 30000, 60000, 90000], '390': [0, 20000, 50000, 80000] } as const;
/** Inpatient reimbursement ratio by insurance type and hospital level. */
const INPATIENT_RATIO = { '310': [0, 0.92, 0.88, 0.85], '390': [0, 0.85, 0.75, 0.6] } as const;
/** Yearly cap of the basic fund per person (approximated per stay), cents. */
const FUND_CAP = 40_000_000;
/** Personal burden above which 大病保险 pays part of the rest, cents. */
const SERIOUS_ILLNESS_LINE = 2_000_000;

/**
 * Splits a settlement total the way a typical city policy would: only the policy-eligible part (after
 * 乙类 self-pay shares and 丙类 items) is reimbursed; inpatients pay a deductible then a share by
 * level; outpatient pooling (门诊共济) pays part of some visits; employees pay much of the rest from
 * their personal account, residents in cash.
 */
export function splitPayment(rng: Rng, person: Person, visit: Visit, medfee: number): Payment {
  const eligibleShare = 0.82 + 0.15 * rng.float();
  const eligibleAmount = scaleCents(medfee, eligibleShare);
  const level = visit.inst.level;
  const employee = person.insutype === '310';
  let hifp = 0;
  let other = 0;
  let accountChance = 0;
  switch (visit.medType) {
    case '21': {
      const deductible = DEDUCTIBLE[person.insutype][level];
      const ratio = INPATIENT_RATIO[person.insutype][level] + (employee && person.age >= 60 ? 0.03 : 0);
      hifp = Math.min(FUND_CAP, scaleCents(Math.max(0, eligibleAmount - deductible), ratio));
      const burden = eligibleAmount - hifp;
      if (burden > SERIOUS_ILLNESS_LINE) other = scaleCents(burden - SERIOUS_ILLNESS_LINE, 0.6);
      accountChance = employee ? 0.35 : 0;
      break;
    }
    case '11': {
      const ratio = level <= 1 ? 0.6 : level === 2 ? 0.5 : 0.4;
      if (rng.chance(employee ? 0.6 : 0.8))
        hifp = scaleCents(eligibleAmount, employee ? ratio + 0.1 : ratio - 0.05);
      accountChance = employee ? 0.75 : 0;
      break;
    }
    case '14':
      hifp = scaleCents(eligibleAmount, employee ? 0.75 : 0.65);
      accountChance = employee ? 0.6 : 0;
      break;
    case '41':
      if (employee && rng.chance(0.25)) hifp = scaleCents(eligibleAmount, 0.5);
      accountChance = employee ? 0.85 : 0;
      break;
  }
  const fundPay = Math.min(medfee, hifp + other);
  const personal = medfee - fundPay;
  const acct = rng.chance(accountChance)
    ? rng.chance(0.8)
      ? personal
      : scaleCents(personal, rng.float())
    : 0;
  return { hifp: Math.min(hifp, fundPay), fundPay, acct, cash: personal - acct };
}
