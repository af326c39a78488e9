import { expect, html, waitUntil } from '@open-wc/testing';
import { ArticleCard } from '../src/index.js';
import {
  card,
  deferred,
  errorsOf,
  fixtureUrl,
  hangingFetch,
  part,
  root,
  settled,
  shownText,
  stubFetch,
  warnings,
} from './helpers.js';
import { SEED, SEED_JSONLD } from './fixtures/seed.js';

const jsonLd = (data: unknown) =>
  html`<script type="application/ld+json">
    ${JSON.stringify(data)}
  </script>`;

/**
 * The next card-error of the card whose `src` is `src`. Listened to on the document from before the
 * card exists: a card whose `src` fails at once (an unsafe URL, a cached module) may fire its
 * error before its first update has completed.
 */
const nextErrorFor = (src: string) =>
  new Promise<CustomEvent>((resolve) => {
    const listener = (e: Event) => {
      if ((e.target as ArticleCard).src !== src) return;
      document.removeEventListener('card-error', listener);
      resolve(e as CustomEvent);
    };
    document.addEventListener('card-error', listener);
  });

/** The seed's visible fields, as the card shows them. */
function expectSeed(el: ArticleCard, { dek = true } = {}) {
  expect(part(el, 'link')!.textContent).to.equal(SEED.headline);
  expect(part(el, 'link')!.getAttribute('href')).to.equal('https://www.chinadaily.com.cn/');
  expect(part(el, 'kicker')!.textContent).to.equal("Xi's Visits");
  if (dek) expect(part(el, 'dek')!.textContent).to.equal(SEED.dek);
  expect(part(el, 'byline')!.textContent).to.equal('By Zhou Jin');
  expect(part(el, 'source')!.textContent).to.equal('China Daily');
  expect(part(el, 'date')!.textContent).to.equal('June 14, 2025');
}

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
  ArticleCard.fetchTimeout = undefined;
  ArticleCard.maxResponseBytes = undefined;
});

