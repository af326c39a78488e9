// Calendar dates of the data format. A date is a calendar date, not an instant: it reads the same
// in every time zone, so everything here is UTC (never the reader's local midnight).
import type { Precision } from './types.js';

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface CalendarDate {
  year: number;
  /** 1–12, when the precision is month or day. */
  month?: number;
  /** 1–31, when the precision is day. */
  day?: number;
  precision: Precision;
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns undefined for anything else or an impossible date. */
export function parseCalendarDate(input: string): CalendarDate | undefined {
  const m = DATE_RE.exec(input);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year, precision: 'year' };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (m[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day, precision: 'day' };
}

export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; setUTCFullYear keeps years 0–99 as written.
  const date = new Date(Date.UTC(2000, month, 0));
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

/** First instant (UTC midnight) of the period a calendar date names. */
export function periodStart(d: CalendarDate): Date {
  // Year, month and day set together: Date.UTC maps years 0–99 to 1900–1999, and setting the year
  // afterwards would move 0000-02-29 (a leap day; 1900 has none) to 0000-03-01.
  const date = new Date(0);
  date.setUTCFullYear(d.year, (d.month ?? 1) - 1, d.day ?? 1);
  return date;
}

/** First instant after the period a calendar date names (exclusive end). */
export function periodEnd(d: CalendarDate): Date {
  const start = periodStart(d);
  if (d.precision === 'year') start.setUTCFullYear(d.year + 1);
  else if (d.precision === 'month') start.setUTCMonth(start.getUTCMonth() + 1);
  else start.setUTCDate(start.getUTCDate() + 1);
  return start;
}

/**
 * The UTC interval an event covers: from the start of `start`'s period to the end of `end`'s
 * period (or of `start`'s, without an end). Throws on an unparseable date: validate first.
 */
export function eventInterval(
  start: string,
  end?: string,
): { start: Date; end: Date; precision: Precision } {
  const s = parseCalendarDate(start);
  const e = end === undefined ? s : parseCalendarDate(end);
  if (!s || !e) throw new RangeError(`not a calendar date: ${!s ? start : end}`);
  return { start: periodStart(s), end: periodEnd(e), precision: s.precision };
}
