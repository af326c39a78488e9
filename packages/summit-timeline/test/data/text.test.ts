import { expect } from '@open-wc/testing';
import { isLang, localize, resolveLang } from '../../src/data/text.js';
import type { Text } from '../../src/data/types.js';

describe('localize', () => {
  const text: Text = { en: 'Summit', zh: '峰会', ru: 'Саммит' };
  it('returns the text in the language asked for', () => {
    expect(localize(text, 'zh')).to.equal('峰会');
    expect(localize(text, 'ru')).to.equal('Саммит');
    expect(localize(text, 'en')).to.equal('Summit');
  });
  it('falls back to English where a language is missing or empty', () => {
    expect(localize(text, 'fr')).to.equal('Summit');
    expect(localize({ en: 'Summit', fr: undefined }, 'fr')).to.equal('Summit');
  });
  it('returns a plain string as it is, in every language', () => {
    expect(localize('Astana', 'zh')).to.equal('Astana');
  });
  it('returns an empty string for no text or malformed text', () => {
    expect(localize(undefined, 'en')).to.equal('');
    expect(localize(null as unknown as Text, 'en')).to.equal('');
    expect(localize({} as Text, 'ru')).to.equal('');
    expect(localize({ en: 5 } as unknown as Text, 'en')).to.equal('');
  });
});

describe('resolveLang', () => {
  const cases: [string | null | undefined, string][] = [
    ['en', 'en'],
    ['zh', 'zh'],
    ['zh-CN', 'zh'],
    ['zh-Hans', 'zh'],
    ['zh-Hans-CN', 'zh'],
    ['ZH_cn', 'zh'],
    ['ru', 'ru'],
    ['ru-KZ', 'ru'],
    ['fr-CA', 'fr'],
    ['fr', 'fr'],
    ['en-GB', 'en'],
    ['de', 'en'],
    ['kk', 'en'],
    ['', 'en'],
    ['  ', 'en'],
    [null, 'en'],
    [undefined, 'en'],
    ['x-zh', 'en'],
  ];
  for (const [tag, lang] of cases) {
    it(`${JSON.stringify(tag)} → ${lang}`, () => expect(resolveLang(tag)).to.equal(lang));
  }
  it('isLang accepts only the four exact codes', () => {
    expect(['en', 'zh', 'ru', 'fr'].every(isLang)).to.equal(true);
    expect(['zh-CN', 'EN', '', null, 1].some(isLang)).to.equal(false);
  });
});
