/**
 * Dates for the card: pure, no DOM.
 *
 * ISO 8601 values: a date alone (`2025-06-14`) is a calendar date, shown as written in every time
 * zone; a date-time (`2025-06-14T07:22:00+08:00`) is an instant, shown in `timeZone` (default: the
 * reader's). Text always comes from `Intl.DateTimeFormat`.
 */
const ISO = /^(\d{4}-\d\d-\d\d)(?:[T ](\d\d:\d\d(?::\d\d(?:\.\d+)?)?)\s*(Z|[+-]\d\d):?(\d\d)?)?$/i;

/** A parsed date: the instant, whether it is a calendar date, and a valid `datetime` value. */
export interface ParsedDate {
  date: Date;
  dateOnly: boolean;
  /** For `<time datetime>`. */
  iso: string;
}

/** Parses an ISO 8601 date, or a date-time (with an offset; without one it is the reader's time). */
export function parseDate(value: unknown): ParsedDate | undefined {
  const m = ISO.exec(typeof value === 'string' ? value.trim() : '');
  if (!m) return undefined;
  const [, day, time, zone = '', minutes = ''] = m as unknown as string[];
  // Days that do not exist (`2025-02-30` would roll over to March) are refused.
  const midnight = new Date(`${day}T00:00Z`);
  if (isNaN(+midnight) || !midnight.toISOString().startsWith(day!)) return undefined;
  if (!time) return { date: midnight, dateOnly: true, iso: day! };
  const tz = zone.length > 1 ? `${zone}:${minutes || '00'}` : zone.toUpperCase();
  const date = new Date(`${day}T${time}${tz}`);
  return isNaN(+date) ? undefined : { date, dateOnly: false, iso: date.toISOString() };
}

/** Formats a parsed date as a long date ("June 14, 2025") in `locale`. */
export function formatDate(p: ParsedDate, locale: string, timeZone?: string): string {
  try {
    return p.date.toLocaleDateString(locale, {
      dateStyle: 'long',
      timeZone: p.dateOnly ? 'UTC' : timeZone || undefined,
    });
  } catch {
    // An unknown time zone: the reader's.
    return p.date.toLocaleDateString(locale, { dateStyle: 'long' });
  }
}
