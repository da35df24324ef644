/** A prefecture-level city with its six-digit administrative division code (医保区划). */
export interface City {
  readonly admdvs: string;
  readonly name: string;
  /** Districts and county-level units, used in institution names. */
  readonly districts: readonly string[];
}

/**
 * The province the synthetic datasets are set in (湖北省): real division codes and names, so region
 * columns look like a provincial extract. Institutions and most insured people live here.
 */
export const HOME_CITIES: readonly City[] = [
  {
    admdvs: '420100',
    name: '武汉市',
    districts: ['江岸区', '江汉区', '硚口区', '汉阳区', '武昌区', '洪山区'],
  },
  { admdvs: '420500', name: '宜昌市', districts: ['西陵区', '伍家岗区', '点军区'] },
  { admdvs: '420600', name: '襄阳市', districts: ['襄城区', '樊城区', '襄州区'] },
  { admdvs: '421000', name: '荆州市', districts: ['沙市区', '荆州区', '江陵县'] },
  { admdvs: '420200', name: '黄石市', districts: ['黄石港区', '西塞山区', '下陆区'] },
  { admdvs: '420300', name: '十堰市', districts: ['茅箭区', '张湾区', '郧阳区'] },
  { admdvs: '420900', name: '孝感市', districts: ['孝南区', '汉川市', '应城市'] },
  { admdvs: '421100', name: '黄冈市', districts: ['黄州区', '麻城市', '武穴市'] },
  { admdvs: '420800', name: '荆门市', districts: ['东宝区', '掇刀区', '京山市'] },
  { admdvs: '421200', name: '咸宁市', districts: ['咸安区', '赤壁市', '嘉鱼县'] },
  { admdvs: '420700', name: '鄂州市', districts: ['鄂城区', '华容区', '梁子湖区'] },
  { admdvs: '421300', name: '随州市', districts: ['曾都区', '广水市', '随县'] },
];

/** Insurance regions of people insured outside the province who are treated here (异地就医). */
export const OTHER_PROVINCE_ADMDVS: readonly string[] = ['430100', '410100', '360100', '440100', '510100'];

/** A plausible six-digit county code (for an identity number's address part) inside a city or province code. */
export function countyCode(admdvs: string, county: number): string {
  return admdvs.slice(0, 4) + String(2 + (county % 8)).padStart(2, '0');
}
