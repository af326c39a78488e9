// Property-based tests (fast-check) of the timeline's pure functions, in Node with no DOM:
// parseTimeline (the validator of the data format), calendar dates, projectSummits, localize and
// resolveLang, the date formatting the element shows, and isSafeUrl (which URLs become links).
//
// Each property runs FC_RUNS cases (default 10,000) from a seed that changes per run. The seed is
// printed at the start, and fast-check prints the seed and path of any failure; replay with
//   FC_SEED=<seed> [FC_PATH=<path>] node --test packages/summit-timeline/test/node/fuzz-data.test.mjs
// (or `FC_SEED=<seed> npm test`). Run `npm run build` first: this imports dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';

const dist = (f) => new URL(`../../dist/${f}`, import.meta.url).href;
const {
  parseTimeline,
  TimelineDataError,
  projectSummits,
  localize,
  resolveLang,
  parseCalendarDate,
  periodStart,
  periodEnd,
  LANGS,
  KINDS,
  STATUSES,
  ROTATION_CENTRAL_ASIA,
} = await import(dist('data/index.js'));
const { COUNTRY_CODES } = await import(dist('data/schema.js'));
const { formatEventDate } = await import(dist('format.js'));
const { isSafeUrl } = await import(dist('urls.js'));

const seed = process.env.FC_SEED
  ? Number(process.env.FC_SEED)
  : (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
const numRuns = Number(process.env.FC_RUNS) || 10_000;
const path = process.env.FC_PATH || undefined;
console.log(`fast-check seed ${seed}, ${numRuns} runs per property (replay: FC_SEED=${seed})`);
fc.configureGlobal({ seed, numRuns, ...(path ? { path } : {}) });

const pad = (n, w = 2) => String(n).padStart(w, '0');
const daysIn = (y, m) =>
  [
    31,
    (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ][m - 1];

// ---- generators of valid data ----

const HOSTILE = [
  '<script>globalThis.__pwned=1</script>',
  '<img src=x onerror="globalThis.__pwned=1">',
  '\u202Eevil\u202C',
  '</script>',
  '{{7*7}}',
  '__proto__',
];
const anyString = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE) },
);
const nonBlank = anyString.filter((s) => s.trim() !== '');
const translated = (en) =>
  fc.record(
    { en, zh: anyString, ru: anyString, fr: anyString },
    { requiredKeys: ['en'], noNullPrototype: true },
  );
const text = fc.oneof(anyString, translated(anyString));
const title = fc.oneof(nonBlank, translated(nonBlank));

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real date. */
const calendarDate = fc
  .record({
    y: fc.integer({ min: 0, max: 9999 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 31 }),
    precision: fc.constantFrom('year', 'month', 'day'),
  })
  .map(({ y, m, d, precision }) =>
    precision === 'year'
      ? pad(y, 4)
      : precision === 'month'
        ? `${pad(y, 4)}-${pad(m)}`
        : `${pad(y, 4)}-${pad(m)}-${pad(Math.min(d, daysIn(y, m)))}`,
  );
const day = calendarDate.filter((s) => s.length === 10);

/** The schema's rule: `end` may not name a period wholly before `start`'s. */
const endsBefore = (start, end) => {
  const len = Math.min(start.length, end.length);
  return end.slice(0, len) < start.slice(0, len);
};
const span = fc
  .tuple(calendarDate, fc.option(calendarDate, { nil: undefined }))
  .map(([a, b]) => (b !== undefined && endsBefore(a, b) ? [b, a] : [a, b]));

/** http(s) URLs (fc.webUrl is exact but slow: this covers what matters here, fast). */
const httpUrl = fc
  .tuple(
    fc.constantFrom('http', 'https', 'HTTPS'),
    fc.constantFrom(
      'example.com',
      'news.example',
      'xn--fiqs8s.example',
      '127.0.0.1',
      '[::1]',
      'a.b.example:8080',
      'user@host.example',
    ),
    fc.array(
      fc.constantFrom(
        'a',
        'story',
        '2025',
        '%20',
        'é',
        '中文',
        '..',
        '.',
        'x y',
        'a%2Fb',
        '~',
        '@',
        ':',
      ),
      { maxLength: 4 },
    ),
    fc.option(fc.constantFrom('?q=1', '?a=b&c=%3C', '?', '?x=<y>'), { nil: '' }),
    fc.option(fc.constantFrom('#top', '#', '#中'), { nil: '' }),
  )
  .map(
    ([scheme, host, segments, query, hash]) =>
      `${scheme}://${host}/${segments.join('/')}${query}${hash}`,
  );
