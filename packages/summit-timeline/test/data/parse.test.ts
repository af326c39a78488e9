import { expect } from '@open-wc/testing';
import { parseTimeline, TimelineDataError } from '../../src/data/parse.js';
import type { TimelineData } from '../../src/data/types.js';

const event = (extra: Record<string, unknown> = {}) => ({
  id: 'summit-2023',
  start: '2023-05-18',
  kind: 'summit',
  status: 'held',
  title: 'First summit',
  ...extra,
});
const doc = (events: unknown[], extra: Record<string, unknown> = {}) => ({
  version: 1,
  events,
  ...extra,
});

/** The TimelineDataError that parseTimeline throws for `input`. */
function failure(input: unknown): TimelineDataError {
  try {
    parseTimeline(input);
  } catch (err) {
    expect(err).to.be.instanceOf(TimelineDataError);
    expect(err).to.be.instanceOf(Error);
    return err as TimelineDataError;
  }
  throw new Error('parseTimeline accepted the input');
}

describe('parseTimeline', () => {
  it('returns valid data, with every field of the format', () => {
    const full = doc(
      [
        event({
          end: '2023-05-19',
          title: { en: 'First summit', zh: '首届峰会', ru: 'Первый саммит', fr: 'Premier sommet' },
          place: {
            city: "Xi'an",
            country: { en: 'China', zh: '中国' },
            countryCode: 'CN',
            online: false,
            lat: 34.27,
            lon: 108.9,
          },
          summary: 'A summary.',
          note: 'What is uncertain.',
          outcomes: ["Xi'an Declaration", { en: 'A list', fr: 'Une liste' }],
          leaders: ['Xi Jinping'],
          sources: [
            { title: 'A report', publisher: 'A paper', url: 'https://example.org/a', date: '2023' },
          ],
          articles: [{ '@type': 'NewsArticle', headline: 'A story', author: { name: 'A. B.' } }],
        }),
        event({ id: 'fm-1', start: '2020-07', kind: 'ministerial', place: { online: true } }),
        event({ id: 'summit-2027', start: '2027', status: 'announced' }),
      ],
      { title: 'Summits', asOf: '2026-11-28', rotation: 'china-central-asia' },
    );
    const data: TimelineData = parseTimeline(full);
    expect(data).to.deep.equal(full);
    expect(data).not.to.equal(full);
  });

  it('accepts a JSON string', () => {
    const data = parseTimeline(JSON.stringify(doc([event()])));
    expect(data.events.map((e) => e.id)).to.deep.equal(['summit-2023']);
  });

  it('accepts an empty event list', () => {
    expect(parseTimeline('{"version":1,"events":[]}').events).to.deep.equal([]);
  });

  it('ignores unknown fields, at every level, and drops them from the result', () => {
    const data = parseTimeline({
      ...doc([
        {
          ...event({ place: { city: 'Astana', population: 1 } }),
          colour: 'red',
          sources: [{ title: 't', publisher: 'p', url: 'http://example.org', lang: 'en' }],
        },
      ]),
      generator: 'x',
    });
    expect(data).to.deep.equal(
      doc([
        event({
          place: { city: 'Astana' },
          sources: [{ title: 't', publisher: 'p', url: 'http://example.org' }],
        }),
      ]),
    );
  });

  it('keeps an article object as it is (JSON-LD is read by <article-card>)', () => {
    const article = { '@type': ['NewsArticle'], headline: 'x', '@graph': [] };
    expect(parseTimeline(doc([event({ articles: [article] })])).events[0]!.articles).to.deep.equal([
      article,
    ]);
  });

  it('accepts an end in the same period as the start, at a coarser or finer precision', () => {
    for (const [start, end] of [
      ['2023', '2023-05'],
      ['2023-05-18', '2023-05'],
      ['2023-05-18', '2023-05-18'],
      ['2023-05', '2024'],
    ]) {
      expect(parseTimeline(doc([event({ start, end })])).events[0]!.end).to.equal(end);
    }
  });

  describe('errors name the path', () => {
    const cases: [string, unknown, string, string | undefined][] = [
      [
        'an impossible month',
        doc([
          event(),
          event({ id: 'b' }),
          event({ id: 'c' }),
          event({ id: 'd', start: '2025-13-45' }),
        ]),
        'events[3].start: "2025-13-45" is not a date',
        'events[3].start',
      ],
      [
        'a day that does not exist',
        doc([event({ start: '2025-02-29' })]),
        'events[0].start: "2025-02-29" is not a date',
        'events[0].start',
      ],
      [
        'a date in another form',
        doc([event({ start: '18/05/2023' })]),
        'events[0].start: "18/05/2023" is not a date',
        'events[0].start',
      ],
      [
        'an end before the start',
        doc([event({ end: '2023-05-17' })]),
        'events[0].end: "2023-05-17" is before the start "2023-05-18"',
        'events[0].end',
      ],
      [
        'a duplicate id',
        doc([event(), event({ id: 'b' }), event()]),
        'events[2].id: duplicate id "summit-2023"',
        'events[2].id',
      ],
      [
        'an id with capitals or spaces',
        doc([event({ id: 'Summit 2023' })]),
        'events[0].id: "Summit 2023" is not a valid id',
        'events[0].id',
      ],
      [
        'an id starting with a hyphen',
        doc([event({ id: '-a' })]),
        'events[0].id: "-a" is not a valid id',
        'events[0].id',
      ],
      [
        'a missing field',
        doc([event({ kind: undefined })]),
        'events[0].kind: is required',
        'events[0].kind',
      ],
      [
        'an unknown kind',
        doc([event({ kind: 'party' })]),
        'events[0].kind: expected "summit" or "virtual-summit" or "ministerial" or "milestone", got "party"',
        'events[0].kind',
      ],
      [
        'an unknown status',
        doc([event({ status: 'rumoured' })]),
        'events[0].status: expected "held" or "announced" or "projected", got "rumoured"',
        'events[0].status',
      ],
      [
        'a translated text without English',
        doc([event({ title: { zh: '峰会' } })]),
        'events[0].title.en: is required',
        'events[0].title.en',
      ],
      [
        'a translation that is not a string',
        doc([event({ summary: { en: 'x', ru: 5 } })]),
        'events[0].summary.ru: expected a string, got 5',
        'events[0].summary.ru',
      ],
      [
        'a title of the wrong type',
        doc([event({ title: 42 })]),
        'events[0].title: expected a string or an object, got 42',
        'events[0].title',
      ],
      [
        'a blank title',
        doc([event({ title: '  ' })]),
        'events[0].title: the title is empty',
        'events[0].title',
      ],
      [
        'a lower-case country code',
        doc([event({ place: { countryCode: 'cn' } })]),
        'events[0].place.countryCode: "cn" is not an ISO 3166-1 alpha-2 country code',
        'events[0].place.countryCode',
      ],
      [
        'a country code that is not assigned',
        doc([event({ place: { countryCode: 'XX' } })]),
        'events[0].place.countryCode: "XX" is not an ISO 3166-1 alpha-2 country code',
        'events[0].place.countryCode',
      ],
      [
        'a latitude out of range',
        doc([event({ place: { lat: 91, lon: 0 } })]),
        'events[0].place.lat: latitude above 90',
        'events[0].place.lat',
      ],
      [
        'a longitude out of range',
        doc([event({ place: { lon: -181 } })]),
        'events[0].place.lon: longitude below -180',
        'events[0].place.lon',
      ],
      [
        'online that is not a boolean',
        doc([event({ place: { online: 'yes' } })]),
        'events[0].place.online: expected true or false, got "yes"',
        'events[0].place.online',
      ],
      [
        'a javascript: source URL',
        doc([event({ sources: [{ title: 't', publisher: 'p', url: 'javascript:alert(1)' }] })]),
        'events[0].sources[0].url: "javascript:alert(1)" is not an http(s) URL',
        'events[0].sources[0].url',
      ],
      [
        'a relative source URL',
        doc([event({ sources: [{ title: 't', publisher: 'p', url: '/a' }] })]),
        'events[0].sources[0].url: "/a" is not an http(s) URL',
        'events[0].sources[0].url',
      ],
      [
        'a source without a URL',
        doc([event({ sources: [{ title: 't', publisher: 'p' }] })]),
        'events[0].sources[0].url: is required',
        'events[0].sources[0].url',
      ],
      [
        'a source date that is not a date',
        doc([
          event({ sources: [{ title: 't', publisher: 'p', url: 'https://a.org', date: 'May' }] }),
        ]),
        'events[0].sources[0].date: "May" is not a date',
        'events[0].sources[0].date',
      ],
      [
        'an outcome of the wrong type',
        doc([event({ outcomes: ['a', null] })]),
        'events[0].outcomes[1]: expected a string or an object, got null',
        'events[0].outcomes[1]',
      ],
      [
        'leaders that are not a list',
        doc([event({ leaders: 'Xi Jinping' })]),
        'events[0].leaders: expected an array, got "Xi Jinping"',
        'events[0].leaders',
      ],
      [
        'an event that is an array',
        doc([[]]),
        'events[0]: expected an object, got an array',
        'events[0]',
      ],
      [
        'a place that is an array',
        doc([event({ place: ['Astana'] })]),
        'events[0].place: expected an object, got an array',
        'events[0].place',
      ],
      [
        'a title that is an array',
        doc([event({ title: ['Summit'] })]),
        'events[0].title: expected a string or an object, got an array',
        'events[0].title',
      ],
      [
        'a city that is an array',
        doc([event({ place: { city: [] } })]),
        'events[0].place.city: expected a string or an object, got an array',
        'events[0].place.city',
      ],
      [
        'a source that is an array',
        doc([event({ sources: [['https://example.org']] })]),
        'events[0].sources[0]: expected an object, got an array',
        'events[0].sources[0]',
      ],
      [
        'an article that is not an object',
        doc([event({ articles: ['https://example.org'] })]),
        'events[0].articles[0]: expected an object, got "https://example.org"',
        'events[0].articles[0]',
      ],
      ['another version', doc([], { version: 2 }), 'version: expected 1, got 2', 'version'],
      ['no version', { events: [] }, 'version: is required', 'version'],
      ['no events', { version: 1 }, 'events: is required', 'events'],
      [
        'events that are not a list',
        { version: 1, events: {} },
        'events: expected an array, got an object',
        'events',
      ],
      [
        'an asOf that is not a day',
        doc([], { asOf: '2026-11' }),
        'asOf: "2026-11" is not a date',
        'asOf',
      ],
      [
        'an unknown rotation',
        doc([], { rotation: 'g20' }),
        'rotation: expected "china-central-asia", got "g20"',
        'rotation',
      ],
      ['a number', 42, 'expected an object with version and events, got 42', undefined],
      ['null', null, 'expected an object with version and events, got null', undefined],
      [
        'undefined',
        undefined,
        'expected an object with version and events, got nothing',
        undefined,
      ],
      ['an array', [], 'expected an object with version and events, got an array', undefined],
      [
        'JSON that is not an object',
        '"hello"',
        'expected an object with version and events, got "hello"',
        undefined,
      ],
    ];
    for (const [what, input, message, path] of cases) {
      it(`for ${what}`, () => {
        const err = failure(input);
        expect(err.message).to.include(message);
        expect(err.message.startsWith(path ? `${path}: ` : 'expected')).to.equal(true);
        expect(err.path).to.equal(path);
        expect(err.reason).to.equal('invalid');
        expect(err.name).to.equal('TimelineDataError');
      });
    }
  });

  describe('invalid JSON', () => {
    for (const text of [
      '{"version": 1, "events": [}',
      '{bad',
      '',
      '   ',
      "{'version': 1}",
      '{"version":1,"events":[]} x',
    ]) {
      it(`throws a TimelineDataError for ${JSON.stringify(text)}`, () => {
        const err = failure(text);
        expect(err.reason).to.equal('parse');
        expect(err.path).to.equal(undefined);
        expect(err.message).to.match(/^not valid JSON: ./);
      });
    }
  });

  it('throws only TimelineDataError, even for hostile input', () => {
    const throwing = {
      version: 1,
      get events(): unknown {
        throw new TypeError('boom');
      },
    };
    const cyclic: Record<string, unknown> = { version: 1, events: [] };
    cyclic.self = cyclic;
    const err = failure(throwing);
    expect(err.message).to.include('boom');
    expect(parseTimeline(cyclic)).to.deep.equal({ version: 1, events: [] });
    for (const input of [Symbol('x'), () => 1, new Date(0), 10n, Number.NaN, true]) failure(input);
    failure(doc([event({ place: { lat: Number.NaN } })]));
    failure(doc([event({ place: { lat: Infinity } })]));
  });

  // How fast is the benchmarks' business (no wall-clock assertion in tests): this checks that a
  // large document validates whole, and that a fault near its end is still found and named.
  it('validates 10,000 events, and finds a fault in the last one', () => {
    const events = Array.from({ length: 10000 }, (_, i) => event({ id: `e-${i}` }));
    expect(parseTimeline(doc(events)).events).to.have.length(10000);
    events[9999] = event({ id: 'e-9999', start: '2025-02-30' });
    expect(failure(doc(events)).path).to.equal('events[9999].start');
  });
});