describe('<article-card> from the article property (JSON-LD objects)', () => {
  it('shows the seed article from a NewsArticle object', async () => {
    const el = await card(
      html`<article-card time-zone="Asia/Shanghai" .article=${SEED_JSONLD}></article-card>`,
    );
    expectSeed(el);
    // inLanguage marks the article's own text.
    expect(part(el, 'body')!.getAttribute('lang')).to.equal('en');
    await expect(el).to.be.accessible();
  });

  it('reads @graph, @type arrays, @id references, prefixed types and Article subtypes', async () => {
    const el = await card(html`<article-card time-zone="UTC"></article-card>`);
    el.article = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', '@id': 'https://example.com/p', url: 'https://example.com/p' },
        { '@type': 'Organization', '@id': '#org', name: 'Example Times' },
        {
          '@type': ['CreativeWork', 'schema:ReportageNewsArticle'],
          headline: ['Graph headline'],
          description: { '@value': 'From a value object' },
          publisher: { '@id': '#org' },
          mainEntityOfPage: { '@id': 'https://example.com/p' },
          datePublished: '2023-05-19',
        },
      ],
    };
    await el.updateComplete;
    expect(part(el, 'link')!.textContent).to.equal('Graph headline');
    expect(part(el, 'link')!.getAttribute('href')).to.equal('https://example.com/p');
    expect(part(el, 'dek')!.textContent).to.equal('From a value object');
    expect(part(el, 'source')!.textContent).to.equal('Example Times');
    expect(part(el, 'date')!.textContent).to.equal('May 19, 2023');

    for (const type of ['BlogPosting', 'http://schema.org/AnalysisNewsArticle', 'Report']) {
      el.article = [
        { '@type': 'WebSite', name: 'Not me' },
        { '@type': type, headline: type, url: '/a' },
      ];
      await el.updateComplete;
      expect(part(el, 'link')!.textContent, type).to.equal(type);
    }
  });

  it('reads authors as text, Person, Person[] (a list in the card language) and images in every form', async () => {
    const el = await card(html`<article-card></article-card>`);
    const base = { '@type': 'NewsArticle', headline: 'h', url: '/a' };
    const cases: [unknown, string][] = [
      ['Zhou Jin', 'By Zhou Jin'],
      [{ '@type': 'Person', name: 'Zhou Jin' }, 'By Zhou Jin'],
      [
        [{ name: 'Zhou Jin' }, { name: 'Li Wei' }, 'Anna Ivanova'],
        'By Zhou Jin, Li Wei, and Anna Ivanova',
      ],
    ];
    for (const [author, shown] of cases) {
      el.article = { ...base, author };
      await el.updateComplete;
      expect(part(el, 'byline')!.textContent).to.equal(shown);
    }
    el.lang = 'zh';
    await waitUntil(
      () => part(el, 'byline')!.textContent === '作者：Zhou Jin、Li Wei和Anna Ivanova',
    );
    el.lang = '';
    await waitUntil(() => part(el, 'byline')!.textContent!.startsWith('By'));

    const images: [unknown, string, string][] = [
      ['https://example.com/a.png', 'https://example.com/a.png', ''],
      [
        { '@type': 'ImageObject', url: 'https://example.com/b.png', caption: 'B' },
        'https://example.com/b.png',
        'B',
      ],
      [
        [{ contentUrl: 'https://example.com/c.png' }, 'https://example.com/d.png'],
        'https://example.com/c.png',
        '',
      ],
    ];
    for (const [image, src, alt] of images) {
      el.article = { ...base, image };
      await el.updateComplete;
      const img = part(el, 'image') as HTMLImageElement;
      expect(img.getAttribute('src')).to.equal(src);
      expect(img.getAttribute('alt')).to.equal(alt);
    }
  });

  it('takes the first usable image of an array, with its caption, when the first is unsafe', async () => {
    const el = await card(html`<article-card></article-card>`);
    const base = { '@type': 'NewsArticle', headline: 'h', url: '/a' };
    // [images, the image shown, its alt, how many unsafe URLs were skipped (one warning each)]
    const cases: [unknown[], string, string, number][] = [
      [
        [
          { '@type': 'ImageObject', url: 'javascript:alert(1)', caption: 'Unsafe' },
          { '@type': 'ImageObject', url: 'https://example.com/b.png', caption: 'Second' },
        ],
        'https://example.com/b.png',
        'Second',
        1,
      ],
      [
        ['data:image/svg+xml,<svg onload="alert(1)"/>', 'vbscript:x', '', '/c.png'],
        '/c.png',
        '',
        2,
      ],
      [
        [{ caption: 'No URL' }, { contentUrl: 'data:image/gif;base64,R0lGOD' }],
        'data:image/gif;base64,R0lGOD',
        '',
        0,
      ],
    ];
    for (const [image, src, alt, skipped] of cases) {
      const seen = await warnings(async () => {
        el.article = { ...base, image };
        await el.updateComplete;
      });
      const img = part(el, 'image') as HTMLImageElement | null;
      expect(img?.getAttribute('src'), JSON.stringify(image)).to.equal(src);
      expect(img!.getAttribute('alt')).to.equal(alt);
      expect(seen, JSON.stringify(image)).to.have.length(skipped);
    }
    // No usable image at all: no image, one warning for each.
    const seen = await warnings(async () => {
      el.article = { ...base, image: ['javascript:alert(1)', { url: 'file:///etc/passwd' }] };
      await el.updateComplete;
    });
    expect(part(el, 'image')).to.equal(null);
    expect(seen).to.have.length(2);
  });

  it('never throws on odd article values', async () => {
    const el = await card(html`<article-card headline="Kept" href="/kept"></article-card>`);
    const cyclic: Record<string, unknown> = { '@type': 'NewsArticle' };
    cyclic['@graph'] = [cyclic];
    for (const value of [
      null,
      42,
      'text',
      [],
      {},
      { headline: {} },
      cyclic,
      [[[[[[[[[{}]]]]]]]]],
    ]) {
      el.article = value as object;
      await el.updateComplete;
      expect(part(el, 'link')!.textContent).to.equal('Kept');
    }
  });
});

