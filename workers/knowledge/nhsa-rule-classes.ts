import {
  drugChild,
  drugFacet,
  drugSecondLine,
  drugSex,
  fixed,
  readSex,
  type ClassReader,
} from './nhsa-drug-classes';
import {
  dailyUnits,
  duplicateCharge,
  periodFrequency,
  serviceChild,
  serviceCourse,
  surgeryGroup,
  workingAge,
} from './nhsa-service-classes';

/** The rule classes NHSA has published knowledge points for (batches 1–17 and the 2026-01 update). */
export const NHSA_RULE_CLASSES = [
  '药品区分性别使用',
  '医疗服务项目区分性别使用',
  '药品儿童专用',
  '药品限儿童使用',
  '医疗服务项目儿童专用',
  '手术项目未按规定折价收费',
  '药品限工伤保险',
  '药品限生育保险',
  '药品限就医方式',
  '药品限医疗机构级别',
  '药品限支付疗程',
  '医疗服务项目重复收费',
  '医疗服务项目限定频次',
  '医疗服务项目限年龄',
  '医疗服务项目限支付疗程',
  '医疗服务项目周期超频次',
  '药品限二线使用',
  '超互联网医院药品支付范围',
  '中药饮片单方使用不予支付',
  '中药饮片单复方均不予支付',
  '药品限适应症',
] as const;
/** An NHSA rule class. */
export type NhsaRuleClass = (typeof NHSA_RULE_CLASSES)[number];

/** Whether `name` is a known rule class. */
export function isNhsaRuleClass(name: string): name is NhsaRuleClass {
  return (NHSA_RULE_CLASSES as readonly string[]).includes(name);
}

/** How each rule class's knowledge points are read. */
export const CLASS_READERS: Readonly<Record<NhsaRuleClass, ClassReader>> = {
  药品区分性别使用: drugSex,
  医疗服务项目区分性别使用: readSex,
  药品儿童专用: fixed('pediatric'),
  药品限儿童使用: drugChild,
  医疗服务项目儿童专用: serviceChild,
  手术项目未按规定折价收费: surgeryGroup,
  药品限工伤保险: fixed('work_injury'),
  药品限生育保险: fixed('maternity'),
  药品限就医方式: drugFacet('med_type'),
  药品限医疗机构级别: drugFacet('medins_lv'),
  药品限支付疗程: drugFacet('course_days'),
  医疗服务项目重复收费: duplicateCharge,
  医疗服务项目限定频次: dailyUnits,
  医疗服务项目限年龄: workingAge,
  医疗服务项目限支付疗程: serviceCourse,
  医疗服务项目周期超频次: periodFrequency,
  药品限二线使用: drugSecondLine,
  超互联网医院药品支付范围: fixed('internet_excluded'),
  中药饮片单方使用不予支付: fixed('herbal_single'),
  中药饮片单复方均不予支付: fixed('herbal_excluded'),
  药品限适应症: drugFacet('indication'),
};