const source = fc.record(
  { title: nonBlank, publisher: anyString, url: httpUrl, date: calendarDate },
  { requiredKeys: ['title', 'publisher', 'url'], noNullPrototype: true },
);
const place = fc.record(
  {
    city: text,
    country: text,
    countryCode: fc.constantFrom(...COUNTRY_CODES),
    online: fc.boolean(),
    lat: fc.double({ min: -90, max: 90, noNaN: true }).map((n) => n + 0), // no -0: JSON has none
    lon: fc.double({ min: -180, max: 180, noNaN: true }).map((n) => n + 0),
  },
  { requiredKeys: [], noNullPrototype: true },
);
/** Articles are kept as they are: any JSON object (without keys an object literal cannot own). */
const article = fc
  .dictionary(
    fc.oneof(
      fc.constantFrom('@type', 'headline', 'url', 'image', 'author', '@graph'),
      fc.string({ minLength: 1, maxLength: 6 }),
    ),
    fc.jsonValue({ maxDepth: 2 }),
    { maxKeys: 5, noNullPrototype: true },
  )
  .filter(
    (o) => !Object.keys(o).some((k) => ['__proto__', 'constructor', 'prototype'].includes(k)),
  );

const eventFields = fc.record(
  {
    kind: fc.constantFrom(...KINDS),
    status: fc.constantFrom(...STATUSES),
    title,
    place,
    summary: text,
    note: text,
    outcomes: fc.array(text, { maxLength: 3 }),
    leaders: fc.array(text, { maxLength: 3 }),
    sources: fc.array(source, { maxLength: 2 }),
    articles: fc.array(article, { maxLength: 2 }),
  },
  { requiredKeys: ['kind', 'status', 'title'], noNullPrototype: true },
);
const event = fc
  .tuple(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,10}$/), span, eventFields)
  .map(([id, [start, end], f]) => {
    const e = { id, start, ...(end !== undefined ? { end } : {}), ...f };
    return e;
  });
const timeline = fc.record(
  {
    version: fc.constant(1),
    title: text,
    asOf: day,
    rotation: fc.constant('china-central-asia'),
    events: fc.uniqueArray(event, { selector: (e) => e.id, maxLength: 5 }),
  },
  { requiredKeys: ['version', 'events'], noNullPrototype: true },
);

const clone = (x) => JSON.parse(JSON.stringify(x));
const isDataError = (err) =>
  err instanceof TimelineDataError &&
  (err.reason === 'parse' || err.reason === 'invalid') &&
  typeof err.message === 'string';

/** Calls parseTimeline; returns the data, or the TimelineDataError; anything else thrown fails. */
function tryParse(input) {
  try {
    return { data: parseTimeline(input) };
  } catch (err) {
    assert.ok(isDataError(err), `threw something else: ${err?.name}: ${err?.message}`);
    return { error: err };
  }
}

// ---- parseTimeline: valid data round-trips ----

test('parseTimeline: valid data round-trips, as an object and as JSON text', () => {
  fc.assert(
    fc.property(timeline, (data) => {
      const json = clone(data);
      assert.deepEqual(parseTimeline(data), data);
      assert.deepEqual(parseTimeline(JSON.stringify(data)), json);
      assert.deepEqual(parseTimeline(JSON.stringify(data, null, 2)), json);
    }),
  );
});

test('parseTimeline: unknown fields are dropped, everything else is kept', () => {
  const extraKey = fc
    .string({ minLength: 1, maxLength: 8 })
    .filter((k) => !['__proto__', 'constructor', 'prototype'].includes(k));
  fc.assert(
    fc.property(
      timeline,
      fc.array(fc.tuple(extraKey, fc.jsonValue({ maxDepth: 1 }), fc.nat()), { maxLength: 4 }),
      (data, extras) => {
        const input = clone(data);
        const known = new Set([
          'version',
          'title',
          'asOf',
          'rotation',
          'events',
          'id',
          'start',
          'end',
          'kind',
          'status',
          'place',
          'summary',
          'note',
          'outcomes',
          'leaders',
          'sources',
          'articles',
          'city',
          'country',
          'countryCode',
          'online',
          'lat',
          'lon',
          'publisher',
          'url',
          'date',
          'en',
          'zh',
          'ru',
          'fr',
        ]);
        for (const [key, value, at] of extras) {
          if (known.has(key)) continue;
          const targets = [
            input,
            ...input.events,
            ...input.events.flatMap((e) => [e.place, ...(e.sources ?? [])]),
          ].filter(Boolean);
          targets[at % targets.length][key] = value;
        }
        assert.deepEqual(parseTimeline(input), clone(data));
      },
    ),
  );
});

// ---- parseTimeline: one fault, and the error names its path ----

const INVALID_DATES = [
  '2025-13-01',
  '2025-02-30',
  '2023-02-29',
  '25',
  '2025-1-1',
  '',
  'abcd',
  '2025-06-14T00:00Z',
  ' 2025',
  '２０２５',
  '2025-00',
  '2025-06-00',
  '-2025',
];

