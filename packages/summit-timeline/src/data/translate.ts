// Merges a dataset translation (data/<dataset>.<lang>.json) into a dataset: every Text it covers
// becomes `{ en, …, [lang] }`. Pure; the input is not mutated.
import type {
  DatasetTranslation,
  EventTranslation,
  Lang,
  Text,
  TimelineData,
  TimelineEvent,
} from './types.js';

/** `text` with its `lang` form set to `value` (unchanged when `value` is not a non-empty string). */
export function withTranslation(text: Text, lang: Lang, value: unknown): Text {
  if (typeof value !== 'string' || value === '') return text;
  const base = typeof text === 'string' ? { en: text } : { ...text };
  base[lang] = value;
  return base;
}

function translateList(list: Text[] | undefined, lang: Lang, values: unknown): Text[] | undefined {
  if (!list) return list;
  const arr = Array.isArray(values) ? values : [];
  return list.map((t, i) => withTranslation(t, lang, arr[i]));
}

function translateEvent(event: TimelineEvent, lang: Lang, t: EventTranslation | undefined) {
  if (!t) return event;
  const out: TimelineEvent = { ...event, title: withTranslation(event.title, lang, t.title) };
  if (event.summary !== undefined) out.summary = withTranslation(event.summary, lang, t.summary);
  if (event.note !== undefined) out.note = withTranslation(event.note, lang, t.note);
  if (event.outcomes) out.outcomes = translateList(event.outcomes, lang, t.outcomes);
  if (event.leaders) out.leaders = translateList(event.leaders, lang, t.leaders);
  if (event.place && t.place) {
    const place = { ...event.place };
    if (place.city !== undefined) place.city = withTranslation(place.city, lang, t.place.city);
    if (place.country !== undefined)
      place.country = withTranslation(place.country, lang, t.place.country);
    out.place = place;
  }
  return out;
}

/** The dataset with one language's translation merged in (events it does not cover are kept as is). */
export function mergeTranslation(
  data: TimelineData,
  translation: DatasetTranslation,
): TimelineData {
  const { lang, events } = translation;
  const out: TimelineData = {
    ...data,
    events: data.events.map((e) =>
      translateEvent(e, lang, Object.hasOwn(events, e.id) ? events[e.id] : undefined),
    ),
  };
  if (data.title !== undefined) out.title = withTranslation(data.title, lang, translation.title);
  return out;
}
