import { expect, html, waitUntil } from '@open-wc/testing';
import { ArticleCard, defineElement, safeUrl } from '../src/index.js';
import {
  card,
  fixtureUrl,
  part,
  root,
  settled,
  shownText,
  stubFetch,
  warnings,
} from './helpers.js';

const EVIL = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>bold</b>`;
const pwned = () => (window as { __pwned?: number }).__pwned;

/** Waits a moment for any injected handler to have run. */
const aMoment = () => new Promise((r) => setTimeout(r, 100));

describe('<article-card> with hostile input', () => {
  it('renders markup in every text attribute as text', async () => {
    const el = await card(
      html`<article-card
        headline=${EVIL}
        dek=${EVIL}
        kicker=${EVIL}
        byline=${EVIL}
        source=${EVIL}
        image-alt=${EVIL}
        href="/story"
      ></article-card>`,
    );
    await aMoment();
    expect(part(el, 'link')!.textContent).to.equal(EVIL);
    for (const name of ['dek', 'kicker', 'source'])
      expect(part(el, name)!.textContent).to.equal(EVIL);
    expect(part(el, 'byline')!.textContent).to.equal(`By ${EVIL}`);
    expect(root(el).querySelectorAll('img, script, b').length).to.equal(0);
    expect(pwned()).to.equal(undefined);
  });

  it('renders markup from JSON-LD and from a fetched page as text', async () => {
    const evilArticle = {
      '@type': 'NewsArticle',
      headline: EVIL,
      description: EVIL,
      articleSection: EVIL,
      author: { name: EVIL },
      publisher: { name: EVIL },
      url: '/story',
    };
    const fromProperty = await card(html`<article-card .article=${evilArticle}></article-card>`);
    const fromInline = await card(
      html`<article-card>
        <script type="application/ld+json">
          ${JSON.stringify(evilArticle)}
        </script>
      </article-card>`,
    );
    const page = `<!doctype html><html><head>
      <title>${EVIL.replace(/</g, '&lt;')}</title>
      <meta property="og:title" content='${EVIL.replace(/'/g, '&#39;')}'>
      <meta property="og:url" content="/story">
      <script>window.__pwned = 3</script>
      </head><body onload="window.__pwned = 4">${EVIL}</body></html>`;
    const restore = stubFetch(
      async () => new Response(page, { headers: { 'content-type': 'text/html' } }),
    );
    try {
      const fromSrc = await settled(
        await card(html`<article-card src="/evil.html"></article-card>`),
      );
      await aMoment();
      for (const el of [fromProperty, fromInline, fromSrc]) {
        expect(part(el, 'link')!.textContent).to.equal(EVIL);
        expect(root(el).querySelectorAll('script, b').length).to.equal(0);
      }
      expect(pwned()).to.equal(undefined);
    } finally {
      restore();
    }
  });

  it('drops javascript:, vbscript: and data: links with a warning', async () => {
    for (const href of [
      'javascript:alert(1)',
      ' JAVASCRIPT:alert(1)',
      'java\tscript:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>',
      'data:image/png;base64,AAAA',
      'http://[not a host',
    ]) {
      const seen = await warnings(async () => {
        const el = await card(
          html`<article-card headline="h" href=${href}><a href="/f">f</a></article-card>`,
        );
        expect(root(el).querySelector('a'), href).to.equal(null);
        expect(part(el, 'card')).to.equal(null);
      });
      expect(seen.length, href).to.be.greaterThan(0);
    }
  });

  it('accepts http, https, relative and protocol-relative links as written', async () => {
    for (const href of [
      'https://example.com/a?b=c#d',
      'http://example.com/',
      '/story',
      'story.html',
      '#x',
      '//example.com/x',
    ]) {
      const el = await card(html`<article-card headline="h" href=${href}></article-card>`);
      expect(part(el, 'link')!.getAttribute('href')).to.equal(href);
    }
  });

  it('accepts data:image/png|jpeg|gif|webp|avif images and drops other schemes with a warning', async () => {
    for (const type of ['png', 'jpeg', 'gif', 'webp', 'avif']) {
      const src = `data:image/${type};base64,AAAA`;
      const el = await card(
        html`<article-card headline="h" href="#x" image=${src}></article-card>`,
      );
      expect(part(el, 'image')!.getAttribute('src')).to.equal(src);
    }
    for (const image of [
      'data:image/svg+xml,<svg onload="alert(1)"/>',
      'javascript:alert(1)',
      'blob:https://x/1',
      'file:///etc/passwd',
    ]) {
      const seen = await warnings(async () => {
        const el = await card(
          html`<article-card headline="h" href="#x" image=${image}></article-card>`,
        );
        expect(part(el, 'image'), image).to.equal(null);
      });
      expect(seen.length, image).to.be.greaterThan(0);
    }
    expect(safeUrl('images/a.png', 'https://example.com/news/', true)).to.equal(
      'https://example.com/news/images/a.png',
    );
  });

  it('keeps only the safe URLs of image-srcset, and warns once for those it drops', async () => {
    const el = await card(
      html`<article-card headline="h" href="#x" image="/a.png"></article-card>`,
    );
    const img = () => part(el, 'image') as HTMLImageElement;
    const seen = await warnings(async () => {
      el.imageSrcset =
        'javascript:alert(1) 1x, https://example.com/a.png 2x, ' +
        'data:image/svg+xml,<svg/onload=alert(1)> 3x, data:image/png;base64,AAAA 4x, ' +
        '/b.png 5x, vbscript:msgbox(1) 6x, data:text/html,<script>alert(1)</script> 7x';
      await el.updateComplete;
    });
    // The same rule as `image`: http, https, relative, and raster data: images (commas and all).
    expect(img().getAttribute('srcset')).to.equal(
      'https://example.com/a.png 2x, data:image/png;base64,AAAA 4x, /b.png 5x',
    );
    expect(seen).to.have.length(1);
    for (const dropped of ['javascript:', 'data:image/svg+xml', 'vbscript:'])
      expect(seen[0]).to.contain(dropped);

    // Nothing safe left: no srcset at all, the image keeps its src.
    const none = await warnings(async () => {
      el.imageSrcset = 'javascript:alert(1) 1x, file:///etc/passwd 2x';
      await el.updateComplete;
    });
    expect(img().hasAttribute('srcset')).to.equal(false);
    expect(img().getAttribute('src')).to.equal('/a.png');
    expect(none).to.have.length(1);

    // A safe srcset is kept as written, with no warning.
    const quiet = await warnings(async () => {
      el.imageSrcset = '/s.png 480w, https://example.com/l.png 1200w';
      await el.updateComplete;
    });
    expect(img().getAttribute('srcset')).to.equal('/s.png 480w, https://example.com/l.png 1200w');
    expect(quiet).to.deep.equal([]);
  });

  it('never throws on odd property values', async () => {
    const el = await card(html`<article-card headline="h" href="#x"></article-card>`);
    const odd = [null, undefined, 42, {}, [], true, NaN];
    const props = [
      'headline',
      'dek',
      'kicker',
      'byline',
      'source',
      'published',
      'dateModified',
      'image',
      'imageAlt',
      'imageSrcset',
      'imageSizes',
      'variant',
      'headlineLevel',
      'timeZone',
      'theme',
      'href',
    ] as const;
    await warnings(async () => {
      for (const value of odd) {
        for (const p of props) (el as unknown as Record<string, unknown>)[p] = value;
        await el.updateComplete;
      }
    });
    for (const p of props) (el as unknown as Record<string, unknown>)[p] = '';
    el.headline = 'Back';
    el.href = '/back';
    el.variant = 'standard';
    el.headlineLevel = 3;
    await el.updateComplete;
    expect(shownText(el)).to.equal('Back');
  });

  it('reports no uncaught error or unhandled rejection for a failing src', async () => {
    const failures: unknown[] = [];
    const onError = (e: ErrorEvent) => failures.push(e.error);
    const onRejection = (e: PromiseRejectionEvent) => failures.push(e.reason);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const restore = stubFetch(() => Promise.reject(new TypeError('network down')));
      try {
        const el = await card(html`<article-card src="/down.json"></article-card>`);
        await settled(el);
      } finally {
        restore();
      }
      const el2 = await card(
        html`<article-card src=${fixtureUrl('broken.jsonld')}></article-card>`,
      );
      await settled(el2);
      await aMoment();
      expect(failures).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });
});

describe('registration', () => {
  it('registers <article-card> with the Tianshan class', () => {
    expect(customElements.get('article-card')).to.equal(ArticleCard);
  });

  it('is silent when another copy of Tianshan defined the name first, and warns once for a foreign element', async () => {
    // Another copy of the bundle: a different class, branded as Tianshan's card.
    class OtherCopy extends ArticleCard {}
    const seen = await warnings(() => {
      expect(defineElement('article-card', OtherCopy)).to.equal(false);
      expect(defineElement('article-card', ArticleCard)).to.equal(false);
    });
    expect(seen).to.deep.equal([]);
    expect(customElements.get('article-card')).to.equal(ArticleCard);

    class Foreign extends HTMLElement {}
    customElements.define('foreign-card-test', Foreign);
    const warned = await warnings(() => {
      expect(defineElement('foreign-card-test', ArticleCard)).to.equal(false);
    });
    expect(warned).to.have.length(1);
    expect(customElements.get('foreign-card-test')).to.equal(Foreign);

    // The class works under another tag name.
    class Renamed extends ArticleCard {}
    expect(defineElement('renamed-card-test', Renamed)).to.equal(true);
    const el = document.createElement('renamed-card-test') as ArticleCard;
    el.headline = 'Renamed';
    el.href = '#x';
    document.body.append(el);
    await waitUntil(() => el.shadowRoot?.querySelector('a')?.textContent === 'Renamed');
    el.remove();
  });
});