/** One mutation of valid data: [description, apply(data) → the path the error must name]. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('start'), bad: fc.constantFrom(...INVALID_DATES, 2025, null) }),
  fc.record({ kind: fc.constant('end'), bad: fc.constantFrom(...INVALID_DATES) }),
  fc.record({ kind: fc.constant('kind'), bad: fc.constantFrom('party', 'Summit', '', 1, null) }),
  fc.record({ kind: fc.constant('status'), bad: fc.constantFrom('done', 'HELD', 0) }),
  fc.record({ kind: fc.constant('no-title') }),
  fc.record({ kind: fc.constant('blank-title'), bad: fc.constantFrom('', ' ', '\n\t', '\u3000') }),
  fc.record({
    kind: fc.constant('title-no-en'),
    bad: fc.constantFrom({ zh: '峰会' }, { en: 5 }, { en: ' ' }),
  }),
  fc.record({ kind: fc.constant('id'), bad: fc.constantFrom('Bad Id', '-x', '', 'a_b', 'É', 7) }),
  fc.record({ kind: fc.constant('duplicate-id') }),
  fc.record({ kind: fc.constant('end-before-start') }),
  fc.record({
    kind: fc.constant('country-code'),
    bad: fc.constantFrom('XX', 'cn', 'CHN', 'UK', ''),
  }),
  fc.record({
    kind: fc.constant('lat'),
    bad: fc.constantFrom(90.0001, -91, Number.NaN, '45', 1e9),
  }),
  fc.record({ kind: fc.constant('lon'), bad: fc.constantFrom(180.5, -181, '0') }),
  fc.record({ kind: fc.constant('online'), bad: fc.constantFrom('yes', 1, null) }),
  fc.record({ kind: fc.constant('city'), bad: fc.constantFrom(5, [], ['Astana'], null, true) }),
  fc.record({
    kind: fc.constant('source-url'),
    bad: fc.constantFrom(
      'javascript:alert(1)',
      'ftp://x.example/',
      '//x.example',
      'x',
      'data:text/html,hi',
      'http://',
      'https://exa mple.com/',
    ),
  }),
  fc.record({ kind: fc.constant('source-title'), bad: fc.constantFrom('', '  ', 5) }),
  fc.record({ kind: fc.constant('source-date'), bad: fc.constantFrom(...INVALID_DATES) }),
  fc.record({
    kind: fc.constant('outcome'),
    bad: fc.constantFrom(5, null, {}, { zh: 'x' }, [], ['x']),
  }),
  fc.record({ kind: fc.constant('outcomes'), bad: fc.constantFrom('x', {}, 5) }),
  fc.record({
    kind: fc.constant('article'),
    bad: fc.constantFrom('x', 5, null, true, [], ['headline']),
  }),
  fc.record({ kind: fc.constant('event'), bad: fc.constantFrom(null, 'x', 5, [], [{}]) }),
  // An array where an object belongs: valibot reads an array as an object, so each object of the
  // format must reject one itself, at the array (not at its first missing field, not as `{}`).
  fc.record({
    kind: fc.constant('array-for-object'),
    at: fc.constantFrom(
      'place',
      'title',
      'summary',
      'note',
      'city',
      'country',
      'source',
      'leader',
      'timeline-title',
    ),
    bad: fc.constantFrom([], ['x'], [{ en: 'x' }], [{}, {}]),
  }),
  fc.record({ kind: fc.constant('version'), bad: fc.constantFrom(2, '1', 0, null) }),
  fc.record({ kind: fc.constant('events'), bad: fc.constantFrom({}, 'x', null) }),
  fc.record({
    kind: fc.constant('as-of'),
    bad: fc.constantFrom('2025', '2025-06', '2025-02-29', 20250614),
  }),
  fc.record({
    kind: fc.constant('rotation'),
    bad: fc.constantFrom('china', 'CHINA-CENTRAL-ASIA', 1),
  }),
);

const minimalEvent = (id) => ({
  id,
  start: '2023-05-18',
  kind: 'summit',
  status: 'held',
  title: 't',
});

/** Applies `m` to a copy of `data`; returns [input, the path the error must name]. */
function applyMutation(data, m, pick) {
  const d = clone(data);
  if (!d.events.length) d.events.push(minimalEvent('e0'));
  const i = pick % d.events.length;
  const e = d.events[i];
  const at = `events[${i}]`;
  switch (m.kind) {
    case 'start':
      e.start = m.bad;
      return [d, `${at}.start`];
    case 'end':
      e.end = m.bad;
      return [d, `${at}.end`];
    case 'kind':
      e.kind = m.bad;
      return [d, `${at}.kind`];
    case 'status':
      e.status = m.bad;
      return [d, `${at}.status`];
    case 'no-title':
      delete e.title;
      return [d, `${at}.title`];
    case 'blank-title':
      e.title = m.bad;
      return [d, `${at}.title`];
    case 'title-no-en':
      e.title = m.bad;
      return [d, `${at}.title.en`];
    case 'id':
      e.id = m.bad;
      return [d, `${at}.id`];
    case 'duplicate-id': {
      d.events.push({ ...minimalEvent('x'), id: e.id });
      return [d, `events[${d.events.length - 1}].id`];
    }
    case 'end-before-start': {
      const y = Number(e.start.slice(0, 4));
      if (y === 0) e.start = '0001';
      e.end = pad(Number(e.start.slice(0, 4)) - 1, 4);
      return [d, `${at}.end`];
    }
    case 'country-code':
      e.place = { ...e.place, countryCode: m.bad };
      return [d, `${at}.place.countryCode`];
    case 'lat':
      e.place = { ...e.place, lat: m.bad };
      return [d, `${at}.place.lat`];
    case 'lon':
      e.place = { ...e.place, lon: m.bad };
      return [d, `${at}.place.lon`];
    case 'online':
      e.place = { ...e.place, online: m.bad };
      return [d, `${at}.place.online`];
    case 'city':
      e.place = { ...e.place, city: m.bad };
      return [d, `${at}.place.city`];
    case 'source-url':
    case 'source-title':
    case 'source-date': {
      e.sources = [
        ...(e.sources ?? []),
        { title: 's', publisher: 'p', url: 'https://example.com/' },
      ];
      const j = pick % e.sources.length;
      const key = m.kind.slice(7);
      e.sources[j][key] = m.bad;
      return [d, `${at}.sources[${j}].${key}`];
    }
    case 'outcome': {
      e.outcomes = [...(e.outcomes ?? []), 'ok'];
      const j = pick % e.outcomes.length;
      e.outcomes[j] = m.bad;
      return [
        d,
        `${at}.outcomes[${j}]${m.bad && typeof m.bad === 'object' && !Array.isArray(m.bad) ? '.en' : ''}`,
      ];
    }
    case 'outcomes':
      e.outcomes = m.bad;
      return [d, `${at}.outcomes`];
    case 'article': {
      e.articles = [...(e.articles ?? []), {}];
      const j = pick % e.articles.length;
      e.articles[j] = m.bad;
      return [d, `${at}.articles[${j}]`];
    }
    case 'event':
      d.events[i] = m.bad;
      return [d, at];
    case 'array-for-object':
      switch (m.at) {
        case 'place':
          e.place = m.bad;
          return [d, `${at}.place`];
        case 'city':
        case 'country':
          e.place = { ...e.place, [m.at]: m.bad };
          return [d, `${at}.place.${m.at}`];
        case 'source': {
          e.sources = [...(e.sources ?? [])];
          const j = pick % (e.sources.length + 1);
          e.sources[j] = m.bad;
          return [d, `${at}.sources[${j}]`];
        }
        case 'leader': {
          e.leaders = [...(e.leaders ?? [])];
          const j = pick % (e.leaders.length + 1);
          e.leaders[j] = m.bad;
          return [d, `${at}.leaders[${j}]`];
        }
        case 'timeline-title':
          d.title = m.bad;
          return [d, 'title'];
        default:
          e[m.at] = m.bad;
          return [d, `${at}.${m.at}`];
      }
    case 'version':
      d.version = m.bad;
      return [d, 'version'];
    case 'events':
      d.events = m.bad;
      return [d, 'events'];
    case 'as-of':
      d.asOf = m.bad;
      return [d, 'asOf'];
    case 'rotation':
      d.rotation = m.bad;
      return [d, 'rotation'];
  }
  throw new Error(`unknown mutation ${m.kind}`);
}

