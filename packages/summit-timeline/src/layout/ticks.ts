// Axis ticks that adapt to the zoom level: years, months or days, labelled with Intl in UTC.
import { timeScale, type TimeScale } from './scale.js';

export type TickUnit = 'year' | 'month' | 'day';

export interface Tick {
  /** The tick's date (UTC midnight of a year, month or day). */
  value: Date;
  /** Position along the time axis, in pixels. */
  pos: number;
  unit: TickUnit;
  label: string;
}

const formats: Record<TickUnit, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'short', timeZone: 'UTC' },
  day: { month: 'short', day: 'numeric', timeZone: 'UTC' },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A cached `Intl.DateTimeFormat` for tick labels of `unit` in `locale` (UTC). */
export function tickFormatter(unit: TickUnit, locale = 'en'): Intl.DateTimeFormat {
  const key = `${locale}|${unit}`;
  let f = formatters.get(key);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(locale, formats[unit]);
    } catch {
      f = new Intl.DateTimeFormat('en', formats[unit]);
    }
    formatters.set(key, f);
  }
  return f;
}

/** The coarsest unit that every tick value is aligned to. */
export function tickUnit(values: readonly Date[]): TickUnit {
  let unit: TickUnit = 'year';
  for (const v of values) {
    if (v.getUTCDate() !== 1) return 'day';
    if (v.getUTCMonth() !== 0) unit = 'month';
  }
  return unit;
}

/** The widest label `unit` can produce in `locale` (for reserving room before ticks are known). */
export function widestTickLabel(
  unit: TickUnit,
  locale: string,
  measure: (text: string) => number,
): number {
  const f = tickFormatter(unit, locale);
  let w = 0;
  for (let m = 0; m < 12; m++) w = Math.max(w, measure(f.format(Date.UTC(2000, m, 28))));
  return w;
}

/**
 * Ticks of `scale` between `lo` and `hi` (pixels along the axis), about one per `spacing` pixels.
 * When `measure` is given (horizontal axis), the count is lowered until no two labels, centred on
 * their ticks, come closer than `gap` pixels.
 */
export function computeTicks(
  scale: TimeScale,
  lo: number,
  hi: number,
  options: {
    spacing: number;
    locale?: string;
    measure?: (text: string) => number;
    gap?: number;
  },
): Tick[] {
  const { spacing, locale = 'en', measure, gap = 12 } = options;
  if (!(hi > lo)) return [];
  const window = timeScale([scale.invert(lo).getTime(), scale.invert(hi).getTime()], [lo, hi]);
  let count = Math.max(1, Math.floor((hi - lo) / spacing));
  for (let attempt = 0; ; attempt++) {
    const values = window.ticks(count).filter((d) => d.getUTCHours() === 0);
    const unit = tickUnit(values);
    const f = tickFormatter(unit, locale);
    const ticks = values.map((value) => ({
      value,
      pos: window(value),
      unit,
      label: f.format(value),
    }));
    if (!measure || count <= 1 || attempt > 6 || !overlaps(ticks, measure, gap)) return ticks;
    count = Math.max(1, Math.floor(count * 0.7));
  }
}

function overlaps(ticks: readonly Tick[], measure: (text: string) => number, gap: number) {
  let prevEnd = -Infinity;
  for (const t of ticks) {
    const w = measure(t.label);
    if (t.pos - w / 2 < prevEnd + gap) return true;
    prevEnd = t.pos + w / 2;
  }
  return false;
}
