// Every catalog of the element's strings, by language: for code that needs them all at once (the
// server render, tests, apps). The element itself loads a language when it needs it (locale.ts).
import type { Lang } from './data/types.js';
import fr from './locale.fr.js';
import ru from './locale.ru.js';
import zh from './locale.zh.js';
import { en, type Messages } from './messages.js';

/** The catalogs, by language. */
export const catalogs: Record<Lang, Messages> = {
  en,
  zh: zh.messages,
  ru: ru.messages,
  fr: fr.messages,
};
