import type { RuleDefinition } from '../../../core/rules/rule-types';
import { billDetailAnomaly } from './bill-detail-anomaly';
import { chargeOutsideStay } from './charge-outside-stay';
import { sameTimeDuplicate } from './same-time-duplicate';
import { serviceExclusivePair } from './service-exclusive-pair';
import { serviceFrequency } from './service-frequency';
import { servicePeriodFrequency } from './service-period-frequency';
import { servicePriceCap } from './service-price-cap';
import { serviceTotalCap } from './service-total-cap';
import { serviceUnbundling } from './service-unbundling';
import { surgeryDiscount } from './surgery-discount';

/** The library's charging and bill-detail rules (one file each, listed here). */
export const CHARGING_RULES: readonly RuleDefinition[] = [
  servicePriceCap,
  surgeryDiscount,
  serviceExclusivePair,
  serviceUnbundling,
  serviceFrequency,
  serviceTotalCap,
  billDetailAnomaly,
  chargeOutsideStay,
  servicePeriodFrequency,
  sameTimeDuplicate,
];
