import { FIELDS } from '../../core/mapping/canonical-fields';
import { msg, type Msg } from '../../core/shared/msg';
import type { ShapeKind } from './value-shapes';

/** A share as the user reads it: `98 %`. */
export function percent(share: number): string {
  return `${Math.round(share * 100)} %`;
}

function fieldLabel(field: string): Msg {
  const f = (FIELDS as Record<string, { zh: string; en: string } | undefined>)[field];
  return f ? msg(`${f.zh}（${field}）`, `${f.en} (${field})`) : msg(field, field);
}

/** What each value shape is, for the evidence line. */
const SHAPE_LABELS: Record<ShapeKind, Msg> = {
  certno: msg('18 位身份证号', '18-digit ID numbers'),
  'catalogue-code': msg('医保目录编码', 'national catalogue codes'),
  'medins-code': msg('定点机构编码', 'institution codes'),
  icd: msg('ICD-10 编码', 'ICD-10 codes'),
  datetime: msg('日期', 'dates'),
  admdvs: msg('6 位区划编码', '6-digit region codes'),
  gend: msg('性别', 'sexes'),
  'medins-lv': msg('医院等级', 'hospital levels'),
  insutype: msg('险种编码', 'insurance type codes'),
  'list-type': msg('目录类别编码', 'catalogue type codes'),
  'chrgitm-type': msg('收费项目类别编码', 'charge category codes'),
  'med-type': msg('医疗类别', 'care types'),
  'medins-type': msg('机构类型', 'institution types'),
  'institution-name': msg('机构名称', 'institution names'),
  'drug-name': msg('药品或服务项目名称', 'drug or service item names'),
  'person-name': msg('中文姓名', 'Chinese personal names'),
  number: msg('数字', 'numbers'),
  id: msg('编号', 'identifiers'),
  unknown: msg('无法识别的值', 'unrecognised values'),
};

/** Evidence for a header match: the synonym matched, exactly or nearly. */
export function headerEvidence(header: string, synonym: string, field: string, exact: boolean): Msg {
  const label = fieldLabel(field);
  return exact
    ? msg(
        `表头「${header}」是 ${label.zh} 的同义词「${synonym}」`,
        `header "${header}" is "${synonym}", a synonym of ${label.en}`,
      )
    : msg(
        `表头「${header}」与 ${label.zh} 的同义词「${synonym}」相近`,
        `header "${header}" resembles "${synonym}", a synonym of ${label.en}`,
      );
}

/** Evidence for a value-shape match: the share of sampled values that fit the shape. */
export function shapeEvidence(kind: ShapeKind, fit: number): Msg {
  const label = SHAPE_LABELS[kind];
  return msg(
    `表头未说明含义；${percent(fit)} 的样本值为${label.zh}`,
    `the header names nothing; ${percent(fit)} of sampled values are ${label.en}`,
  );
}

/** Evidence for quantity × price = amount found among numeric columns. */
export function feeTripleEvidence(share: number): Msg {
  return msg(
    `表头未说明含义；${percent(share)} 的样本行满足 数量 × 单价 = 金额`,
    `the header names nothing; quantity × price = amount holds on ${percent(share)} of sampled rows`,
  );
}

/** Evidence for the settlement total: the amount at least every other amount on the row. */
export function totalEvidence(share: number): Msg {
  return msg(
    `表头未说明含义；${percent(share)} 的样本行中此列不小于其他金额列`,
    `the header names nothing; on ${percent(share)} of sampled rows this column is at least every other amount`,
  );
}

/** Evidence for a date placed by the order of the file's dates. */
export function dateOrderEvidence(fit: number, place: number, of: number): Msg {
  return msg(
    `表头未说明含义；${percent(fit)} 的样本值为日期，按时间先后排第 ${place}/${of}`,
    `the header names nothing; ${percent(fit)} of sampled values are dates, ${place} of ${of} in time order`,
  );
}

/** Evidence for an identifier column taken for a key (or, repeating, for the person). */
export function idEvidence(unique: number, isKey: boolean): Msg {
  return isKey
    ? msg(
        `表头未说明含义；样本值像编号，${percent(unique)} 不重复，可作主键`,
        `the header names nothing; values look like identifiers, ${percent(unique)} distinct: fit for a key`,
      )
    : msg(
        `表头未说明含义；样本值像编号但会重复（${percent(unique)} 不重复），不是主键`,
        `the header names nothing; values look like identifiers but repeat (${percent(unique)} distinct): not the key`,
      );
}

/** Appended to a key's evidence when its values repeat. */
export function repeatingKeyEvidence(unique: number): Msg {
  return msg(
    `但只有 ${percent(unique)} 的值不重复，作为主键需确认`,
    `but only ${percent(unique)} of its values are distinct: confirm it as the key`,
  );
}

/** Joins evidence parts with the language's separator. */
export function joinEvidence(parts: readonly Msg[]): Msg {
  return msg(parts.map((p) => p.zh).join('；'), parts.map((p) => p.en).join('; '));
}
