// Calendar ticks in UTC: years, months or days, chosen as d3-time's utcTicks chooses them (the
// interval whose duration is nearest, by ratio, to the span divided by the wanted count; beyond a
// year, a "nice" number of years: 1, 2 or 5 × 10ⁿ).

export type CalendarUnit = 'year' | 'month' | 'day';

export interface CalendarInterval {
  unit: CalendarUnit;
  /** Every `step` years, months or days (days: days of the month 1, 1 + step, …). */
  step: number;
}

const DAY = 864e5;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

const INTERVALS: [CalendarInterval, number][] = [
  [{ unit: 'day', step: 1 }, DAY],
  [{ unit: 'day', step: 2 }, 2 * DAY],
  [{ unit: 'day', step: 7 }, 7 * DAY],
  [{ unit: 'month', step: 1 }, MONTH],
  [{ unit: 'month', step: 3 }, 3 * MONTH],
  [{ unit: 'year', step: 1 }, YEAR],
];

/** 1, 2 or 5 × 10ⁿ nearest (by ratio) above `raw`, at least 1 (d3-array's tickIncrement thresholds). */
export function niceStep(raw: number): number {
  if (!(raw > 1)) return 1;
  const p = 10 ** Math.floor(Math.log10(raw));
  const e = raw / p;
  return (e >= Math.sqrt(50) ? 10 : e >= Math.sqrt(10) ? 5 : e >= Math.SQRT2 ? 2 : 1) * p;
}

/** The tick interval for `count` ticks between `start` and `stop` (epoch ms). */
export function calendarInterval(start: number, stop: number, count: number): CalendarInterval {
  const target = Math.abs(stop - start) / Math.max(1, count);
  const i = INTERVALS.findIndex(([, d]) => d > target);
  if (i < 0) return { unit: 'year', step: niceStep(target / YEAR) };
  if (i === 0) return INTERVALS[0]![0];
  const [a, da] = INTERVALS[i - 1]!;
  const [b, db] = INTERVALS[i]!;
  return target / da < db / target ? a : b;
}

/** UTC midnight of a calendar day, for any year (Date.UTC maps years 0–99 to 1900–1999). */
function utc(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, day);
  return d.getTime();
}

/** Calendar-aligned dates from `start` to `stop` inclusive (epoch ms), about `count` of them. */
export function calendarTicks(start: number, stop: number, count: number): Date[] {
  const out: Date[] = [];
  if (!(stop >= start) || !Number.isFinite(start) || !Number.isFinite(stop)) return out;
  const { unit, step } = calendarInterval(start, stop, count);
  const s = new Date(start);
  let y = s.getUTCFullYear();
  let m = s.getUTCMonth();
  let d = s.getUTCDate();
  // Move to the first period start at or after `start`.
  if (unit === 'year') {
    if (utc(y, 0, 1) < start) y++;
    y = Math.ceil(y / step) * step;
    for (let t = utc(y, 0, 1); t <= stop && out.length < 1000; t = utc((y += step), 0, 1)) {
      out.push(new Date(t));
    }
  } else if (unit === 'month') {
    if (utc(y, m, 1) < start) m++;
    while ((((m % 12) + 12) % 12) % step) m++;
    for (let t = utc(y, m, 1); t <= stop && out.length < 1000; t = utc(y, (m += step), 1)) {
      out.push(new Date(t));
    }
  } else {
    if (utc(y, m, d) < start) d++;
    for (let t = utc(y, m, d); t <= stop && out.length < 1000; t = utc(y, m, ++d)) {
      const date = new Date(t);
      const day = date.getUTCDate();
      // Weeks as days 1, 8, 15 and 22, so ticks stay a week apart across month ends.
      if ((day - 1) % step === 0 && !(step === 7 && day > 28)) out.push(date);
    }
  }
  return out;
}