describe('<article-card> from a child <script type="application/ld+json">', () => {
  it('shows the seed article from inline JSON-LD', async () => {
    const el = await card(
      html`<article-card time-zone="Asia/Shanghai">${jsonLd(SEED_JSONLD)}</article-card>`,
    );
    expectSeed(el);
  });

  it('reads several blocks, and re-reads when the script changes', async () => {
    const el = await card(
      html`<article-card>
        ${jsonLd({ '@type': 'BreadcrumbList', itemListElement: [] })}
        ${jsonLd({ '@type': 'NewsArticle', headline: 'Second block', url: '/second' })}
      </article-card>`,
    );
    expect(part(el, 'link')!.textContent).to.equal('Second block');
    el.querySelectorAll('script')[1]!.textContent = JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'Changed',
      url: '/changed',
    });
    await waitUntil(() => part(el, 'link')?.textContent === 'Changed');
  });

  it('fires a parse card-error for broken JSON, and still uses the other sources', async () => {
    const errors = errorsOf(document);
    const el = await card(
      html`<article-card headline="From the attribute" href="/a">
        <script type="application/ld+json">
          { "headline": "broken",
        </script>
      </article-card>`,
    );
    expect(errors.map((e) => e.reason)).to.deep.equal(['parse']);
    expect(part(el, 'link')!.textContent).to.equal('From the attribute');
  });
});

describe('<article-card> precedence', () => {
  it('takes each field from the attribute, else the article property, else inline JSON-LD, else src', async () => {
    // Each source fills one more field than the one above it.
    const remote = fixtureUrl('precedence.jsonld');
    const el = await card(
      html`<article-card
        headline="attribute"
        src=${remote}
        .article=${{ '@type': 'NewsArticle', headline: 'property', alternativeHeadline: 'property' }}
      >
        ${jsonLd({ '@type': 'NewsArticle', headline: 'inline', alternativeHeadline: 'inline', articleSection: 'inline' })}
      </article-card>`,
    );
    await settled(el);
    expect(part(el, 'link')!.textContent).to.equal('attribute');
    expect(part(el, 'dek')!.textContent).to.equal('property');
    expect(part(el, 'kicker')!.textContent).to.equal('inline');
    expect(part(el, 'source')!.textContent).to.equal('src');
    expect(part(el, 'link')!.getAttribute('href')).to.equal('https://example.com/src');
  });

  it('falls back to a lower source when a higher one has an unusable URL', async () => {
    const seen = await warnings(async () => {
      const el = await card(
        html`<article-card
          headline="h"
          href="javascript:alert(1)"
          .article=${{ headline: 'x', url: '/safe' }}
        ></article-card>`,
      );
      expect(part(el, 'link')!.getAttribute('href')).to.equal('/safe');
    });
    expect(seen.join()).to.contain('javascript:alert(1)');
  });
});

