// The data format, version 1: the types every module of the timeline shares.
// The valibot schema in ./schema.ts is the runtime definition; a type-level check there keeps it
// and these types in step, and schema.json is generated from it.

/** Languages with message catalogs and dataset translations. */
export const LANGS = ['en', 'zh', 'ru', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

/** A string, or the same text in several languages (English required). */
export type Text = string | { en: string; zh?: string; ru?: string; fr?: string };

export const KINDS = ['summit', 'virtual-summit', 'ministerial', 'milestone'] as const;
export type EventKind = (typeof KINDS)[number];

export const STATUSES = ['held', 'announced', 'projected'] as const;
export type EventStatus = (typeof STATUSES)[number];

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: the form is the precision. */
export type Precision = 'year' | 'month' | 'day';

export interface Place {
  city?: Text;
  country?: Text;
  /** ISO 3166-1 alpha-2, upper case. */
  countryCode?: string;
  online?: boolean;
  lat?: number;
  lon?: number;
}

export interface Source {
  title: string;
  publisher: string;
  url: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date?: string;
}

/** A schema.org NewsArticle (or subtype) as found in JSON-LD; rendered as `<article-card>`. */
export type NewsArticleLike = Record<string, unknown>;

export interface TimelineEvent {
  /** Unique, `^[a-z0-9][a-z0-9-]*$`; public API (publishers deep-link with it). */
  id: string;
  start: string;
  end?: string;
  kind: EventKind;
  status: EventStatus;
  title: Text;
  place?: Place;
  summary?: Text;
  /** What is uncertain or inferred. */
  note?: Text;
  outcomes?: Text[];
  leaders?: Text[];
  sources?: Source[];
  articles?: NewsArticleLike[];
}

export interface TimelineData {
  version: 1;
  title?: Text;
  /** `YYYY-MM-DD`: the date the data was last checked. */
  asOf?: string;
  /** Declares the rotation rule that projectSummits applies. */
  rotation?: 'china-central-asia';
  events: TimelineEvent[];
}

/** One event's text in one language (a dataset translation file, keyed by event id). */
export interface EventTranslation {
  title?: string;
  summary?: string;
  note?: string;
  /** Same order and length as the event's `outcomes`. */
  outcomes?: string[];
  /** Same order and length as the event's `leaders`. */
  leaders?: string[];
  place?: { city?: string; country?: string };
}

/** A dataset's text in one more language: `data/<dataset>.<lang>.json`. */
export interface DatasetTranslation {
  lang: Exclude<Lang, 'en'>;
  title?: string;
  events: Record<string, EventTranslation>;
}