test('parseTimeline: one fault in valid data is rejected, and the error names its path', () => {
  fc.assert(
    fc.property(timeline, mutation, fc.nat(), fc.boolean(), (data, m, pick, asJson) => {
      const [input, expected] = applyMutation(data, m, pick);
      // NaN does not survive JSON (it becomes null): keep such cases as objects.
      const viaJson =
        asJson && !Number.isNaN(input.events?.[pick % (input.events?.length || 1)]?.place?.lat);
      const r = tryParse(viaJson ? JSON.stringify(input) : input);
      assert.ok(r.error, `accepted: ${m.kind} ${m.at ?? ''} ${JSON.stringify(m.bad)}`);
      assert.equal(r.error.reason, 'invalid');
      assert.equal(r.error.path, expected, r.error.message);
      assert.ok(r.error.message.startsWith(`${r.error.path}: `), r.error.message);
      if (Array.isArray(m.bad))
        assert.match(r.error.message, /expected .*an object, got an array$/);
    }),
  );
});

// Found by the properties above (fixed); each pinned here so that it is checked on every run.
test('parseTimeline: an array where a NewsArticle object belongs is rejected', () => {
  for (const bad of [[], ['headline']]) {
    const data = { version: 1, events: [{ ...minimalEvent('a'), articles: [bad] }] };
    const r = tryParse(data);
    assert.ok(r.error, `articles: [${JSON.stringify(bad)}] was accepted`);
    assert.equal(r.error.path, 'events[0].articles[0]');
  }
});

