/**
 * The card's UI strings in English, Chinese (Simplified), Russian and French: pure, no DOM.
 *
 * The language is resolved per element: its `lang`, else the nearest ancestor's (across shadow
 * roots), else the document's, else English. Region and script subtags fall back (`zh-CN` and
 * `zh-Hans` to `zh`, `fr-CA` to `fr`); an unknown language falls back to English.
 */
export interface Messages {
  /** Accessible name of the loading skeleton. */
  loading: string;
  /** Prefix of the byline. */
  by: string;
  /** Label before the date when it is the date of the last update. */
  updated: string;
}

export const LANGUAGES = ['en', 'zh', 'ru', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

export const catalogs: Record<Language, Messages> = {
  en: {
    loading: 'Loading article',
    by: 'By ',
    updated: 'Updated ',
  },
  zh: {
    loading: '正在加载',
    by: '作者：',
    updated: '更新于',
  },
  ru: {
    loading: 'Загрузка статьи',
    by: 'Автор: ',
    updated: 'Обновлено ',
  },
  fr: {
    loading: 'Chargement de l’article',
    by: 'Par ',
    updated: 'Mis à jour le ',
  },
};

/** The catalog language for a BCP 47 tag (`zh-Hans-CN` → `zh`); `en` when unknown. */
export function resolveLanguage(tag: string | null | undefined): Language {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0] as Language;
  return Object.hasOwn(catalogs, base) ? base : 'en';
}

interface LangNode {
  getAttribute?(name: string): string | null;
  parentElement?: LangNode | null;
  parentNode?: (LangNode & { host?: LangNode }) | null;
}

/** The language tag in effect for `el`: its own `lang`, the nearest ancestor's, the document's. */
export function languageOf(el: LangNode): string {
  for (let n: LangNode | null | undefined = el; n; n = n.parentElement ?? n.parentNode?.host) {
    const lang = n.getAttribute?.('lang');
    if (lang) return lang;
  }
  return globalThis.document?.documentElement.lang || 'en';
}
