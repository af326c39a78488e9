// The built-in dataset: the China–Central Asia summits, in English, bundled into the first render.
// Its other languages load on demand, each its own chunk in the CDN build. The dataset is validated
// by a test (test/data/builtin.test.ts), not at run time.
import dataset from './generated/china-central-asia.js';
import { mergeTranslation } from './translate.js';
import type { DatasetTranslation, Lang, TimelineData } from './types.js';

/** The built-in dataset in English (valid data, version 1). Treat it as read-only. */
export const builtinDataset: TimelineData = dataset;

const loaders: Record<Exclude<Lang, 'en'>, () => Promise<{ default: DatasetTranslation }>> = {
  zh: () => import('./generated/china-central-asia.zh.js'),
  ru: () => import('./generated/china-central-asia.ru.js'),
  fr: () => import('./generated/china-central-asia.fr.js'),
};

const cache = new Map<Lang, Promise<TimelineData>>();

/**
 * The built-in dataset with `lang`'s translations merged in (every Text it covers becomes
 * `{ en, [lang] }`, so `localize(text, lang)` finds it). English resolves at once. Never rejects:
 * if the language's chunk fails to load, it resolves to the English dataset (and a later call
 * tries again). An unknown language resolves to English.
 */
export function loadDatasetLanguage(lang: Lang): Promise<TimelineData> {
  if (!Object.hasOwn(loaders, lang)) return Promise.resolve(builtinDataset);
  const cached = cache.get(lang);
  if (cached) return cached;
  const promise = loaders[lang as Exclude<Lang, 'en'>]()
    .then((mod) => mergeTranslation(builtinDataset, mod.default))
    .catch(() => {
      cache.delete(lang);
      return builtinDataset;
    });
  cache.set(lang, promise);
  return promise;
}