test('parseTimeline: an array where a place, an event or a text belongs is rejected at the array', () => {
  const cases = [
    [{ version: 1, events: [{ ...minimalEvent('a'), place: [] }] }, 'events[0].place'],
    [{ version: 1, events: [{ ...minimalEvent('a'), place: ['x'] }] }, 'events[0].place'],
    [{ version: 1, events: [[]] }, 'events[0]'],
    [{ version: 1, events: [{ ...minimalEvent('a'), title: ['t'] }] }, 'events[0].title'],
    [{ version: 1, events: [{ ...minimalEvent('a'), summary: [] }] }, 'events[0].summary'],
    [
      { version: 1, events: [{ ...minimalEvent('a'), place: { city: [] } }] },
      'events[0].place.city',
    ],
  ];
  for (const [data, path] of cases) {
    const r = tryParse(data);
    assert.ok(r.error, `${path} was accepted`);
    assert.equal(r.error.path, path);
    assert.match(r.error.message, /expected .*an object, got an array$/);
  }
});

test('parseCalendarDate: 0000-02-29 is a real date (year 0 is a leap year)', () => {
  const p = parseCalendarDate('0000-02-29');
  assert.deepEqual(p, { year: 0, month: 2, day: 29, precision: 'day' });
  assert.equal(periodStart(p).toISOString(), '0000-02-29T00:00:00.000Z');
  assert.equal(periodEnd(p).getTime() - periodStart(p).getTime(), 86_400_000);
  assert.equal(parseCalendarDate('0000-02').precision, 'month');
  assert.equal(periodEnd(parseCalendarDate('0000-02')).getUTCDate(), 1);
  assert.equal(periodEnd(parseCalendarDate('0000-02')).getUTCMonth(), 2);
});

test('parseTimeline: text that is not JSON is a parse error (no path), never another throw', () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.string({ maxLength: 30 }),
        fc.json().map((j) => j.slice(0, Math.max(0, j.length - 1))),
        timeline.map((d) => JSON.stringify(d)).map((j) => `${j.slice(0, j.length >> 1)}`),
        fc.constantFrom(
          '',
          ' ',
          '\uFEFF{}',
          "{'version':1}",
          '{"version":1,}',
          'NaN',
          'undefined',
          '<html>',
        ),
      ),
      (s) => {
        let json = true;
        try {
          JSON.parse(s);
        } catch {
          json = false;
        }
        const r = tryParse(s);
        if (!json) {
          assert.ok(r.error);
          assert.equal(r.error.reason, 'parse');
          assert.equal(r.error.path, undefined);
        }
      },
    ),
  );
});

// ---- parseTimeline: anything at all ----

/** Objects that fight back: throwing getters and proxies, cycles. */
const hostileObject = fc
  .constantFrom('getter', 'proxy', 'cycle', 'proto', 'toJSON', 'deep')
  .map((kind) => {
    switch (kind) {
      case 'getter':
        return {
          version: 1,
          get events() {
            throw new Error('boom');
          },
        };
      case 'proxy':
        return new Proxy(
          {},
          {
            get() {
              throw new Error('trap');
            },
            ownKeys() {
              throw new Error('trap');
            },
          },
        );
      case 'cycle': {
        const e = { ...minimalEvent('a') };
        e.place = { city: e };
        const d = { version: 1, events: [e] };
        e.articles = [d];
        return d;
      }
      case 'proto':
        return JSON.parse(
          '{"version":1,"events":[],"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
        );
      case 'toJSON':
        return {
          version: 1,
          events: [],
          toJSON() {
            throw new Error('no');
          },
        };
      default: {
        let deep = { version: 1, events: [] };
        for (let i = 0; i < 10_000; i++) deep = { events: [deep] };
        return deep;
      }
    }
  });

test('parseTimeline: any input at all gives data or a TimelineDataError, and pollutes nothing', () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.anything({
          maxDepth: 4,
          withBoxedValues: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withBigInt: true,
          withDate: true,
          withTypedArray: true,
          withSparseArray: true,
        }),
        fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
        hostileObject,
        timeline.chain((d) =>
          fc.constantFrom(
            { ...d, events: [...d.events, undefined] },
            { ...d, events: Object.assign([...d.events], { length: d.events.length + 2 }) },
            Object.assign(Object.create({ version: 1, events: [] }), {}),
          ),
        ),
      ),
      (input) => {
        const r = tryParse(input);
        if (r.data) assert.deepEqual(parseTimeline(r.data), r.data);
        assert.equal({}.polluted, undefined);
        assert.equal(Object.prototype.polluted, undefined);
      },
    ),
  );
});

// ---- calendar dates ----