describe('<article-card src>', () => {
  it('reads an HTML page: Open Graph and article:* tags, never its body', async () => {
    const url = fixtureUrl('seed-article.html');
    const el = await card(html`<article-card src=${url} time-zone="Asia/Shanghai"></article-card>`);
    await settled(el);
    expect(part(el, 'link')!.textContent).to.equal(SEED.headline);
    expect(part(el, 'link')!.getAttribute('href')).to.equal('https://www.chinadaily.com.cn/');
    expect(part(el, 'kicker')!.textContent).to.equal("Xi's Visits");
    expect(part(el, 'dek')!.textContent).to.equal(SEED.dek);
    expect(part(el, 'source')!.textContent).to.equal('China Daily');
    expect(part(el, 'date')!.textContent).to.equal('June 14, 2025');
    // article:author is a profile URL: the name comes from <meta name="author">.
    expect(part(el, 'byline')!.textContent).to.equal('By Zhou Jin');
    // A relative og:image resolves against the page's URL.
    const img = part(el, 'image') as HTMLImageElement;
    expect(img.getAttribute('src')).to.equal(new URL('images/astana.png', url).href);
    expect(img.alt).to.equal('Illustration: a blue sky over a ridge');
    // Nothing of the body, and nothing on the page ran.
    const text = shownText(el);
    for (const junk of ['BODY', 'NAV-JUNK', 'FOOTER-JUNK', 'SPAM', 'Home'])
      expect(text).not.to.contain(junk);
    expect(root(el).querySelectorAll('a').length).to.equal(1);
    expect((window as { fixtureScriptRan?: boolean }).fixtureScriptRan).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('prefers JSON-LD anywhere in the page, field by field, over Open Graph and <title>', async () => {
    const url = fixtureUrl('seed-article-jsonld.html');
    const el = await settled(
      await card(html`<article-card src=${url} time-zone="Asia/Shanghai"></article-card>`),
    );
    expectSeed(el);
    expect(part(el, 'image')!.getAttribute('src')).to.equal(new URL('images/astana.png', url).href);
    expect(shownText(el)).not.to.match(/JUNK|OG-TITLE|SITE-NAME|SPAM|BODY/);
  });

  it('reads a JSON-LD document', async () => {
    const el = await card(
      html`<article-card
        src=${fixtureUrl('seed-article.jsonld')}
        time-zone="Asia/Shanghai"
      ></article-card>`,
    );
    await settled(el);
    expectSeed(el);
  });

  it('falls back to <title>, <meta name="author"> and the page URL', async () => {
    const url = fixtureUrl('title-only.html');
    const el = await settled(await card(html`<article-card src=${url}></article-card>`));
    expect(part(el, 'link')!.textContent).to.equal('Sommet Chine–Asie centrale à Astana');
    expect(part(el, 'link')!.getAttribute('href')).to.equal(url);
    expect(part(el, 'byline')!.textContent).to.equal('By Rédaction');
    // The page's language marks the article's text; the labels keep the card's language.
    expect(part(el, 'body')!.getAttribute('lang')).to.equal('fr');
  });

  it("reads meta tags and <title> only from the page's head: those in its body never reach the card", async () => {
    // Comment widgets, embeds and spam put meta tags in a page's body; the parser keeps them there.
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8">
      <title>Head title</title><meta property="og:url" content="https://example.com/story">
      </head><body><p>Story</p>
      <meta property="og:title" content="BODY og:title">
      <meta property="og:description" content="BODY og:description">
      <meta property="og:site_name" content="BODY site">
      <meta property="og:image" content="https://example.com/body.png">
      <meta property="article:section" content="BODY section">
      <meta name="description" content="BODY description">
      <meta name="author" content="BODY author">
      <title>BODY title</title>
      </body></html>`;
    restore = stubFetch(
      async () => new Response(page, { headers: { 'content-type': 'text/html; charset=utf-8' } }),
    );
    const el = await settled(await card(html`<article-card src="/page.html"></article-card>`));
    expect(part(el, 'link')!.textContent).to.equal('Head title');
    expect(part(el, 'link')!.getAttribute('href')).to.equal('https://example.com/story');
    // (A card with `src` keeps its rows, empty, so that its height does not depend on the data.)
    for (const name of ['dek', 'kicker', 'byline', 'source'])
      expect(part(el, name)?.textContent ?? '', name).to.equal('');
    expect(!!part(el, 'image'), 'an image from the body').to.equal(false);
    expect(shownText(el)).to.equal('Head title');
  });

  it('shows a skeleton of the final size, aria-busy, while loading; no height jump when data arrives', async () => {
    const body = deferred<Response>();
    restore = stubFetch(() => body.promise);
    const el = await card(html`<article-card src="/slow.json"></article-card>`);
    el.style.width = '320px';
    const cardPart = part(el, 'card')!;
    expect(cardPart.getAttribute('aria-busy')).to.equal('true');
    expect(cardPart.getAttribute('aria-label')).to.equal('Loading article');
    expect(part(el, 'link')).to.equal(null);
    await expect(el).to.be.accessible();
    const before = el.getBoundingClientRect().height;
    expect(before).to.be.greaterThan(200);
    body.resolve(
      new Response(JSON.stringify({ ...SEED_JSONLD, image: 'https://example.com/i.png' }), {
        headers: { 'content-type': 'application/ld+json' },
      }),
    );
    await settled(el);
    expect(part(el, 'link')!.textContent).to.equal(SEED.headline);
    expect(el.getBoundingClientRect().height).to.be.closeTo(before, 1);
  });

  it('lets the last src win, and aborts the fetch it replaces', async () => {
    const answers = new Map<string, ReturnType<typeof deferred<Response>>>();
    const signals = new Map<string, AbortSignal>();
    restore = stubFetch((input, init) => {
      const url = String(input);
      signals.set(url, init!.signal!);
      const d = deferred<Response>();
      answers.set(url, d);
      return d.promise;
    });
    const el = await card(html`<article-card src="/first.json"></article-card>`);
    await waitUntil(
      () => answers.has(new URL('/first.json', location.href).href) || answers.has('/first.json'),
    );
    el.src = '/second.json';
    await waitUntil(() => answers.size === 2);
    const [first, second] = [...answers.keys()];
    expect(signals.get(first!)!.aborted).to.be.true;
    const doc = (headline: string) =>
      new Response(JSON.stringify({ '@type': 'NewsArticle', headline, url: '/x' }));
    answers.get(second!)!.resolve(doc('Second'));
    answers.get(first!)!.resolve(doc('First'));
    await settled(el);
    await new Promise((r) => setTimeout(r, 50));
    expect(part(el, 'link')!.textContent).to.equal('Second');
  });

  it('aborts the fetch when the element leaves the page, and retries when it comes back', async () => {
    const signals: AbortSignal[] = [];
    restore = stubFetch(hangingFetch(signals));
    const errors = errorsOf(document);
    const el = await card(html`<article-card src="/hangs.json"></article-card>`);
    await waitUntil(() => signals.length === 1);
    const parent = el.parentElement ?? document.body;
    el.remove();
    expect(signals[0]!.aborted).to.be.true;
    parent.append(el);
    await waitUntil(() => signals.length === 2);
    expect(signals[1]!.aborted).to.be.false;
    el.remove();
    expect(errors).to.deep.equal([]);
  });

  it('gives up after the timeout (10 s by default, lowered here)', async () => {
    restore = stubFetch(hangingFetch());
    ArticleCard.fetchTimeout = 50;
    const error = nextErrorFor('/hangs.json');
    const el = await card(
      html`<article-card src="/hangs.json"><a href="/fallback">Fallback</a></article-card>`,
    );
    const e = await error;
    expect(e.detail.reason).to.equal('fetch');
    expect(e.detail.src).to.equal('/hangs.json');
    expect(e.detail.message).to.match(/timed out/);
    await el.updateComplete;
    expect(root(el).querySelector('slot')!.assignedElements()[0]!.textContent).to.equal('Fallback');
  });

  it('refuses a response larger than the cap (5 MB by default, lowered here)', async () => {
    ArticleCard.maxResponseBytes = 200;
    const error = nextErrorFor(fixtureUrl('seed-article.html'));
    await card(html`<article-card src=${fixtureUrl('seed-article.html')}></article-card>`);
    const e = await error;
    expect(e.detail.reason).to.equal('fetch');
    expect(e.detail.message).to.match(/larger than 200 bytes/);
  });

  it('shows the fallback and fires card-error for a failed fetch, unreadable data or no metadata', async () => {
    const cases: [string, string][] = [
      [fixtureUrl('does-not-exist.jsonld'), 'fetch'],
      [fixtureUrl('broken.jsonld'), 'parse'],
      [fixtureUrl('images/astana.png'), 'parse'],
      [fixtureUrl('no-metadata.html'), 'invalid'],
      ['javascript:alert(1)', 'fetch'],
    ];
    for (const [src, reason] of cases) {
      const seen = await warnings(async () => {
        const error = nextErrorFor(src);
        const el = await card(
          html`<article-card src=${src}><a href="/fallback">Fallback link</a></article-card>`,
        );
        const e = await error;
        expect(e.detail.reason, src).to.equal(reason);
        expect(e.bubbles && e.composed).to.be.true;
        if (reason !== 'invalid') expect(e.detail.src).to.equal(src);
        await el.updateComplete;
        expect(part(el, 'card'), src).to.equal(null);
        expect(root(el).querySelector('slot')).to.exist;
        expect(shownText(el)).not.to.contain('BODY');
      });
      if (src.startsWith('javascript:')) expect(seen.join()).to.contain('javascript:');
    }
  });
});
