import { assertNever } from '../../core/shared/invariant';
import { msg, type Msg } from '../../core/shared/msg';
import { codeKind } from './kb-codes';
import type { RestrictionKind } from '../../core/knowledge/kb-types';

const INTEGER = /^\d+$/;
const NUMBER = /^\d+(?:\.\d+)?$/;
const ICD10_PREFIX = /^[A-Z]\d{2}(?:\.\d{0,4}[0-9A-Za-z]*)?$/;
const CODE_PREFIX = /^[A-Z0-9]+$/;
const SCENES = ['inpatient', 'outpatient', 'pharmacy'];

/**
 * Why `param` does not fit a `kb_restriction` row of `kind` (the meanings in RESTRICTION_KINDS), or
 * undefined when it fits. Lists are ASCII-comma separated; nothing is converted or guessed.
 */
export function paramProblem(kind: RestrictionKind, param: string): Msg | undefined {
  switch (kind) {
    case 'sex':
      return param === '1' || param === '2'
        ? undefined
        : msg('应为 1（男）或 2（女）', 'must be 1 (male) or 2 (female)');
    case 'child':
    case 'pediatric':
      return param === '' || integerIn(param, 1, 18)
        ? undefined
        : msg(
            '应为空或 1–18 的整数（岁，不含）',
            'must be empty or a whole number of years 1–18 (exclusive)',
          );
    case 'newborn':
      return integerIn(param, 1, 365)
        ? undefined
        : msg('应为 1–365 的整数（出生后天数）', 'must be a whole number of days 1–365');
    case 'age_min':
    case 'age_max':
      return integerIn(param, 0, 150)
        ? undefined
        : msg('应为 0–150 的整数（岁）', 'must be a whole number of years 0–150');
    case 'work_injury':
    case 'maternity':
    case 'herbal_single':
    case 'herbal_excluded':
    case 'internet_excluded':
      return param === '' ? undefined : msg('此类限定的参数应为空', 'must be empty for this kind');
    case 'med_type':
      return list(param).length > 0 && list(param).every((v) => SCENES.includes(v))
        ? undefined
        : msg(
            '应为 inpatient、outpatient、pharmacy（可用英文逗号分隔多个）',
            'must be inpatient, outpatient or pharmacy (comma list)',
          );
    case 'medins_lv':
      return ['1', '2', '3'].includes(param)
        ? undefined
        : msg('应为 1、2 或 3（医疗机构级别）', 'must be 1, 2 or 3 (institution level)');
    case 'dept':
    case 'second_line':
      if (kind === 'second_line' && param === '') return undefined;
      return list(param).length > 0 && list(param).every((v) => CODE_PREFIX.test(v))
        ? undefined
        : msg(
            '应为英文逗号分隔的编码前缀（大写字母和数字）',
            'must be a comma list of code prefixes (capital letters and digits)',
          );
    case 'indication':
      return list(param).length > 0 && list(param).every((v) => ICD10_PREFIX.test(v))
        ? undefined
        : msg(
            '应为英文逗号分隔的 ICD-10 编码前缀，如 E11,I10 或 B18.1',
            'must be a comma list of ICD-10 prefixes, e.g. E11,I10 or B18.1',
          );
    case 'course_days':
      return integerIn(param, 1, 99999)
        ? undefined
        : msg('应为正整数（天）', 'must be a positive whole number of days');
    case 'max_qty':
    case 'total_cap':
      return NUMBER.test(param) && Number(param) > 0
        ? undefined
        : msg('应为正数', 'must be a positive number');
    case 'surgery_group':
      return param !== ''
        ? undefined
        : msg('应为手术组名称，如 肝胆手术组', 'must name the surgery group, e.g. 肝胆手术组');
    case 'bundle':
      return list(param).length > 0 && list(param).every((v) => codeKind(v) !== undefined)
        ? undefined
        : msg(
            '应为英文逗号分隔的国家编码（组成项目）',
            'must be a comma list of national codes (the components)',
          );
    default:
      return assertNever(kind, 'restriction kind');
  }
}

function integerIn(value: string, min: number, max: number): boolean {
  return INTEGER.test(value) && Number(value) >= min && Number(value) <= max;
}

/** An ASCII-comma list; an empty item (`a,,b`, a trailing comma) makes the list invalid. */
function list(value: string): string[] {
  const items = value.split(',');
  return items.some((v) => v === '') ? [] : items;
}
