// projectRotation: the summits that the rotation rule of the Xi'an Declaration projects after the
// last held or announced one, with their text in English and in the languages given. Pure: no DOM,
// no I/O, the input is never mutated. The text of each language is its own module
// (rotation.<lang>.ts): the element loads this module when its data has a rotation, and another
// language's text with that language (locale.ts); projectSummits (project.ts) gives all four.
import en from './rotation.en.js';
import type { Lang, Source, Text, TimelineEvent } from './types.js';

/** The hosts of the rotation, by ISO 3166-1 alpha-2 code: China, then the Central Asian states in alphabetical order. */
export const ROTATION_CHINA = 'CN';
export const ROTATION_CENTRAL_ASIA = ['KZ', 'KG', 'TJ', 'TM', 'UZ'] as const;
export type RotationHost = typeof ROTATION_CHINA | (typeof ROTATION_CENTRAL_ASIA)[number];

/** A projected summit's text in one language. */
export interface RotationText {
  lang: Lang;
  /** The host's name. */
  country: Record<RotationHost, string>;
  /** The projected summit's title. */
  title: (host: RotationHost) => string;
  /** Why the summit is projected there (the rule, the year, the host). */
  summary: (year: number, host: RotationHost) => string;
  /** What is uncertain. */
  note: string;
}

/** The names of the hosts from a table of forms whose first is the name. */
export const namesOf = (forms: Record<RotationHost, readonly string[]>) =>
  Object.fromEntries(Object.entries(forms).map(([host, [name]]) => [host, name])) as Record<
    RotationHost,
    string
  >;

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

const isRotationHost = (code: string | undefined): code is RotationHost =>
  code === ROTATION_CHINA || (ROTATION_CENTRAL_ASIA as readonly unknown[]).includes(code);

/** The year of a `YYYY…` date, or NaN. */
const yearOf = (date: unknown): number =>
  typeof date === 'string' && /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : NaN;

/** The Central Asian state after `code` in the rotation (Uzbekistan wraps to Kazakhstan). */
function nextCentralAsian(code: string | undefined): RotationHost {
  const i = ROTATION_CENTRAL_ASIA.indexOf(code as (typeof ROTATION_CENTRAL_ASIA)[number]);
  return ROTATION_CENTRAL_ASIA[(i + 1) % ROTATION_CENTRAL_ASIA.length] ?? 'KZ';
}

/**
 * Returns `events` followed by `count` (default 1) projected summits, their text in English and in
 * the languages of `texts`, after the last held or
 * announced summit, per the rotation rule: a summit every two years, alternating between China and
 * the Central Asian states in alphabetical order (KZ, KG, TJ, TM, UZ, then KZ again), keyed by
 * `place.countryCode`. A year in which the data already has a summit hosted by one of the six (or
 * with no host given), or an event holding the id the projection would take, is not projected
 * again. Without a held or announced summit hosted by one of the six, nothing is added.
 */
export function projectRotation(
  events: TimelineEvent[],
  options: { count?: number } = {},
  texts: readonly RotationText[] = [],
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
  let host = last.place!.countryCode as RotationHost;
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
    projected.push(projectedSummit(year, host, texts));
  }
  return [...list, ...projected];
}

/** One text in English and in each of `texts`' languages. */
function textOf(texts: readonly RotationText[], pick: (t: RotationText) => string): Text {
  const out: Exclude<Text, string> = { en: pick(en) };
  for (const t of texts) if (t.lang !== 'en') out[t.lang] = pick(t);
  return out;
}

function projectedSummit(
  year: number,
  host: RotationHost,
  texts: readonly RotationText[],
): TimelineEvent {
  return {
    id: `summit-${year}`,
    start: String(year).padStart(4, '0'),
    kind: 'summit',
    status: 'projected',
    title: textOf(texts, (t) => t.title(host)),
    place: { country: textOf(texts, (t) => t.country[host]), countryCode: host },
    summary: textOf(texts, (t) => t.summary(year, host)),
    note: textOf(texts, (t) => t.note),
    sources: [{ ...XIAN_DECLARATION_SOURCE }],
  };
}
