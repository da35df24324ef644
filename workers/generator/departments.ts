/** A clinical department, coded after the 诊疗科目 list with the medical-insurance `A` prefix. */
export interface Department {
  readonly code: string;
  readonly name: string;
}

/** Every department the generator uses, keyed by code. */
export const DEPARTMENTS = {
  general: { code: 'A02', name: '全科医疗科' },
  medicine: { code: 'A03', name: '内科' },
  respiratory: { code: 'A03.01', name: '呼吸内科' },
  gastro: { code: 'A03.02', name: '消化内科' },
  neurology: { code: 'A03.03', name: '神经内科' },
  cardiology: { code: 'A03.04', name: '心血管内科' },
  endocrine: { code: 'A03.07', name: '内分泌科' },
  surgery: { code: 'A04', name: '外科' },
  generalSurgery: { code: 'A04.01', name: '普通外科' },
  orthopedics: { code: 'A04.03', name: '骨科' },
  urology: { code: 'A04.04', name: '泌尿外科' },
  obgyn: { code: 'A05', name: '妇产科' },
  gynecology: { code: 'A05.01', name: '妇科' },
  obstetrics: { code: 'A05.02', name: '产科' },
  pediatrics: { code: 'A07', name: '儿科' },
  oncology: { code: 'A19', name: '肿瘤科' },
  emergency: { code: 'A20', name: '急诊医学科' },
  tcm: { code: 'A50', name: '中医科' },
} as const satisfies Record<string, Department>;

/** A department key. */
export type DepartmentKey = keyof typeof DEPARTMENTS;

/** Departments by institution kind and level (larger hospitals have the specialised ones). */
export const DEPARTMENTS_BY_TIER = {
  hospital3: [
    'respiratory',
    'gastro',
    'neurology',
    'cardiology',
    'endocrine',
    'generalSurgery',
    'orthopedics',
    'urology',
    'gynecology',
    'obstetrics',
    'pediatrics',
    'oncology',
    'emergency',
    'tcm',
  ],
  hospital2: [
    'medicine',
    'respiratory',
    'cardiology',
    'endocrine',
    'surgery',
    'orthopedics',
    'obgyn',
    'pediatrics',
    'emergency',
    'tcm',
  ],
  hospital1: ['general', 'medicine', 'surgery', 'obgyn', 'tcm'],
  clinic: ['general', 'tcm'],
} as const satisfies Record<string, readonly DepartmentKey[]>;

/** Where a department falls back to when an institution lacks it. */
const PARENT: Partial<Record<DepartmentKey, DepartmentKey>> = {
  respiratory: 'medicine',
  gastro: 'medicine',
  neurology: 'medicine',
  cardiology: 'medicine',
  endocrine: 'medicine',
  oncology: 'medicine',
  generalSurgery: 'surgery',
  orthopedics: 'surgery',
  urology: 'surgery',
  gynecology: 'obgyn',
  obstetrics: 'obgyn',
  medicine: 'general',
  surgery: 'general',
  obgyn: 'general',
  pediatrics: 'general',
  emergency: 'general',
};

/** The index in `available` of the department that treats `wanted` there (itself, a parent, or the first). */
export function resolveDepartment(available: readonly DepartmentKey[], wanted: DepartmentKey): number {
  let key: DepartmentKey | undefined = wanted;
  while (key !== undefined) {
    const index = available.indexOf(key);
    if (index >= 0) return index;
    key = PARENT[key];
  }
  return 0;
}
