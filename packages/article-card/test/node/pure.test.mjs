// The pure modules import and run in Node with no DOM (as server-side rendering needs them), and
// the element module imports there too. Imports the built files: run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';

test('there is no DOM here', () => {
  assert.equal(typeof document, 'undefined');
  assert.equal(typeof DOMParser, 'undefined');
});

test('articleToFields reads the seed article from JSON-LD, @graph and all', async () => {
  const { articleToFields } = await import('../../dist/article.js');
  const fields = articleToFields({
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'Person', '@id': '#zhou', name: 'Zhou Jin' },
      {
        '@type': ['NewsArticle'],
        headline: 'C. Asia ties to get new boost',
        alternativeHeadline:
          'Astana summit set to further strengthen mutual trust, build greater consensus',
        articleSection: "Xi's Visits",
        author: { '@id': '#zhou' },
        publisher: { '@type': 'Organization', name: 'China Daily' },
        dateModified: '2025-06-14T07:22:00+08:00',
        url: 'https://www.chinadaily.com.cn/',
      },
    ],
  });
  assert.deepEqual(Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)), {
    headline: 'C. Asia ties to get new boost',
    dek: 'Astana summit set to further strengthen mutual trust, build greater consensus',
    kicker: "Xi's Visits",
    byline: 'Zhou Jin',
    source: 'China Daily',
    updated: '2025-06-14T07:22:00+08:00',
    href: 'https://www.chinadaily.com.cn/',
  });
  assert.deepEqual(articleToFields(null), {});
  assert.deepEqual(articleToFields('not json-ld'), {});
});

test('mergeFields takes each field from the first source that has it', async () => {
  const { mergeFields } = await import('../../dist/fields.js');
  assert.deepEqual(
    mergeFields(
      { headline: 'a' },
      { headline: 'b', dek: 'b' },
      { kicker: 'c', image: 'i.png', imageAlt: 'c' },
    ),
    { headline: 'a', dek: 'b', kicker: 'c', image: 'i.png', imageAlt: 'c' },
  );
  // Alt text never comes from a lower source than the image.
  assert.deepEqual(mergeFields({ image: 'a.png' }, { imageAlt: 'for another image' }), {
    image: 'a.png',
  });
});

test('dates: a date-time in a time zone, a date alone as written, Intl text per language', async () => {
  const { parseDate, formatDate } = await import('../../dist/dates.js');
  const seed = parseDate('2025-06-13T23:22:00Z');
  assert.equal(formatDate(seed, 'en', 'Asia/Shanghai'), 'June 14, 2025');
  assert.equal(formatDate(seed, 'zh', 'Asia/Shanghai'), '2025年6月14日');
  assert.equal(formatDate(seed, 'en', 'UTC'), 'June 13, 2025');
  assert.equal(parseDate('2025-06-14T07:22:00+0800').iso, '2025-06-13T23:22:00.000Z');
  const day = parseDate('2025-06-14');
  assert.equal(day.iso, '2025-06-14');
  for (const zone of ['Pacific/Honolulu', 'Pacific/Kiritimati'])
    assert.equal(formatDate(day, 'en', zone), 'June 14, 2025');
  for (const bad of ['2025-02-30', '14/06/2025', '', null, 42])
    assert.equal(parseDate(bad), undefined);
  assert.equal(formatDate(seed, 'en', 'Not/AZone').length > 0, true);
});

test('safeUrl keeps http, https, relative and image data URLs, and drops the rest with a warning', async () => {
  const { safeUrl } = await import('../../dist/urls.js');
  const warned = [];
  const warn = console.warn;
  console.warn = (m) => warned.push(m);
  try {
    assert.equal(safeUrl('/story'), '/story');
    assert.equal(safeUrl('https://example.com/a'), 'https://example.com/a');
    assert.equal(
      safeUrl('a.png', 'https://example.com/news/x.html', true),
      'https://example.com/news/a.png',
    );
    assert.equal(
      safeUrl('data:image/webp;base64,AAAA', undefined, true),
      'data:image/webp;base64,AAAA',
    );
    assert.equal(safeUrl('javascript:alert(1)'), undefined);
    assert.equal(safeUrl('java\nscript:alert(1)'), undefined);
    assert.equal(safeUrl('data:image/png;base64,AAAA'), undefined);
    assert.equal(safeUrl('data:image/svg+xml,<svg/>', undefined, true), undefined);
    assert.equal(warned.length, 4);
  } finally {
    console.warn = warn;
  }
});

test('languages: catalogs, subtag fallback, and resolution through ancestors without a DOM', async () => {
  const { catalogs, resolveLanguage, languageOf, LANGUAGES } =
    await import('../../dist/messages.js');
  assert.deepEqual(LANGUAGES, ['en', 'zh', 'ru', 'fr']);
  for (const lang of LANGUAGES)
    assert.deepEqual(Object.keys(catalogs[lang]), ['loading', 'by', 'updated']);
  assert.equal(resolveLanguage('zh-Hans-CN'), 'zh');
  assert.equal(resolveLanguage('fr_CA'), 'fr');
  assert.equal(resolveLanguage('de'), 'en');
  assert.equal(resolveLanguage('constructor'), 'en');
  const node = (lang, parentElement = null) => ({ getAttribute: () => lang, parentElement });
  assert.equal(languageOf(node(null, node(null, node('ru')))), 'ru');
  assert.equal(languageOf(node(null)), 'en');
});

test('the src modules import without a DOM (they use it only when called)', async () => {
  const { readPageMetadata } = await import('../../dist/page-metadata.js');
  const { fetchSource, TRUSTED_TYPES_POLICY } = await import('../../dist/fetch-source.js');
  assert.equal(typeof readPageMetadata, 'function');
  assert.equal(typeof fetchSource, 'function');
  assert.equal(TRUSTED_TYPES_POLICY, 'tianshan-article-card');
});

test('the element module imports in Node (server-side rendering)', async () => {
  const { ArticleCard } = await import('../../dist/element.js');
  assert.equal(typeof ArticleCard, 'function');
});
