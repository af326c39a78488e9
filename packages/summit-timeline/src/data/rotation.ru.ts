// The projected summits' text in Russian (see rotation.ts). Loaded on demand.
import { namesOf, type RotationHost, type RotationText } from './rotation.js';

/** Nominative, prepositional ("в …") and dative forms. */
const forms: Record<RotationHost, [name: string, inHost: string, toHost: string]> = {
  CN: ['Китай', 'в Китае', 'Китаю'],
  KZ: ['Казахстан', 'в Казахстане', 'Казахстану'],
  KG: ['Кыргызстан', 'в Кыргызстане', 'Кыргызстану'],
  TJ: ['Таджикистан', 'в Таджикистане', 'Таджикистану'],
  TM: ['Туркменистан', 'в Туркменистане', 'Туркменистану'],
  UZ: ['Узбекистан', 'в Узбекистане', 'Узбекистану'],
};

const text: RotationText = {
  lang: 'ru',
  country: namesOf(forms),
  title: (host) => `Саммит ${forms[host][1]}`,
  summary: (year, host) =>
    `Расчёт, а не объявление: по правилу Сианьской декларации (саммит раз в два года, поочерёдно в Китае и в государствах Центральной Азии в алфавитном порядке) принимать саммит ${year} года предстояло бы ${forms[host][2]}.`,
  note: 'Рассчитано по правилу ротации: месяц и город неизвестны.',
};
export default text;
