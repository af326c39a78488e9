// A seeded generator of synthetic, valid events, for tests and benchmarks (e.g. layoutTimeline on
// 10,000 events). Pure: the same (n, seed) always gives the same events.
import { daysInMonth } from './dates.js';
import type { EventKind, EventStatus, TimelineEvent } from './types.js';

/** mulberry32: a small, fast, seedable PRNG returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KIND_WEIGHTS: [EventKind, number][] = [
  ['ministerial', 0.5],
  ['summit', 0.2],
  ['milestone', 0.2],
  ['virtual-summit', 0.1],
];
const CITIES: [string, string, number, number][] = [
  ["Xi'an", 'CN', 34.27, 108.9],
  ['Astana', 'KZ', 51.17, 71.45],
  ['Bishkek', 'KG', 42.87, 74.59],
  ['Dushanbe', 'TJ', 38.56, 68.77],
  ['Ashgabat', 'TM', 37.95, 58.38],
  ['Tashkent', 'UZ', 41.3, 69.24],
];

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * `n` synthetic events with ids `e-0` … `e-{n-1}`, spread over `fromYear`–`toYear` (default
 * 1990–2040), with a mix of kinds, statuses (future dates are announced or projected), precisions
 * (mostly days) and places; about one in ten spans several days. Valid per the data format.
 */
export function generateEvents(
  n: number,
  seed = 1,
  {
    fromYear = 1990,
    toYear = 2040,
    now = 2026,
  }: { fromYear?: number; toYear?: number; now?: number } = {},
): TimelineEvent[] {
  const random = seededRandom(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const count = Math.max(0, Math.floor(n) || 0);
  const events: TimelineEvent[] = [];
  for (let i = 0; i < count; i++) {
    const year = int(fromYear, toYear);
    const month = int(1, 12);
    const day = int(1, daysInMonth(year, month));
    const p = random();
    const precision = p < 0.8 ? 'day' : p < 0.92 ? 'month' : 'year';
    const start =
      precision === 'day'
        ? `${year}-${pad(month)}-${pad(day)}`
        : precision === 'month'
          ? `${year}-${pad(month)}`
          : `${year}`;
    let r = random();
    let kind: EventKind = 'ministerial';
    for (const [k, w] of KIND_WEIGHTS) {
      if ((r -= w) < 0) {
        kind = k;
        break;
      }
    }
    const status: EventStatus = year <= now ? 'held' : random() < 0.5 ? 'announced' : 'projected';
    const [city, countryCode, lat, lon] = CITIES[int(0, CITIES.length - 1)]!;
    const event: TimelineEvent = {
      id: `e-${i}`,
      start,
      kind,
      status,
      title: `Event ${i + 1}`,
      place: kind === 'virtual-summit' ? { online: true } : { city, countryCode, lat, lon },
    };
    if (precision === 'day' && random() < 0.1) {
      const last = Math.min(daysInMonth(year, month), day + int(1, 3));
      event.end = `${year}-${pad(month)}-${pad(last)}`;
    }
    events.push(event);
  }
  return events;
}