test('parseCalendarDate: the three forms, real dates only; periods are contiguous and in UTC', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
      fc.constantFrom('year', 'month', 'day'),
      (y, m, d, precision) => {
        const s =
          precision === 'year'
            ? pad(y, 4)
            : precision === 'month'
              ? `${pad(y, 4)}-${pad(m)}`
              : `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
        const valid =
          precision === 'year' ||
          (m >= 1 && m <= 12 && (precision === 'month' || (d >= 1 && d <= daysIn(y, m))));
        const p = parseCalendarDate(s);
        if (!valid) return assert.equal(p, undefined, s);
        assert.ok(p, s);
        assert.equal(p.precision, precision);
        assert.equal(p.year, y);
        const a = periodStart(p);
        const b = periodEnd(p);
        assert.equal(a.getUTCFullYear(), y);
        assert.equal(
          a.getUTCHours() + a.getUTCMinutes() + a.getUTCSeconds() + a.getUTCMilliseconds(),
          0,
        );
        assert.equal(a.toISOString().slice(0, s.length).replace(/^\+0*/, ''), s);
        const days =
          precision === 'day'
            ? 1
            : precision === 'month'
              ? daysIn(y, m)
              : (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
                ? 366
                : 365;
        assert.equal(b.getTime() - a.getTime(), days * 86_400_000, s);
      },
    ),
  );
});

test('parseCalendarDate: any string at all: a date or undefined, never a throw', () => {
  fc.assert(
    fc.property(
      fc.oneof(fc.string({ maxLength: 14 }), fc.stringMatching(/^\d{4}(-\d{1,2}(-\d{1,2})?)?$/)),
      (s) => {
        const p = parseCalendarDate(s);
        if (p) assert.match(s, /^\d{4}(-\d\d(-\d\d)?)?$/);
      },
    ),
  );
});

// ---- projectSummits ----

const deepFreeze = (o) => {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
};
const HOSTS = ['CN', ...ROTATION_CENTRAL_ASIA];
const summit = fc.record({
  id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,8}$/),
  start: fc
    .integer({ min: 1990, max: 2100 })
    .chain((y) => fc.constantFrom(String(y), `${y}-05`, `${y}-06-17`)),
  kind: fc.constantFrom('summit', 'summit', 'ministerial', 'virtual-summit', 'milestone'),
  status: fc.constantFrom(...STATUSES),
  title: fc.constant('Summit'),
  place: fc.option(
    fc.record(
      { countryCode: fc.constantFrom(...HOSTS, 'RU', 'US', undefined) },
      { requiredKeys: [] },
    ),
    { nil: undefined },
  ),
});

test('projectSummits: continues the rotation without duplicates, never mutates, output is valid data', () => {
  fc.assert(
    fc.property(
      fc
        .uniqueArray(summit, { selector: (e) => e.id, maxLength: 8 })
        .map((events) => events.map(clone)),
      fc.oneof(
        fc.integer({ min: 0, max: 12 }),
        fc.constantFrom(undefined, -1, 1.5, Number.NaN, Infinity, '3', 1e9),
      ),
      (events, count) => {
        const before = clone(events);
        const out = projectSummits(deepFreeze(events), count === undefined ? undefined : { count });
        assert.deepEqual(events, before);
        assert.deepEqual(out.slice(0, events.length), events);
        const added = out.slice(events.length);
        const n = Math.max(0, Math.min(Math.floor(Number(count ?? 1)) || 0, 1000));
        assert.ok(added.length <= n);
        const ids = new Set(events.map((e) => e.id));
        const series = events
          .filter(
            (e) =>
              e.kind === 'summit' &&
              e.status !== 'projected' &&
              HOSTS.includes(e.place?.countryCode),
          )
          .sort((a, b) => Number(a.start.slice(0, 4)) - Number(b.start.slice(0, 4)));
        if (!series.length) assert.equal(added.length, 0);
        let prevYear = series.length ? Number(series.at(-1).start.slice(0, 4)) : 0;
        for (const p of added) {
          assert.equal(p.status, 'projected');
          assert.equal(p.kind, 'summit');
          assert.ok(!ids.has(p.id), `duplicate id ${p.id}`);
          ids.add(p.id);
          const year = Number(p.start);
          assert.equal(p.id, `summit-${year}`);
          assert.ok(year > prevYear && (year - prevYear) % 2 === 0);
          prevYear = year;
          assert.ok(
            !events.some(
              (e) =>
                e.kind === 'summit' &&
                e.start.startsWith(p.start) &&
                (e.place?.countryCode === undefined || HOSTS.includes(e.place.countryCode)),
            ),
          );
          assert.ok(HOSTS.includes(p.place.countryCode));
        }
        // Hosts alternate between China and the Central Asian states, in order.
        const hosts = [
          ...series.map((e) => e.place.countryCode).slice(-1),
          ...added.map((p) => p.place.countryCode),
        ];
        const years = [
          ...series.map((e) => Number(e.start.slice(0, 4))).slice(-1),
          ...added.map((p) => Number(p.start)),
        ];
        for (let k = 1; k < hosts.length; k++) {
          if (years[k] - years[k - 1] !== 2) continue; // a skipped year (already in the data) breaks the pair
          assert.ok(
            (hosts[k] === 'CN') !== (hosts[k - 1] === 'CN'),
            `${hosts[k - 1]} then ${hosts[k]}`,
          );
        }
        const check = added.length > 12 ? [...added.slice(0, 6), ...added.slice(-6)] : added;
        assert.deepEqual(parseTimeline({ version: 1, events: check }).events, check);
      },
    ),
  );
});

test('projectSummits: any input at all: an array, never a throw', () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.array(fc.anything({ maxDepth: 3, withNullPrototype: true })),
        fc.anything({ maxDepth: 2 }),
      ),
      fc.anything({ maxDepth: 1 }),
      (events, options) => {
        assert.ok(Array.isArray(projectSummits(events, options)));
      },
    ),
  );
});

// ---- localize and resolveLang ----

test('localize and resolveLang: any input: a string and a supported language, never a throw', () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.anything({ maxDepth: 2, withNullPrototype: true }),
        translated(anyString),
        anyString,
      ),
      fc.oneof(fc.constantFrom(...LANGS), fc.anything({ maxDepth: 0 })),
      fc.oneof(
        fc.constantFrom(
          'zh-CN',
          'zh-Hans-CN',
          'ZH',
          'fr_CA',
          'ru-RU',
          ' en ',
          'de',
          '',
          'x-private',
          'zh-',
        ),
        fc.string({ maxLength: 12 }),
        fc.anything({ maxDepth: 0 }),
      ),
      (t, lang, tag) => {
        assert.equal(typeof localize(t, lang), 'string');
        const r = resolveLang(tag);
        assert.ok(LANGS.includes(r));
        if (typeof tag === 'string') {
          const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
          assert.equal(r, LANGS.includes(primary) ? primary : 'en');
        }
        if (typeof t === 'string') assert.equal(localize(t, LANGS.includes(lang) ? lang : 'en'), t);
      },
    ),
  );
});

// ---- the dates the element shows: the same for every reader ----

const ZONES = ['UTC', 'Asia/Shanghai', 'Asia/Almaty', 'America/Los_Angeles'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

for (const tz of ZONES) {
  test(`formatEventDate: calendar dates read as written (reader in ${tz})`, () => {
    const saved = process.env.TZ;
    process.env.TZ = tz; // Node honours a change of TZ at run time
    try {
      assert.equal(new Intl.DateTimeFormat().resolvedOptions().timeZone, tz);
      fc.assert(
        fc.property(
          span,
          fc.constantFrom(...LANGS),
          fc.constantFrom('long', 'short'),
          ([start, end], lang, style) => {
            const e = {
              id: 'e',
              start,
              ...(end ? { end } : {}),
              kind: 'summit',
              status: 'held',
              title: 't',
            };
            const text = formatEventDate(e, lang, style);
            assert.equal(typeof text, 'string');
            // The reference is computed in UTC, so it cannot depend on the reader's zone.
            const s = parseCalendarDate(start);
            if (!end && lang === 'en' && style === 'long' && s.year >= 1000) {
              const want =
                s.precision === 'year'
                  ? `${s.year}`
                  : s.precision === 'month'
                    ? `${MONTHS[s.month - 1]} ${s.year}`
                    : `${MONTHS[s.month - 1]} ${s.day}, ${s.year}`;
              assert.equal(text, want);
            }
            if (end && lang === 'en' && s.year >= 1000)
              assert.ok(text.includes(String(s.year)), text);
            const opts =
              s.precision === 'year'
                ? { year: 'numeric' }
                : s.precision === 'month'
                  ? { year: 'numeric', month: style }
                  : { year: 'numeric', month: style, day: 'numeric' };
            if (!end)
              assert.equal(
                text,
                new Intl.DateTimeFormat(lang, { ...opts, timeZone: 'UTC' }).format(periodStart(s)),
              );
          },
        ),
        { numRuns: Math.ceil(numRuns / ZONES.length) },
      );
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
}

// ---- isSafeUrl: which URLs become links ----

const BASES = ['https://news.example/world/story.html', 'http://localhost:8000/'];
const BAD_SCHEMES = ['javascript', 'vbscript', 'data'];
/** What browsers and HTML parsers drop or skip around and inside a scheme. */
const PADDING = [' ', '\t', '\n', '\r', '\f', '\v', '\0', '\x01', '\x08', '\x1b', '\x1f', '\x7f'];
const PADDING_WIDE = [...PADDING, '\u00a0', '\u2028', '\u3000', '\ufeff', '\u200b', '\x85'];
/** Ways markup can spell one character: itself, or a character reference (entity-like text). */
const spell = (ch) =>
  fc.constantFrom(
    ch,
    `&#${ch.codePointAt(0)};`,
    `&#${ch.codePointAt(0)}`,
    `&#000${ch.codePointAt(0)};`,
    `&#x${ch.codePointAt(0).toString(16)};`,
    `&#X${ch.codePointAt(0).toString(16).toUpperCase()}`,
    ...(ch === ':' ? ['&colon;', '&COLON;'] : []),
  );
/** The URL as a browser reads an href: C0 controls and spaces trimmed, tabs and newlines dropped. */
const hrefReading = (s) => {
  const c0 = (ch) => ch !== undefined && ch.charCodeAt(0) <= 0x20;
  let a = 0;
  let b = s.length;
  while (a < b && c0(s[a])) a++;
  while (b > a && c0(s[b - 1])) b--;
  return s
    .slice(a, b)
    .replace(/[\t\n\r]/g, '')
    .toLowerCase();
};
/** The string as an HTML parser would read it in an attribute (character references decoded). */
const markupReading = (s) =>
  s.replace(
    /&#[xX]([0-9a-fA-F]+);?|&#([0-9]+);?|&(colon|tab|newline|nbsp);/gi,
    (ref, hex, dec, name) => {
      if (name) return { colon: ':', tab: '\t', newline: '\n', nbsp: '\u00a0' }[name.toLowerCase()];
      const cp = hex ? parseInt(hex, 16) : parseInt(dec, 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd';
    },
  );
const runsCode = (reading) =>
  BAD_SCHEMES.some((scheme) =>
    reading
      .replace(/[\s\p{Cc}\u200b-\u200f]/gu, '')
      .toLowerCase()
      .startsWith(`${scheme}:`),
  );

/** `javascript:`, `vbscript:` or `data:`, in any case, padded and split, possibly as entities. */
const dangerousUrl = fc
  .tuple(
    fc
      .constantFrom(...BAD_SCHEMES)
      .chain((scheme) =>
        fc.tuple(
          ...[...scheme].map((ch) =>
            fc.tuple(
              fc.constantFrom(ch, ch.toUpperCase()).chain(spell),
              fc.constantFrom('', '', '', '\t', '\n', '\r', '&Tab;', '&NewLine;'),
            ),
          ),
        ),
      ),
    spell(':'),
    fc.array(fc.constantFrom(...PADDING_WIDE, '&nbsp;', '&#32;', '&#x09;'), { maxLength: 4 }),
    fc.constantFrom(
      'alert(1)',
      '//%0aalert(document.domain)',
      'text/html,<script>globalThis.__pwned=1</script>',
      'text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'msgbox(1)',
      '',
    ),
  )
  .map(
    ([parts, colon, pad, payload]) =>
      `${pad.join('')}${parts.map(([c, gap]) => c + gap).join('')}${colon}${payload}`,
  )
  // A reference without its `;` runs on into a following digit (`&#X6AA` is one character, not
  // `jA`): such strings name no scheme, so they are not dangerous and are left out here.
  .filter((url) => runsCode(markupReading(url)));

test('isSafeUrl: javascript:, vbscript: and data: URLs are never links, however written', () => {
  fc.assert(
    fc.property(dangerousUrl, fc.constantFrom(...BASES), (url, base) => {
      assert.equal(isSafeUrl(url, base), false, JSON.stringify(url));
    }),
  );
});

test('isSafeUrl: any string at all: never a throw; what it accepts is http(s) or relative', () => {
  const relative = fc
    .array(
      fc.constantFrom('a', 'news', '..', '.', '%2F', 'x y', '中文', '?q=1', '#top', '&amp;', ':'),
      {
        minLength: 1,
        maxLength: 4,
      },
    )
    .map((parts) => parts.join('/'));
  const httpLike = fc
    .tuple(
      fc.constantFrom('http', 'HTTPS', 'hTtP', 'https'),
      fc.constantFrom(':', '&colon;', '&#58;'),
    )
    .map(([scheme, colon]) => `${scheme}${colon}//example.org/a`);
  fc.assert(
    fc.property(
      fc.oneof(
        { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
        { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
        { weight: 2, arbitrary: dangerousUrl },
        {
          weight: 1,
          arbitrary: fc.tuple(dangerousUrl, fc.string({ maxLength: 4 })).map(([d, p]) => p + d),
        },
        { weight: 1, arbitrary: relative },
        { weight: 1, arbitrary: httpLike },
        { weight: 1, arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }) },
        {
          weight: 1,
          arbitrary: fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9+.-]{0,10}:[^\s]{0,10}$/),
        },
      ),
      fc.constantFrom(...BASES),
      (url, base) => {
        let ok;
        assert.doesNotThrow(() => {
          ok = isSafeUrl(url, base);
        });
        assert.equal(typeof ok, 'boolean');
        if (!ok) return;
        // Accepted: a browser resolves it to http(s) (an absolute http(s) URL or a relative one)...
        const resolved = new URL(url, base);
        assert.ok(['http:', 'https:'].includes(resolved.protocol), `${url} → ${resolved.href}`);
        const scheme = /^([a-z][a-z0-9+.-]*):/.exec(hrefReading(url))?.[1];
        assert.ok(scheme === undefined || scheme === 'http' || scheme === 'https', url);
        // ...and neither a browser's reading nor a markup parser's names a scheme that runs code.
        assert.ok(!runsCode(hrefReading(url)), JSON.stringify(url));
        assert.ok(!runsCode(markupReading(url)), JSON.stringify(url));
      },
    ),
  );
});

test('isSafeUrl: anything that is not a string is never a link', () => {
  fc.assert(
    fc.property(
      fc.anything({ maxDepth: 2, withBoxedValues: true, withNullPrototype: true }),
      fc.constantFrom(...BASES),
      (value, base) => {
        fc.pre(typeof value !== 'string');
        assert.equal(isSafeUrl(value, base), false);
      },
    ),
  );
});
