// A seeded generator of timeline events, and the mapping of one event list to each library's
// input format. Every library gets the same events: same ids, dates, titles and summaries.

/** mulberry32: a small, fast, seedable PRNG returning floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS = [
  ['ministerial', 0.55, 'Ministerial meeting'],
  ['milestone', 0.25, 'Milestone'],
  ['summit', 0.15, 'Summit'],
  ['virtual-summit', 0.05, 'Virtual summit'],
];
const CITIES = [
  'Astana',
  'Almaty',
  'Bishkek',
  'Osh',
  'Dushanbe',
  'Khujand',
  'Ashgabat',
  'Tashkent',
  'Samarkand',
  'Xi’an',
  'Beijing',
  'Chengdu',
  'Urumqi',
];
const TOPICS = [
  'trade corridors',
  'energy links',
  'water management',
  'rail freight',
  'customs procedures',
  'education exchanges',
  'digital payments',
  'border crossings',
  'agriculture',
  'public health',
];

/** The fixed "today" of generated data (the status of an event depends on it). */
export const NOW = '2026-11-28';
/** Generated dates fall in [FIRST_DAY, FIRST_DAY + SPAN_DAYS). */
const FIRST_DAY = Date.UTC(1990, 0, 1);
const SPAN_DAYS = 50 * 365;
const DAY = 86_400_000;

const pad = (n, w = 2) => String(n).padStart(w, '0');

/**
 * `n` events in the shared shape (sorted by date, ids `ev-000001`…), reproducible from `seed`.
 * @returns {{ id: string, start: string, year: number, month: number, day: number,
 *   kind: string, kindLabel: string, status: string, title: string, summary: string }[]}
 */
export function generateEvents(n, seed = 20261128) {
  const rand = prng(seed ^ Math.imul(n, 0x9e3779b1));
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const days = Array.from({ length: n }, () => Math.floor(rand() * SPAN_DAYS)).sort(
    (a, b) => a - b,
  );
  return days.map((d, i) => {
    const date = new Date(FIRST_DAY + d * DAY);
    const year = date.getUTCFullYear();
    const month = date.getUTCMonth() + 1;
    const day = date.getUTCDate();
    const start = `${year}-${pad(month)}-${pad(day)}`;
    let r = rand();
    let kind = KINDS[KINDS.length - 1];
    for (const k of KINDS) {
      if (r < k[1]) {
        kind = k;
        break;
      }
      r -= k[1];
    }
    const city = kind[0] === 'virtual-summit' ? 'online' : pick(CITIES);
    const status = start <= NOW ? 'held' : rand() < 0.5 ? 'announced' : 'projected';
    const number = i + 1;
    const t1 = Math.floor(rand() * TOPICS.length);
    const t2 = (t1 + 1 + Math.floor(rand() * (TOPICS.length - 1))) % TOPICS.length;
    return {
      id: `ev-${pad(number, 6)}`,
      start,
      year,
      month,
      day,
      kind: kind[0],
      kindLabel: kind[2],
      status,
      title: `${kind[2]} ${number}, ${city}`,
      summary: `Delegations discuss ${TOPICS[t1]} and ${TOPICS[t2]}.`,
    };
  });
}

/** `<summit-timeline>`'s `data` (format version 1). */
export function toOurs(events) {
  return {
    version: 1,
    title: `Generated timeline (${events.length} events)`,
    events: events.map((e) => ({
      id: e.id,
      start: e.start,
      kind: e.kind,
      status: e.status,
      title: e.title,
      summary: e.summary,
    })),
  };
}

/** TimelineJS3's JSON: `{ events: [{ start_date: { year, month, day }, text }] }`. */
export function toTimelineJS(events) {
  return {
    events: events.map((e) => ({
      unique_id: e.id,
      start_date: { year: e.year, month: e.month, day: e.day },
      text: { headline: e.title, text: e.summary },
    })),
  };
}

/** vis-timeline DataSet items: `{ id, content, start }` (`title` is the hover text). */
export function toVis(events) {
  return events.map((e) => ({
    id: e.id,
    content: e.title,
    start: e.start,
    title: e.summary,
  }));
}
