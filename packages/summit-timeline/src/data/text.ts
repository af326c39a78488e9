// Text of the data format: a string, or the same text in several languages.
import { LANGS, type Lang, type Text } from './types.js';

/**
 * The text in `lang`, else in English; a plain string is returned as is; `undefined` gives ''.
 * Tolerates malformed values (returns '' rather than throwing).
 */
export function localize(text: Text | undefined, lang: Lang): string {
  if (typeof text === 'string') return text;
  if (!text || typeof text !== 'object') return '';
  const value = text[lang] ?? text.en;
  return typeof value === 'string' ? value : '';
}

/**
 * The supported language a BCP 47 tag resolves to: its primary subtag if supported
 * (`zh-CN`, `zh-Hans` → `zh`; `fr-CA` → `fr`; `RU` → `ru`), else `en`.
 */
export function resolveLang(tag: string | null | undefined): Lang {
  if (typeof tag !== 'string') return 'en';
  const primary = tag.trim().toLowerCase().split(/[-_]/, 1)[0] ?? '';
  return isLang(primary) ? primary : 'en';
}

/** Whether a string is one of the supported languages, exactly (`'zh'`, not `'zh-CN'`). */
export function isLang(value: unknown): value is Lang {
  return (LANGS as readonly unknown[]).includes(value);
}
