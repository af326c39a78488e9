// The element's text in a language other than English: its strings and the projected summits'
// text, one chunk per language (locale.<lang>.ts), loaded before an element in that language
// starts. English is built in (messages.ts, data/rotation.en.ts).
import type { RotationText } from './data/rotation.js';
import type { Lang } from './data/types.js';
import { lazyMap } from './lazy.js';
import { en, type Messages } from './messages.js';

/** A language's text: the element's strings and the projected summits' text. */
export interface Locale {
  messages: Messages;
  rotation: RotationText;
}

const loaders: Record<Exclude<Lang, 'en'>, () => Promise<{ default: Locale }>> = {
  zh: () => import('./locale.zh.js'),
  ru: () => import('./locale.ru.js'),
  fr: () => import('./locale.fr.js'),
};

/** The locales, loaded on demand; English is not among them (it is always there). */
export const locales = lazyMap<Lang, Locale>((lang) =>
  Object.hasOwn(loaders, lang)
    ? loaders[lang as Exclude<Lang, 'en'>]().then((mod) => mod.default)
    : Promise.reject(new Error(`no locale ${lang}`)),
);

/** `lang`'s strings: English until its chunk has loaded (or if it cannot load). */
export const messagesOf = (lang: Lang): Messages => locales.get(lang)?.messages ?? en;

/** The projected summits' text of every language loaded so far (English is in rotation.ts). */
export const rotationTexts = (): RotationText[] => locales.values().map((l) => l.rotation);
