// projectSummits: the summits that the rotation rule of the Xi'an Declaration projects after the
// last held or announced one. Pure: no DOM, no I/O, the input is never mutated.
import type { Source, TimelineEvent } from './types.js';

/** The hosts of the rotation, by ISO 3166-1 alpha-2 code: China, then the Central Asian states in alphabetical order. */
export const ROTATION_CHINA = 'CN';
export const ROTATION_CENTRAL_ASIA = ['KZ', 'KG', 'TJ', 'TM', 'UZ'] as const;

interface Host {
  country: { en: string; zh: string; ru: string; fr: string };
  /** Forms for the templates: "in …" (en, ru, fr) and "to …" (ru dative, fr "au/à la/à l'"). */
  forms: [inEn: string, inRu: string, inFr: string, toRu: string, toFr: string];
}

const host = (en: string, zh: string, ru: string, fr: string, forms: Host['forms']): Host => ({
  country: { en, zh, ru, fr },
  forms,
});

const HOSTS: Record<string, Host> = {
  CN: host('China', '中国', 'Китай', 'Chine', [
    'in China',
    'в Китае',
    'en Chine',
    'Китаю',
    'à la Chine',
  ]),
  KZ: host('Kazakhstan', '哈萨克斯坦', 'Казахстан', 'Kazakhstan', [
    'in Kazakhstan',
    'в Казахстане',
    'au Kazakhstan',
    'Казахстану',
    'au Kazakhstan',
  ]),
  KG: host('Kyrgyzstan', '吉尔吉斯斯坦', 'Кыргызстан', 'Kirghizistan', [
    'in Kyrgyzstan',
    'в Кыргызстане',
    'au Kirghizistan',
    'Кыргызстану',
    'au Kirghizistan',
  ]),
  TJ: host('Tajikistan', '塔吉克斯坦', 'Таджикистан', 'Tadjikistan', [
    'in Tajikistan',
    'в Таджикистане',
    'au Tadjikistan',
    'Таджикистану',
    'au Tadjikistan',
  ]),
  TM: host('Turkmenistan', '土库曼斯坦', 'Туркменистан', 'Turkménistan', [
    'in Turkmenistan',
    'в Туркменистане',
    'au Turkménistan',
    'Туркменистану',
    'au Turkménistan',
  ]),
  UZ: host('Uzbekistan', '乌兹别克斯坦', 'Узбекистан', 'Ouzbékistan', [
    'in Uzbekistan',
    'в Узбекистане',
    'en Ouzbékistan',
    'Узбекистану',
    "à l'Ouzbékistan",
  ]),
};

/**
 * The source of the rule: the Xi'an Declaration, point 2. The same entry as in the built-in
 * dataset's `summit-2023` (a test keeps them equal).
 */
export const XIAN_DECLARATION_SOURCE: Source = {
  title:
    "Xi'an Declaration of the China–Central Asia Summit, point 2, in unofficial translations from the Chinese and Russian texts (no direct link found: the link goes to the publisher's site)",
  publisher: 'News Central Asia (translation of the Russian text)',
  url: 'https://www.newscentralasia.net/',
  date: '2023-05-19',
};

const isRotationHost = (code: string | undefined): code is string =>
  code !== undefined && Object.prototype.hasOwnProperty.call(HOSTS, code);

/** The year of a `YYYY…` date, or NaN. */
const yearOf = (date: unknown): number =>
  typeof date === 'string' && /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : NaN;

/** The Central Asian state after `code` in the rotation (Uzbekistan wraps to Kazakhstan). */
function nextCentralAsian(code: string | undefined): string {
  const i = ROTATION_CENTRAL_ASIA.indexOf(code as (typeof ROTATION_CENTRAL_ASIA)[number]);
  return ROTATION_CENTRAL_ASIA[(i + 1) % ROTATION_CENTRAL_ASIA.length] ?? 'KZ';
}

