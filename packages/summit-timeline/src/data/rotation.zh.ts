// The projected summits' text in Chinese (Simplified) (see rotation.ts). Loaded on demand.
import type { RotationText } from './rotation.js';

const country: RotationText['country'] = {
  CN: '中国',
  KZ: '哈萨克斯坦',
  KG: '吉尔吉斯斯坦',
  TJ: '塔吉克斯坦',
  TM: '土库曼斯坦',
  UZ: '乌兹别克斯坦',
};

const text: RotationText = {
  lang: 'zh',
  country,
  title: (host) => `峰会（${country[host]}主办）`,
  summary: (year, host) =>
    `仅为推算，并非官方宣布：按《西安宣言》规定的规则（峰会每两年举办一次，由中方和按国名字母顺序排列的中亚国家轮流主办），${year}年峰会应由${country[host]}主办。`,
  note: '依轮值规则推算：月份和城市未知。',
};
export default text;
