// The data format, version 1, as a valibot schema: the single definition that parseTimeline
// validates with and that schema.json is generated from (scripts/build-schema.mjs).
// Objects strip unknown fields (they are ignored); anything else off-format is an issue.
import * as v from 'valibot';
import { parseCalendarDate } from './dates.js';
import type { Source, TimelineData, TimelineEvent } from './types.js';
import { KINDS, STATUSES } from './types.js';

/** ISO 3166-1 alpha-2: the officially assigned codes. */
export const COUNTRY_CODES = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR ' +
  'BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ ' +
  'EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW ' +
  'GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY ' +
  'KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV ' +
  'MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY ' +
  'QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG ' +
  'TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
).split(' ');

const quote = (input: unknown): string => {
  try {
    const s = JSON.stringify(input);
    if (s !== undefined) return s.length > 60 ? `${s.slice(0, 57)}…` : s;
  } catch {
    /* fall through */
  }
  return String(input);
};

/** An event id: public API (publishers deep-link with it). */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const DATE_PATTERN = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
const DAY_PATTERN = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
const HTTP_PATTERN = /^[Hh][Tt][Tt][Pp][Ss]?:\/\//; // no flags: JSON Schema has none

const notADate = (issue: { input: unknown }) => `${quote(issue.input)} is not a date`;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and a real calendar date. */
const CalendarDateSchema = v.pipe(
  v.string(),
  v.regex(DATE_PATTERN, (issue) => `${notADate(issue)} (YYYY, YYYY-MM or YYYY-MM-DD)`),
  v.check((s) => parseCalendarDate(s) !== undefined, notADate),
  v.description('A calendar date: YYYY, YYYY-MM or YYYY-MM-DD (the form is the precision).'),
);

/** `YYYY-MM-DD`, a real calendar date. */
const DaySchema = v.pipe(
  v.string(),
  v.regex(DAY_PATTERN, (issue) => `${notADate(issue)} (YYYY-MM-DD)`),
  v.check((s) => parseCalendarDate(s) !== undefined, notADate),
);

/**
 * valibot's `object`, except that an array is not an object. (valibot's lets an array through and
 * reads it as an object: `place: []` would become `{}`, and an array where an event belongs would
 * be reported at its first missing field, `events[0].id`, instead of at the array itself.) Still a
 * plain `object` schema to everything that inspects it (type, entries), so schema.json is generated
 * from it as before, where `"type": "object"` already excludes arrays.
 */
function object<const TEntries extends v.ObjectEntries>(
  entries: TEntries,
): v.ObjectSchema<TEntries, undefined> {
  const { '~standard': _, ...schema } = v.object(entries);
  const run = schema['~run'];
  return v._standardSchema<v.ObjectSchema<TEntries, undefined>>({
    ...schema,
    '~run'(dataset, config) {
      if (!Array.isArray(dataset.value)) return run.call(this, dataset, config);
      v._addIssue(this, 'type', dataset, config, { received: 'Array' });
      return dataset as unknown as ReturnType<typeof run>;
    },
  });
}

const nonEmpty = (what: string) =>
  v.check<string, string>((s) => s.trim() !== '', `${what} is empty`);

const TranslatedTextSchema = object({
  en: v.string(),
  zh: v.optional(v.string()),
  ru: v.optional(v.string()),
  fr: v.optional(v.string()),
});

/** A string, or the same text in several languages (English required). */
export const TextSchema = v.pipe(
  v.union([v.string(), TranslatedTextSchema]),
  v.description('A string, or { en, zh?, ru?, fr? }.'),
);

/** A Text whose English (or only) form is not blank. */
const TitleSchema = v.union([
  v.pipe(v.string(), nonEmpty('the title')),
  object({ ...TranslatedTextSchema.entries, en: v.pipe(v.string(), nonEmpty('the title')) }),
]);

