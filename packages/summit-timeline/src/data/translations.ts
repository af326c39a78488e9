// The built-in dataset's translations (Chinese, Russian, French), each its own chunk in the CDN
// build, loaded on demand. This module is small and ships with the element, so that the element
// can fetch a language's translation and the dataset (builtin.ts) at the same time.
import { lazyMap } from '../lazy.js';
import type { DatasetTranslation, Lang } from './types.js';

const loaders: Record<Exclude<Lang, 'en'>, () => Promise<{ default: DatasetTranslation }>> = {
  zh: () => import('./generated/china-central-asia.zh.js'),
  ru: () => import('./generated/china-central-asia.ru.js'),
  fr: () => import('./generated/china-central-asia.fr.js'),
};

/** Whether the built-in dataset has a translation into `lang` (English is the original). */
export const isTranslated = (lang: Lang): lang is Exclude<Lang, 'en'> =>
  Object.hasOwn(loaders, lang);

/** The translations, by language, loaded on demand. */
export const datasetTranslations = lazyMap<Lang, DatasetTranslation>((lang) =>
  isTranslated(lang)
    ? loaders[lang]().then((mod) => mod.default)
    : Promise.reject(new Error(`no translation into ${lang}`)),
);
