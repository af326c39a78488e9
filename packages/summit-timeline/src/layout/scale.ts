// The time scale: calendar dates (UTC) to pixels along the time axis, zoomed by a d3-zoom-like
// transform given as plain numbers (so d3-zoom itself is not needed to compute a layout).
//
// Budget note: d3-scale's scaleUtc, with d3-time, d3-array, d3-interpolate, d3-format and
// d3-time-format, weighs ~13 KB min+gzip, two fifths of the first-render budget, for a straight
// line and calendar ticks. This is the same linear mapping (and the same API shape: a callable
// scale with invert, domain, range and ticks); the ticks follow d3-time's utcTicks (calendar
// years, months, days, chosen the same way) and are labelled with Intl. D3 proper (d3-zoom,
// d3-selection) drives the gestures, loaded on demand.
import { calendarTicks } from './calendar.js';

/** A d3-zoom-compatible transform: `position = k × base + x` (horizontal) or `+ y` (vertical). */
export interface ZoomTransformLike {
  k: number;
  x: number;
  y: number;
}

export const IDENTITY: ZoomTransformLike = Object.freeze({ k: 1, x: 0, y: 0 });

const DAY = 864e5;

/** A linear UTC time scale: epoch milliseconds (or Dates) to pixels, like d3's scaleUtc. */
export interface TimeScale {
  (date: Date | number): number;
  invert(pos: number): Date;
  domain(): [Date, Date];
  range(): [number, number];
  /** Calendar-aligned tick dates (years, months or days), about `count` of them. */
  ticks(count: number): Date[];
}

/** A linear UTC time scale from `domain` (epoch ms) to `range` (pixels). */
export function timeScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): TimeScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const a = d1 !== d0 ? (r1 - r0) / (d1 - d0) : 0;
  const scale = ((date: Date | number) => r0 + (+date - d0) * a) as TimeScale;
  scale.invert = (pos) => new Date(a ? d0 + (pos - r0) / a : d0);
  scale.domain = () => [new Date(d0), new Date(d1)];
  scale.range = () => [r0, r1];
  scale.ticks = (count) => calendarTicks(Math.min(d0, d1), Math.max(d0, d1), count);
  return scale;
}

/**
 * The base domain of a timeline: the extent of its events (epoch milliseconds), padded by
 * `fraction` of the span on each side (at least 30 days), so the first and last markers do not
 * sit on an edge.
 */
export function paddedExtent(
  starts: ArrayLike<number>,
  ends: ArrayLike<number>,
  fraction = 0.04,
): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < starts.length; i++) {
    if (starts[i]! < lo) lo = starts[i]!;
    if (ends[i]! > hi) hi = ends[i]!;
  }
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) {
    const y = Date.UTC(2000, 0, 1);
    return [y, y + 365 * DAY];
  }
  const pad = Math.max((hi - lo) * fraction, 30 * DAY);
  return [lo - pad, hi + pad];
}

/**
 * A UTC time scale zoomed by `transform` along one axis: `range` is the unzoomed pixel range of
 * `domain`; the result maps a date to `k × base(date) + t` (t being `transform.x` or `.y`), as
 * d3-zoom's `rescaleX`/`rescaleY` would for a d3 scale.
 */
export function zoomedScale(
  domain: readonly [number, number],
  range: readonly [number, number],
  transform: ZoomTransformLike,
  axis: 'x' | 'y',
): TimeScale {
  const base = timeScale(domain, range);
  const t = axis === 'x' ? transform.x : transform.y;
  const k = transform.k > 0 && Number.isFinite(transform.k) ? transform.k : 1;
  const tt = Number.isFinite(t) ? t : 0;
  return timeScale(
    [base.invert((range[0] - tt) / k).getTime(), base.invert((range[1] - tt) / k).getTime()],
    range,
  );
}

/**
 * The largest useful zoom factor: where the visible range shrinks to about two weeks
 * (finer than days tells nothing about calendar dates).
 */
export function maxZoom(domain: readonly [number, number]): number {
  return Math.max(1, (domain[1] - domain[0]) / (14 * DAY));
}
