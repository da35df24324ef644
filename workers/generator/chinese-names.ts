import type { Rng } from './prng';

/** Common surnames, most frequent first (the first ten cover about 40% of the population), then compound ones. */
const SURNAMES: readonly string[] = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔',
  ...'钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔向汤',
  '欧阳',
  '司马',
  '诸葛',
];

/** Surname weights: a steep head, a long flat tail, rare compound surnames. */
const SURNAME_WEIGHTS = SURNAMES.map((s, i) => (s.length > 1 ? 0.3 : i < 10 ? 40 - 2 * i : i < 30 ? 8 : 3));

const words = (text: string): readonly string[] => text.split(' ');

/** Given names by sex and generation (fashions change: 建国/秀英, then 伟/静, then 子轩/梓涵). */
const GIVEN = {
  male: {
    old: words('建国 国强 德明 志刚 永红 福生 长春 学文 海 军 华 明 勇 平 成 忠'),
    mid: words('伟 强 磊 军 勇 杰 涛 斌 超 明 刚 鹏 辉 波 峰 亮 俊杰 志强 建华 海涛'),
    young: words('子轩 浩然 宇轩 梓豪 俊熙 一鸣 博文 浩宇 睿 航 晨 宇 泽 轩 铭 昊'),
  },
  female: {
    old: words('秀英 桂英 秀兰 玉兰 桂兰 凤英 淑珍 秀珍 翠花 兰 英 珍 芳 梅 霞 琴'),
    mid: words('芳 娜 敏 静 丽 艳 娟 霞 玲 婷 雪 慧 燕 红梅 晓燕 丽华 海燕 春燕'),
    young: words('梓涵 欣怡 子涵 诗涵 雨涵 一诺 依诺 可馨 语桐 思彤 涵 萱 琪 悦 妍 彤'),
  },
} as const;

/** A plausible Chinese full name for someone of this sex born in `birthYear`. */
export function chineseName(rng: Rng, gend: 1 | 2, birthYear: number): string {
  const surname = SURNAMES[rng.weighted(SURNAME_WEIGHTS)] as string;
  const lists = gend === 1 ? GIVEN.male : GIVEN.female;
  const given = birthYear < 1965 ? lists.old : birthYear < 2000 ? lists.mid : lists.young;
  const first = rng.pick(given);
  // Many single-character given names get a second character from the same generation's list.
  return first.length === 1 && rng.chance(0.45)
    ? surname + first + rng.pick(lists.mid).slice(0, 1)
    : surname + first;
}
