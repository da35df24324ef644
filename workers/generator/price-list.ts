import { invariant } from '../../core/shared/invariant';
import { ITEMS, type ItemKey, type ItemKind, type ItemTemplate } from './catalog-items';
import { csvField } from './csv-writer';
import { formatCents, scaleCents } from './money-format';
import { Rng, STREAM, hashParts } from './prng';

/** Price tier of an institution: 0 retail pharmacy, 1–3 hospital level (基层 count as level 1). */
export type PriceTier = 0 | 1 | 2 | 3;

/** A catalogue entry with its national code and prices per tier, precomputed for fast CSV output. */
export interface CatalogItem extends ItemTemplate {
  readonly key: ItemKey;
  /** National code: 西药 23 chars `X…`, 中成药 20 chars `Z…`, 饮片 `T` + 9 digits, service 15 digits, consumable 20 chars `C…`. */
  readonly code: string;
  /** 目录类别: 101 西药中成药, 102 中药饮片, 201 医疗服务项目, 301 医用耗材. */
  readonly listType: '101' | '102' | '201' | '301';
  /** The name as a CSV field (quoted when it holds a comma or quote). */
  readonly nameCsv: string;
  /** Unit price in cents by tier. */
  readonly pric: readonly [number, number, number, number];
  /** `pric` written with two decimals, by tier. */
  readonly pricText: readonly [string, string, string, string];
}

/** Service prices by hospital level: provinces set lower prices for lower levels (level 3 = list price). */
const SERVICE_LEVEL_FACTOR = [0.76, 0.76, 0.88, 1] as const;
/** Retail pharmacies are not bound by zero-markup pricing: drugs cost more there. */
const PHARMACY_MARKUP = 1.12;

const LIST_TYPE: Record<ItemKind, CatalogItem['listType']> = {
  xdrug: '101',
  zdrug: '101',
  herb: '102',
  service: '201',
  consumable: '301',
};

/** The national code of a catalogue entry, derived from its key so codes never change between runs. */
export function nationalCode(key: string, template: ItemTemplate): string {
  const rng = new Rng(STREAM.catalog, hashString(key));
  const digits = (n: number) => {
    let out = '';
    for (let i = 0; i < n; i += 1) out += String(rng.int(0, 9));
    return out;
  };
  const letter = () => String.fromCharCode(65 + rng.int(0, 25));
  switch (template.kind) {
    case 'xdrug':
      return `X${template.group}${letter()}${digits(3)}${rng.pick(['A', 'B', 'E', 'F', 'K', 'X'])}001${digits(4)}${digits(5)}`;
    case 'zdrug':
      return `Z${template.group}${letter()}${digits(3)}${digits(10)}`;
    case 'herb':
      return `T${digits(9)}`;
    case 'service':
      return `00${template.group}${digits(2)}${digits(5)}0000`;
    case 'consumable':
      return `C${template.group}${digits(17)}`;
  }
}

function tierPrice(template: ItemTemplate, tier: PriceTier): number {
  const cents = Math.round(template.yuan * 100);
  const isDrug = template.kind !== 'service' && template.kind !== 'consumable';
  let scaled = cents;
  if (template.kind === 'service') scaled = scaleCents(cents, SERVICE_LEVEL_FACTOR[tier]);
  else if (tier === 0 && isDrug) scaled = scaleCents(cents, PHARMACY_MARKUP);
  // Prices of a yuan or more are set to the 角 (10 cents), as price lists are.
  return scaled >= 100 ? Math.round(scaled / 10) * 10 : scaled;
}

function buildCatalog(): Record<ItemKey, CatalogItem> {
  const seen = new Set<string>();
  const out = {} as Record<ItemKey, CatalogItem>;
  for (const key of Object.keys(ITEMS) as ItemKey[]) {
    const template: ItemTemplate = ITEMS[key];
    const code = nationalCode(key, template);
    invariant(!seen.has(code), `duplicate catalogue code ${code}`);
    seen.add(code);
    const pric = [0, 1, 2, 3].map((tier) => tierPrice(template, tier as PriceTier)) as [
      number,
      number,
      number,
      number,
    ];
    out[key] = {
      ...template,
      key,
      code,
      listType: LIST_TYPE[template.kind],
      nameCsv: csvField(template.name),
      pric,
      pricText: pric.map((p) => formatCents(p)) as [string, string, string, string],
    };
  }
  return out;
}

function hashString(text: string): number {
  const parts: number[] = [];
  for (let i = 0; i < text.length; i += 1) parts.push(text.charCodeAt(i));
  return hashParts(...parts);
}

/** The whole catalogue with codes and tier prices (built once, identical for every seed). */
export const CATALOG: Readonly<Record<ItemKey, CatalogItem>> = buildCatalog();