/**
 * Returns `events` followed by `count` (default 1) projected summits after the last held or
 * announced summit, per the rotation rule: a summit every two years, alternating between China and
 * the Central Asian states in alphabetical order (KZ, KG, TJ, TM, UZ, then KZ again), keyed by
 * `place.countryCode`. A year in which the data already has a summit hosted by one of the six (or
 * with no host given), or an event holding the id the projection would take, is not projected
 * again. Without a held or announced summit hosted by one of the six, nothing is added.
 */
export function projectSummits(
  events: TimelineEvent[],
  options: { count?: number } = {},
): TimelineEvent[] {
  const list = Array.isArray(events) ? events : [];
  const count = Math.max(0, Math.min(Math.floor(Number(options?.count ?? 1)) || 0, 1000));
  if (count === 0) return [...list];

  // The rotation's summits so far, oldest first.
  const series = list
    .filter(
      (e) =>
        e?.kind === 'summit' &&
        (e.status === 'held' || e.status === 'announced') &&
        isRotationHost(e.place?.countryCode) &&
        Number.isFinite(yearOf(e.start)),
    )
    .sort((a, b) => yearOf(a.start) - yearOf(b.start));
  const last = series.at(-1);
  if (!last) return [...list];

  let year = yearOf(last.start);
  let host = last.place!.countryCode!;
  // The last Central Asian host decides which state comes after China.
  let lastCentralAsian = [...series].reverse().find((e) => e.place!.countryCode !== ROTATION_CHINA)
    ?.place!.countryCode;

  // Summits the data already has: hosted by one of the six, or with no host given.
  const summitYears = new Set(
    list
      .filter(
        (e) =>
          e?.kind === 'summit' &&
          (e.place?.countryCode === undefined || isRotationHost(e.place.countryCode)),
      )
      .map((e) => yearOf(e.start)),
  );
  const ids = new Set(list.map((e) => e?.id));
  const projected: TimelineEvent[] = [];
  for (let i = 0; i < count; i++) {
    year += 2;
    if (host === ROTATION_CHINA) {
      host = nextCentralAsian(lastCentralAsian);
      lastCentralAsian = host;
    } else {
      host = ROTATION_CHINA;
    }
    const id = `summit-${year}`;
    if (summitYears.has(year) || ids.has(id)) continue;
    projected.push(projectedSummit(year, host));
  }
  return [...list, ...projected];
}

function projectedSummit(year: number, code: string): TimelineEvent {
  const host = HOSTS[code]!;
  const [inEn, inRu, inFr, toRu, toFr] = host.forms;
  const inZh = host.country.zh;
  return {
    id: `summit-${year}`,
    start: String(year).padStart(4, '0'),
    kind: 'summit',
    status: 'projected',
    title: {
      en: `Summit ${inEn}`,
      zh: `峰会（${inZh}主办）`,
      ru: `Саммит ${inRu}`,
      fr: `Sommet ${inFr}`,
    },
    place: { country: { ...host.country }, countryCode: code },
    summary: {
      en: `A projection, not an announcement: by the Xi'an Declaration's rule (a summit every two years, alternating between China and the Central Asian states in alphabetical order), the ${year} summit falls to ${host.country.en}.`,
      zh: `仅为推算，并非官方宣布：按《西安宣言》规定的规则（峰会每两年举办一次，由中方和按国名字母顺序排列的中亚国家轮流主办），${year}年峰会应由${inZh}主办。`,
      ru: `Расчёт, а не объявление: по правилу Сианьской декларации (саммит раз в два года, поочерёдно в Китае и в государствах Центральной Азии в алфавитном порядке) принимать саммит ${year} года предстояло бы ${toRu}.`,
      fr: `Une projection, non une annonce : selon la règle de la déclaration de Xi'an (un sommet tous les deux ans, en alternance entre la Chine et les États d'Asie centrale par ordre alphabétique), le sommet de ${year} reviendrait ${toFr}.`,
    },
    note: {
      en: 'Projected from the rotation rule: the month and city are unknown.',
      zh: '依轮值规则推算：月份和城市未知。',
      ru: 'Рассчитано по правилу ротации: месяц и город неизвестны.',
      fr: 'Projeté d’après la règle de rotation : le mois et la ville sont inconnus.',
    },
    sources: [{ ...XIAN_DECLARATION_SOURCE }],
  };
}
