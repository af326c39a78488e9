// Text of events in a language: dates through Intl (UTC, at the event's precision), places,
// options' accessible names. Pure (Intl only), so SSR can use it too.
import { parseCalendarDate, periodStart } from './data/dates.js';
import { localize } from './data/text.js';
import type { Lang, Place, Precision, TimelineEvent } from './data/types.js';
import type { Messages } from './messages.js';

type Style = 'long' | 'short';

const OPTIONS: Record<Precision, Record<Style, Intl.DateTimeFormatOptions>> = {
  year: { long: { year: 'numeric' }, short: { year: 'numeric' } },
  month: { long: { year: 'numeric', month: 'long' }, short: { year: 'numeric', month: 'short' } },
  day: {
    long: { year: 'numeric', month: 'long', day: 'numeric' },
    short: { year: 'numeric', month: 'short', day: 'numeric' },
  },
};

const cache = new Map<string, Intl.DateTimeFormat>();

/** A cached date formatter for `lang` at `precision`, in UTC (calendar dates read the same everywhere). */
export function dateFormatter(
  lang: string,
  precision: Precision,
  style: Style,
): Intl.DateTimeFormat {
  const key = `${lang}|${precision}|${style}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang, { ...OPTIONS[precision][style], timeZone: 'UTC' });
    cache.set(key, f);
  }
  return f;
}

const ORDER: Precision[] = ['year', 'month', 'day'];

/**
 * An event's date or date range in `lang`, at its precision: "2027", "May 2023",
 * "May 18 – 19, 2023" (Intl's formatRange). Falls back to the raw strings for invalid dates.
 */
export function formatEventDate(event: TimelineEvent, lang: Lang, style: Style = 'long'): string {
  const s = parseCalendarDate(String(event.start));
  if (!s) return String(event.start ?? '');
  const e = event.end === undefined ? undefined : parseCalendarDate(String(event.end));
  // The coarser precision of the two, so a range never claims more than its ends do.
  const precision =
    e && ORDER.indexOf(e.precision) < ORDER.indexOf(s.precision) ? e.precision : s.precision;
  const f = dateFormatter(lang, precision, style);
  const a = periodStart(s);
  if (!e) return f.format(a);
  const b = periodStart(e);
  if (b.getTime() <= a.getTime()) return f.format(a);
  return dateRange(f, a, b);
}

/** `a` to `b` with `f`: Intl's formatRange ("May 18 – 19, 2023"), or both ends and a dash. */
export function dateRange(f: Intl.DateTimeFormat, a: Date, b: Date): string {
  return typeof f.formatRange === 'function'
    ? f.formatRange(a, b)
    : `${f.format(a)} – ${f.format(b)}`;
}

/** "Xi'an, China" ("中国西安" in Chinese); "online"; "" when unknown. */
export function formatPlace(place: Place | undefined, lang: Lang, m: Messages): string {
  if (!place) return '';
  const city = localize(place.city, lang);
  const country = localize(place.country, lang);
  const where = lang === 'zh' ? `${country}${city}` : [city, country].filter(Boolean).join(', ');
  return place.online ? [m.online, where].filter(Boolean).join(lang === 'zh' ? '，' : ', ') : where;
}

/** An option's accessible name: "{title}, {date}, {place}, {status}". */
export function optionName(event: TimelineEvent, lang: Lang, m: Messages): string {
  return [
    localize(event.title, lang) || event.id,
    formatEventDate(event, lang),
    formatPlace(event.place, lang, m),
    m.status[event.status] ?? '',
  ]
    .filter(Boolean)
    .join(', ');
}
