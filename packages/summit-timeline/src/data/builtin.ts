// The built-in dataset: the China–Central Asia summits, in English, and its translations, loaded on
// demand (translations.ts). In the CDN build this module is a chunk of its own, which the element
// loads when it shows the built-in dataset (and a page with data of its own never does). The
// dataset is validated by a test (test/data/builtin.test.ts), not at run time.
import dataset from './generated/china-central-asia.js';
import { mergeTranslation } from './translate.js';
import { datasetTranslations, isTranslated } from './translations.js';
import type { Lang, TimelineData } from './types.js';

/** The built-in dataset in English (valid data, version 1). Treat it as read-only. */
export const builtinDataset: TimelineData = dataset;

const merged = new Map<Lang, TimelineData>();

/**
 * The built-in dataset in `lang` if its translation has loaded (English always has), else
 * undefined. The same object for the same language.
 */
export function datasetIn(lang: Lang): TimelineData | undefined {
  if (!isTranslated(lang)) return builtinDataset;
  let data = merged.get(lang);
  const translation = datasetTranslations.get(lang);
  if (!data && translation)
    merged.set(lang, (data = mergeTranslation(builtinDataset, translation)));
  return data;
}

/**
 * The built-in dataset with `lang`'s translations merged in (every Text it covers becomes
 * `{ en, [lang] }`, so `localize(text, lang)` finds it). English resolves at once. Never rejects:
 * if the language's chunk fails to load, it resolves to the English dataset (and a later call
 * tries again). An unknown language resolves to English.
 */
export async function loadDatasetLanguage(lang: Lang): Promise<TimelineData> {
  if (isTranslated(lang)) await datasetTranslations.load(lang);
  return datasetIn(lang) ?? builtinDataset;
}
