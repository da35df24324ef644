import type { CanonicalTable } from '../../../core/mapping/mapping-types';
import { FEE_FINDING_FIELDS } from './fee-finding-fields';
import {
  defineRule,
  type RuleDefinition,
  type RuleNeeds,
  type RuleParameterDef,
} from '../../../core/rules/rule-types';
import { LINE_RESTRICTION_CHECKS, type LineRestrictionKind } from './line-restriction-checks';

/** The kinds of catalogue item a line-restriction rule looks at, by national code shape. */
export const LINE_ITEM_CLASSES = {
  drug: { pattern: '^[XZ]', zh: '药品', en: 'Drug' },
  service: { pattern: '^[0-9]{15}$', zh: '医疗服务项目', en: 'Service item' },
  consumable: { pattern: '^C', zh: '耗材', en: 'Consumable' },
} as const;
/** A kind of catalogue item. */
export type LineItemClass = keyof typeof LINE_ITEM_CLASSES;

/** What a line-restriction rule file declares: its metadata, the items it covers and the restriction kinds. */
export type LineRestrictionRuleSpec = Omit<
  Parameters<typeof defineRule>[0],
  'window' | 'needs' | 'parameters' | 'sql'
> & {
  readonly item: LineItemClass;
  readonly kinds: readonly LineRestrictionKind[];
};

const LINE_FIELDS = FEE_FINDING_FIELDS;

/**
 * A rule that flags each fee line whose catalogue code has a `kb_restriction` row of one of `kinds` and
 * breaks it: one finding per settlement and code (`setl_id|hilist_code`), each line type 1 with its whole
 * amount. Needs, parameters and SQL come from the kinds' checks.
 */
export function defineLineRestrictionRule(spec: LineRestrictionRuleSpec): RuleDefinition {
  const { item, kinds, ...meta } = spec;
  return defineRule({
    ...meta,
    window: 'line',
    needs: lineRestrictionNeeds(kinds),
    parameters: lineRestrictionParameters(kinds),
    sql: lineRestrictionSql(item, kinds),
  });
}

/** The fields and knowledge a line-restriction rule over `kinds` reads. */
export function lineRestrictionNeeds(kinds: readonly LineRestrictionKind[]): RuleNeeds {
  const fields = new Map<CanonicalTable, Set<string>>([['fee', new Set(LINE_FIELDS)]]);
  for (const kind of kinds) {
    for (const [table, names] of Object.entries(LINE_RESTRICTION_CHECKS[kind].fields)) {
      const set = fields.get(table as CanonicalTable) ?? new Set<string>();
      for (const name of names) set.add(name);
      fields.set(table as CanonicalTable, set);
    }
  }
  return {
    fields: Object.fromEntries([...fields].map(([table, names]) => [table, [...names]])),
    knowledge: kinds.map((kind) => ({ table: 'kb_restriction', kind })),
  };
}

function lineRestrictionParameters(kinds: readonly LineRestrictionKind[]): RuleParameterDef[] {
  const all = kinds.flatMap((kind) => LINE_RESTRICTION_CHECKS[kind].parameters);
  return all.filter((p, i) => all.findIndex((q) => q.name === p.name) === i);
}

/**
 * The query of a line-restriction rule: per kind, the kind's knowledge rows of `item`'s code shape
 * aggregated to one limit per code (the shape is tested on the few knowledge codes, not on every fee
 * line), hash-joined to the fee lines (and to psn/setl when the check reads them).
 * With several kinds a line breaking more than one is reported once.
 */
export function lineRestrictionSql(item: LineItemClass, kinds: readonly LineRestrictionKind[]): string {
  const parts = kinds.map((kind) => kindSql(item, kind));
  if (parts.length === 1) return parts[0] as string;
  return `SELECT * FROM (${parts.join('\nUNION ALL\n')})
QUALIFY row_number() OVER (PARTITION BY finding_key, feedetl_sn ORDER BY vola_cont) = 1`;
}

function kindSql(item: LineItemClass, kind: LineRestrictionKind): string {
  const check = LINE_RESTRICTION_CHECKS[kind];
  const { pattern, zh, en } = LINE_ITEM_CLASSES[item];
  const rows = check.rows ? ` AND ${check.rows}` : '';
  const joins = [
    check.fields.psn ? 'JOIN psn p ON p.psn_no = f.psn_no' : '',
    check.fields.setl ? 'JOIN setl s ON s.setl_id = f.setl_id' : '',
  ].join('\n  ');
  const name = `coalesce(x.hilist_name, x.hilist_code)`;
  return `
SELECT x.setl_id || '|' || x.hilist_code AS finding_key, x.psn_no, x.mdtrt_id, x.setl_id, x.fixmedins_code,
  x.bilg_dr_code AS dr_code, x.feedetl_sn, 1 AS vola_item_type, x.det_item_fee_sumamt AS amount,
  '${zh}“' || ${name} || '”' || ${check.zh} AS vola_cont,
  '${en} "' || ${name} || '" ' || ${check.en} AS vola_cont_en
FROM (
  SELECT ${LINE_FIELDS.map((c) => `f.${c}`).join(', ')}, r.lim,
    ${check.actual} AS act, ${check.shown ?? check.actual} AS shown
  FROM fee f
  JOIN (
    SELECT code, ${check.limit} AS lim FROM kb_restriction
    WHERE kind = '${kind}' AND regexp_matches(code, '${pattern}')${rows} GROUP BY code
  ) r ON r.code = f.hilist_code
  ${joins}
) x
WHERE ${check.violates}
`;
}
