// Server-side rendering of <article-card> in Node (no DOM): @tianshan/article-card/ssr.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderArticleCard } from '../../dist/ssr.js';

// The seed article's metadata (summit-facts.md). Its own URL is unknown: the fixture links the
// publisher's home page.
const seed = {
  href: 'https://www.chinadaily.com.cn/',
  headline: 'C. Asia ties to get new boost',
  dek: 'Astana summit set to further strengthen mutual trust, build greater consensus',
  kicker: "Xi's Visits",
  byline: 'Zhou Jin',
  source: 'China Daily',
  updated: '2025-06-13T23:22:00Z',
};

/** The declarative shadow root's content, and what follows it (the light DOM). */
function split(markup) {
  const m =
    /<template shadowroot="open" shadowrootmode="open">([\s\S]*)<\/template>([\s\S]*)<\/article-card>/.exec(
      markup,
    );
  assert.ok(m, 'renders a declarative shadow root inside <article-card>');
  return { shadow: m[1], light: m[2] };
}

test('renders the whole card to declarative shadow DOM, readable without JavaScript', async () => {
  const markup = await renderArticleCard(seed, { lang: 'en', timeZone: 'Asia/Shanghai' });
  assert.match(markup, /^<article-card[^>]* data-ssr[ >]/);
  const { shadow, light } = split(markup);
  assert.match(
    shadow,
    /<a part="link" href="https:\/\/www\.chinadaily\.com\.cn\/">(<!--[^>]*-->)*C\. Asia ties to get new boost/,
  );
  assert.match(shadow, /part="kicker"[^>]*>(<!--[^>]*-->)*Xi&#39;s Visits/);
  assert.match(shadow, /Astana summit set to further strengthen mutual trust/);
  assert.match(shadow, /By (<!--[^>]*-->)*(<!--[^>]*-->)*Zhou Jin/);
  assert.match(shadow, /China Daily/);
  assert.match(shadow, /<time part="date" datetime="2025-06-13T23:22:00\.000Z"/);
  assert.match(shadow, /June 14, 2025/);
  assert.equal((shadow.match(/<a /g) ?? []).length, 1, 'exactly one link in the card');
  // Hydration markers: the browser hydrates this shadow root instead of re-rendering it.
  assert.match(shadow, /<!--lit-part [^>]+-->/);
  // The no-JS fallback link, for browsers without declarative shadow DOM.
  assert.match(
    light,
    /^<a href="https:\/\/www\.chinadaily\.com\.cn\/">C\. Asia ties to get new boost<\/a>$/,
  );
});

test('dates follow the lang and timeZone options, not the server', async () => {
  const zh = await renderArticleCard(seed, { lang: 'zh', timeZone: 'Asia/Shanghai' });
  assert.match(split(zh).shadow, /2025年6月14日/);
  assert.match(zh, /lang="zh"/);
  assert.match(zh, /time-zone="Asia\/Shanghai"/);
  const ny = await renderArticleCard(seed, { lang: 'en', timeZone: 'America/New_York' });
  assert.match(split(ny).shadow, /June 13, 2025/);
  const fr = await renderArticleCard(seed, { lang: 'fr-CA', timeZone: 'Asia/Shanghai' });
  assert.match(split(fr).shadow, /14 juin 2025/);
});

test('the CSP nonce goes on every inline style, and only there', async () => {
  const markup = await renderArticleCard(seed, {
    lang: 'en',
    timeZone: 'UTC',
    nonce: 'r4nd0m+Base64/=',
  });
  const styles = markup.match(/<style[^>]*>/g) ?? [];
  assert.ok(styles.length >= 1, 'emits the card styles');
  for (const s of styles) assert.equal(s, '<style nonce="r4nd0m+Base64/=">');
  const without = await renderArticleCard(seed, { lang: 'en', timeZone: 'UTC' });
  assert.doesNotMatch(without, /nonce=/);
});

test('a NewsArticle object fills the card (authors joined in the language)', async () => {
  const article = {
    '@context': 'https://schema.org',
    '@type': ['NewsArticle'],
    headline: 'Ministers prepare the Astana summit',
    description: 'The sixth meeting of foreign ministers met in Almaty.',
    author: [
      { '@type': 'Person', name: 'A. Writer' },
      { '@type': 'Person', name: 'B. Editor' },
    ],
    publisher: { '@type': 'Organization', name: 'Demo Daily' },
    datePublished: '2025-04-26',
    url: 'https://example.com/ministers',
  };
  const markup = await renderArticleCard(
    { article, kicker: 'World' },
    { lang: 'en', timeZone: 'UTC' },
  );
  const { shadow } = split(markup);
  assert.match(shadow, /Ministers prepare the Astana summit/);
  assert.match(shadow, /A\. Writer and B\. Editor/);
  assert.match(shadow, /Demo Daily/);
  assert.match(shadow, /April 26, 2025/);
  assert.match(shadow, />(<!--[^>]*-->)*World</);
  assert.match(markup, /href="https:\/\/example\.com\/ministers"/);
});

test('hostile input renders as text and unsafe URLs are dropped', async (t) => {
  const warn = t.mock.method(console, 'warn', () => {});
  const markup = await renderArticleCard(
    {
      href: 'javascript:alert(1)',
      headline: '<img src=x onerror=alert(1)>',
      dek: '</template><script>alert(2)</script>',
      image: 'javascript:alert(3)',
    },
    { lang: 'en', timeZone: 'UTC' },
  );
  assert.doesNotMatch(markup, /<img src=x/);
  assert.doesNotMatch(markup, /<script>/);
  assert.doesNotMatch(markup, /javascript:/);
  assert.match(markup, /&lt;img src=x onerror=alert\(1\)&gt;/);
  assert.ok(warn.mock.callCount() >= 1, 'the dropped URL is reported');
  // No headline link: the card shows its slot, and no fallback link is invented.
  const { shadow, light } = split(markup);
  assert.match(shadow, /<slot><\/slot>/);
  assert.equal(light, '');
});

test('invalid options reject with a RangeError', async () => {
  await assert.rejects(renderArticleCard(seed, { lang: '', timeZone: 'UTC' }), RangeError);
  await assert.rejects(
    renderArticleCard(seed, { lang: 'en', timeZone: 'Mars/Olympus' }),
    RangeError,
  );
  await assert.rejects(renderArticleCard(seed, { lang: 'en' }), RangeError);
  await assert.rejects(
    renderArticleCard(seed, { lang: 'en', timeZone: 'UTC', nonce: '"><script>' }),
    RangeError,
  );
  // Bad props are not an error: the card renders its fallback slot.
  const empty = await renderArticleCard(null, { lang: 'en', timeZone: 'UTC' });
  assert.match(empty, /<slot><\/slot>/);
});