export const PlaceSchema = object({
  city: v.optional(TextSchema),
  country: v.optional(TextSchema),
  countryCode: v.optional(
    v.picklist(
      COUNTRY_CODES,
      (issue) => `${quote(issue.input)} is not an ISO 3166-1 alpha-2 country code (e.g. "CN")`,
    ),
  ),
  online: v.optional(v.boolean()),
  lat: v.optional(
    v.pipe(v.number(), v.minValue(-90, 'latitude below -90'), v.maxValue(90, 'latitude above 90')),
  ),
  lon: v.optional(
    v.pipe(
      v.number(),
      v.minValue(-180, 'longitude below -180'),
      v.maxValue(180, 'longitude above 180'),
    ),
  ),
});

export const SourceSchema = object({
  title: v.pipe(v.string(), nonEmpty('the title')),
  publisher: v.string(),
  url: v.pipe(
    v.string(),
    v.regex(HTTP_PATTERN, (issue) => `${quote(issue.input)} is not an http(s) URL`),
    v.url((issue) => `${quote(issue.input)} is not a URL`),
  ),
  date: v.optional(CalendarDateSchema),
});

/** A schema.org NewsArticle (or subtype) as found in JSON-LD: any object, kept as is. */
// A NewsArticle object (read by <article-card>): any object, but not an array. (valibot's
// looseObject lets an array through, and its output is a copy, so a later check cannot see it.)
export const ArticleSchema = v.custom<Record<string, unknown>>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  'is not an object',
);

export const EventSchema = v.pipe(
  object({
    id: v.pipe(
      v.string(),
      v.regex(
        ID_PATTERN,
        (issue) => `${quote(issue.input)} is not a valid id (lower-case letters, digits, hyphens)`,
      ),
    ),
    start: CalendarDateSchema,
    end: v.optional(CalendarDateSchema),
    kind: v.picklist(KINDS),
    status: v.picklist(STATUSES),
    title: TitleSchema,
    place: v.optional(PlaceSchema),
    summary: v.optional(TextSchema),
    note: v.optional(TextSchema),
    outcomes: v.optional(v.array(TextSchema)),
    leaders: v.optional(v.array(TextSchema)),
    sources: v.optional(v.array(SourceSchema)),
    articles: v.optional(v.array(ArticleSchema)),
  }),
  v.forward(
    v.partialCheck(
      [['start'], ['end']],
      (e) => e.end === undefined || !endsBeforeStart(e.start, e.end),
      (issue) => {
        const e = issue.input as { start: string; end?: string };
        return `${quote(e.end)} is before the start ${quote(e.start)}`;
      },
    ),
    ['end'],
  ),
);

/** Whether the period `end` names ends before the period `start` names begins. */
function endsBeforeStart(start: string, end: string): boolean {
  // Compare at the coarser of the two precisions: "2023" to "2023-05" is fine, as is "2023-05-18"
  // to "2023-05"; only a period wholly before the start is an error.
  const len = Math.min(start.length, end.length);
  return end.slice(0, len) < start.slice(0, len);
}

export const TimelineSchema = object({
  version: v.literal(1),
  title: v.optional(TextSchema),
  asOf: v.optional(DaySchema),
  rotation: v.optional(v.picklist(['china-central-asia'])),
  events: v.pipe(
    v.array(EventSchema),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const seen = new Set<string>();
      dataset.value.forEach((event, index) => {
        if (seen.has(event.id)) {
          addIssue({
            message: `duplicate id ${quote(event.id)}`,
            input: event.id,
            path: [
              { type: 'array', origin: 'value', input: dataset.value, key: index, value: event },
              { type: 'object', origin: 'value', input: event, key: 'id', value: event.id },
            ],
          });
        }
        seen.add(event.id);
      });
    }),
  ),
});

// Type-level checks: the schema's output is the data format of types.ts.
type Output = v.InferOutput<typeof TimelineSchema>;
type Assert<T extends true> = T;
type _SchemaMatchesTypes = Assert<Output extends TimelineData ? true : false>;
type _EventMatchesTypes = Assert<
  v.InferOutput<typeof EventSchema> extends TimelineEvent ? true : false
>;
type _SourceMatchesTypes = Assert<v.InferOutput<typeof SourceSchema> extends Source ? true : false>;
