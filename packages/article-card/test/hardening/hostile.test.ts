// Hostile content in every text and URL field of every source of <article-card>: attributes, the
// `article` property (JSON-LD), inline JSON-LD, and a page's metadata fetched from `src`. A payload
// fails the test if it runs (it would set window.__pwned), adds an element (the element tree,
// through shadow roots, is compared with the same card holding plain text), renders an
// event-handler attribute, or turns into a link or image that is not http(s). Long strings must
// clamp without breaking the layout; bidi controls must not reorder the card's other fields.
import './instrument.js';
import { expect, fixture, html } from '@open-wc/testing';
import { ArticleCard, type CardErrorDetail } from '../../src/index.js';
import {
  TEXT_PAYLOADS,
  URL_PAYLOADS,
  deepElements,
  fault,
  frame,
  handlerAttributes,
  longString,
  tagCounts,
  trapErrors,
  uid,
  until,
  urlAttributes,
} from './helpers.js';
import { srcsetUrls } from '../srcset-urls.mjs';

const HREF = 'https://news.example/world/story';
const IMAGE = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

let host: HTMLElement;
let trap: ReturnType<typeof trapErrors>;
let warn: typeof console.warn;
beforeEach(async () => {
  host = await fixture<HTMLElement>(html`<div class="host"></div>`);
  host.style.setProperty('inline-size', '320px');
  trap = trapErrors();
  window.__pwned = undefined;
  // Dropped URLs are warned about, by design: keep the log readable.
  warn = console.warn;
  console.warn = () => {};
});
afterEach(() => {
  console.warn = warn;
  trap.dispose();
  ArticleCard.fetchTimeout = undefined;
});

/** Renders a card built by `setup` into the 320 px host; resolves when it has settled. */
async function render(
  setup: (el: ArticleCard) => void,
): Promise<{ el: ArticleCard; errors: CardErrorDetail[] }> {
  host.replaceChildren();
  const errors: CardErrorDetail[] = [];
  host.addEventListener('card-error', (e) => errors.push(e.detail));
  const el = document.createElement('article-card');
  setup(el);
  host.append(el);
  await until(async () => {
    await el.updateComplete;
    return !el.shadowRoot!.querySelector('[aria-busy]');
  }, 'the card to settle');
  return { el, errors };
}

const usable = (tag: string, value: string) => {
  const protocol = new URL(value, location.href).protocol;
  return (
    protocol === 'http:' ||
    protocol === 'https:' ||
    (tag === 'img' && /^data:image\/(png|jpeg|gif|webp|avif)[;,]/i.test(value))
  );
};

/** What must hold for any payload, anywhere. */
async function expectInert(el: ArticleCard, what: string) {
  await frame(); // let anything that would load (an image's onerror) fire
  expect(window.__pwned, `${what}: a payload ran`).to.equal(undefined);
  expect(handlerAttributes(el), `${what}: event-handler attributes`).to.deep.equal([]);
  for (const { tag, name, value } of urlAttributes(el.shadowRoot!)) {
    expect(usable(tag, value), `${what}: <${tag} ${name}="${value.slice(0, 60)}">`).to.equal(true);
  }
  for (const img of el.shadowRoot!.querySelectorAll('img[srcset]')) {
    for (const url of srcsetUrls(img.getAttribute('srcset')!))
      expect(usable('img', url), `${what}: srcset URL ${url.slice(0, 60)}`).to.equal(true);
  }
  expect(trap.errors, what).to.deep.equal([]);
}

const textOf = (el: ArticleCard, part: string) =>
  (el.shadowRoot!.querySelector(`[part~="${part}"]`)?.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim();
const shown = (s: string) => s.replace(/\s+/g, ' ').trim();

// Attribute → the part that shows it as text.
const TEXT_ATTRIBUTES: Record<string, string | null> = {
  headline: 'link',
  dek: 'dek',
  kicker: 'kicker',
  byline: 'byline',
  source: 'source',
  'image-alt': null, // an attribute of the image
  published: null, // not a date: not shown
  updated: null,
};

describe('<article-card> hostile content: attributes', () => {
  for (const [attr, part] of Object.entries(TEXT_ATTRIBUTES)) {
    it(`${attr}: every payload is text, adds no element and runs nothing`, async () => {
      const base = (el: ArticleCard) => {
        el.setAttribute('headline', 'Headline');
        el.setAttribute('href', HREF);
        el.setAttribute('image', IMAGE);
        el.setAttribute('dek', 'Dek');
        el.setAttribute('kicker', 'Kicker');
        el.setAttribute('byline', 'Byline');
        el.setAttribute('source', 'Source');
        el.setAttribute('published', '2025-06-14');
      };
      const plain = await render((el) => {
        base(el);
        el.setAttribute(attr, 'plain text');
      });
      const expected = tagCounts(plain.el);
      for (const [name, payload] of Object.entries(TEXT_PAYLOADS)) {
        const { el } = await render((el) => {
          base(el);
          el.setAttribute(attr, payload);
        });
        const what = `${attr} = ${name}`;
        await expectInert(el, what);
        expect(tagCounts(el), `${what}: elements`).to.deep.equal(expected);
        if (part) expect(textOf(el, part), `${what}: shown as text`).to.contain(shown(payload));
        if (attr === 'image-alt')
          expect(el.shadowRoot!.querySelector('img')!.alt).to.equal(payload.trim());
      }
    });
  }

  it('href, image and src: dangerous URLs never become a link, an image or a fetch', async () => {
    for (const [name, url] of Object.entries(URL_PAYLOADS)) {
      const a = await render((el) => {
        el.headline = 'Headline';
        el.href = url;
        el.image = IMAGE;
      });
      await expectInert(a.el, `href = ${name}`);
      // (`javascript&colon;…` is a harmless relative URL: it may stay, resolved to http.)
      if (!a.el.shadowRoot!.querySelector('a')) {
        expect(
          a.errors.map((e) => e.reason),
          `href = ${name}`,
        ).to.include('invalid');
      }

      const b = await render((el) => {
        el.headline = 'Headline';
        el.href = HREF;
        el.image = url;
      });
      await expectInert(b.el, `image = ${name}`);

      const c = await render((el) => {
        el.src = url;
      });
      await expectInert(c.el, `src = ${name}`);
      expect(c.errors.length, `src = ${name}: card-error`).to.be.greaterThan(0);
    }
  });

  it('image-srcset: dangerous URLs among the candidates are dropped, safe ones kept', async () => {
    // The safe candidate is the 1x one, so that the image the browser picks (at a device pixel
    // ratio of 1) loads, and stays to be checked; the payloads are the 2x and up.
    const safe = `${IMAGE} 1x`;
    const srcsetOf = (el: ArticleCard) => {
      const img = el.shadowRoot!.querySelector('img');
      expect(img, 'the image').to.not.equal(null);
      return img!.getAttribute('srcset') ?? '';
    };
    for (const [name, url] of Object.entries(URL_PAYLOADS)) {
      const { el } = await render((el) => {
        el.headline = 'Headline';
        el.href = HREF;
        el.image = IMAGE;
        el.imageSrcset = `${safe}, ${url} 2x`;
      });
      await expectInert(el, `image-srcset = ${name}`);
      // (`java<tab>scr<newline>ipt:…` is the URL `java`, harmless and relative, and descriptors.)
      expect(srcsetUrls(srcsetOf(el)), name).to.include(IMAGE);
    }
    // All of them at once, each with a descriptor.
    const { el } = await render((el) => {
      el.headline = 'Headline';
      el.href = HREF;
      el.image = IMAGE;
      el.imageSrcset = [safe, ...Object.values(URL_PAYLOADS).map((u, i) => `${u} ${i + 2}x`)].join(
        ', ',
      );
    });
    await expectInert(el, 'image-srcset = every payload');
    expect(srcsetUrls(srcsetOf(el))[0]).to.equal(IMAGE);
  });

  it('CSS and markup in the enumerated attributes change nothing but what they name', async () => {
    // An image that fails (a 404): every card below ends with the same neutral placeholder.
    const failing = fault('status/404', { id: uid('img') });
    const make = (attr?: string, value?: string) =>
      render((el) => {
        el.headline = 'Headline';
        el.href = HREF;
        el.image = failing;
        if (attr) el.setAttribute(attr, value!);
      }).then(async (r) => {
        await until(() => !r.el.shadowRoot!.querySelector('img'), 'the image to fail');
        await r.el.updateComplete;
        return r;
      });
    const plain = await make();
    const expected = tagCounts(plain.el);
    const height = plain.el.getBoundingClientRect().height;
    const hostile: Record<string, string> = {
      variant: 'compact;}:host{display:none}',
      theme: 'dark;}*{color:red!important}',
      'headline-level': '2 onclick=window.__pwned=1',
      'time-zone': '</style><script>window.__pwned=1</script>',
      lang: 'en" onload="window.__pwned=1',
      'image-srcset':
        'javascript:window.__pwned=1 1x, data:image/svg+xml,<svg onload=window.__pwned=1> 2x',
      'image-sizes': '100vw;}*{display:none}',
    };
    for (const [attr, value] of Object.entries(hostile)) {
      const { el } = await make(attr, value);
      await expectInert(el, `${attr}=${value}`);
      expect(tagCounts(el), `${attr}: elements`).to.deep.equal(expected);
      expect(el.getBoundingClientRect().height, `${attr}: still shown, same size`).to.be.closeTo(
        height,
        1,
      );
      expect(getComputedStyle(el).display).to.equal('block');
    }
  });
});

describe('<article-card> hostile content: images of any shape', () => {
  /** A PNG of the given size, as a data: URL. */
  const png = (w: number, h: number) => {
    const c = document.createElement('canvas');
    c.width = w;
    c.height = h;
    return c.toDataURL('image/png');
  };

  it('an image of any aspect ratio keeps the reserved 16:9 box (no layout shift when it loads)', async () => {
    const heights: Record<string, number> = {};
    for (const [name, image] of [
      ['failed', fault('status/404', { id: uid('img') })],
      ['square', png(40, 40)],
      ['tall', png(10, 90)],
      ['wide', png(400, 10)],
    ] as const) {
      const { el } = await render((el) => {
        el.headline = 'Headline';
        el.href = HREF;
        el.image = image;
      });
      await until(async () => {
        const img = el.shadowRoot!.querySelector('img');
        return !img || (img.complete && img.naturalWidth > 0);
      }, `${name} image to load or fail`);
      await frame();
      const media = el.shadowRoot!.querySelector('[part~="media"]')!.getBoundingClientRect();
      expect(media.height, `${name}: the media box keeps its ratio`).to.be.closeTo(
        (media.width * 9) / 16,
        1,
      );
      heights[name] = el.getBoundingClientRect().height;
    }
    for (const name of ['square', 'tall', 'wide'])
      expect(heights[name], name).to.be.closeTo(heights.failed!, 1);
  });
});

describe('<article-card> hostile content: JSON-LD (the article property and inline)', () => {
  const FIELDS: Record<string, [(p: string) => Record<string, unknown>, string]> = {
    headline: [(p) => ({ headline: p }), 'link'],
    description: [(p) => ({ description: p }), 'dek'],
    alternativeHeadline: [(p) => ({ alternativeHeadline: p }), 'dek'],
    articleSection: [(p) => ({ articleSection: p }), 'kicker'],
    'author.name': [(p) => ({ author: { '@type': 'Person', name: p } }), 'byline'],
    'author[] names': [(p) => ({ author: [{ name: p }, p] }), 'byline'],
    'publisher.name': [(p) => ({ publisher: { '@type': 'Organization', name: p } }), 'source'],
    'image.caption': [(p) => ({ image: { '@type': 'ImageObject', url: IMAGE, caption: p } }), ''],
    inLanguage: [(p) => ({ inLanguage: p }), ''],
    datePublished: [(p) => ({ datePublished: p }), ''],
  };
  const base = {
    '@type': 'NewsArticle',
    headline: 'Headline',
    url: HREF,
    image: IMAGE,
    description: 'Dek',
    articleSection: 'K',
    author: { name: 'A' },
    publisher: { name: 'P' },
  };

  for (const via of ['property', 'inline'] as const) {
    it(`${via}: every text field, every payload: text only, no element added, nothing runs`, async () => {
      const put = (el: ArticleCard, data: unknown) => {
        if (via === 'property') el.article = data as object;
        else {
          const s = document.createElement('script');
          s.type = 'application/ld+json';
          s.textContent = JSON.stringify(data);
          el.append(s);
        }
      };
      for (const [field, [make, part]] of Object.entries(FIELDS)) {
        const plain = await render((el) => put(el, { ...base, ...make('plain text') }));
        const expected = tagCounts(plain.el);
        for (const [name, payload] of Object.entries(TEXT_PAYLOADS)) {
          const { el } = await render((el) => put(el, { ...base, ...make(payload) }));
          const what = `${via} ${field} = ${name}`;
          await expectInert(el, what);
          if (field !== 'inLanguage')
            expect(tagCounts(el), `${what}: elements`).to.deep.equal(expected);
          if (part) expect(textOf(el, part), `${what}: shown as text`).to.contain(shown(payload));
        }
      }
    });

    it(`${via}: dangerous URLs in url, mainEntityOfPage and image are dropped`, async () => {
      const put = (el: ArticleCard, data: unknown) => {
        if (via === 'property') el.article = data as object;
        else {
          const s = document.createElement('script');
          s.type = 'application/ld+json';
          s.textContent = JSON.stringify(data);
          el.append(s);
        }
      };
      for (const [name, url] of Object.entries(URL_PAYLOADS)) {
        for (const data of [
          { '@type': 'NewsArticle', headline: 'H', url },
          { '@type': 'NewsArticle', headline: 'H', mainEntityOfPage: { '@id': url } },
          { '@type': 'NewsArticle', headline: 'H', url: HREF, image: [{ url, caption: 'c' }] },
          { '@type': 'NewsArticle', headline: 'H', url: HREF, image: url },
        ]) {
          const { el } = await render((el) => put(el, data));
          await expectInert(el, `${via} ${name} in ${JSON.stringify(Object.keys(data))}`);
        }
      }
    });
  }

  it('inline: an @type that is an object without a usable toString breaks nothing', async () => {
    // Valid JSON; JSON.parse gives `toString` as an own property that is not a function.
    const { el } = await render((el) => {
      el.innerHTML = '<a href="/fallback">Fallback</a>';
      const s = document.createElement('script');
      s.type = 'application/ld+json';
      s.textContent =
        '[{"@type":{"toString":1}},{"@type":"NewsArticle","headline":"Still here","url":"https://news.example/"}]';
      el.append(s);
    });
    await frame();
    expect(trap.errors, 'an uncaught exception').to.deep.equal([]);
    expect(textOf(el, 'link')).to.equal('Still here');
  });

  it('cyclic and deeply nested article objects render in bounded time and throw nothing', async () => {
    const cyclic: Record<string, unknown> = {
      '@type': 'NewsArticle',
      headline: 'Cyclic',
      url: HREF,
    };
    cyclic.mainEntity = cyclic;
    cyclic['@graph'] = [cyclic, { '@graph': [cyclic] }];
    cyclic.author = cyclic;
    let deep: Record<string, unknown> = { '@type': 'NewsArticle', headline: 'Deep', url: HREF };
    for (let i = 0; i < 100_000; i++) deep = { '@graph': [deep] };
    for (const data of [cyclic, deep]) {
      const { el } = await render((el) => (el.article = data));
      await expectInert(el, 'cyclic/deep');
    }
  });
});

describe('<article-card> hostile content: a page fetched from src', () => {
  const escapeAttr = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  /** JSON in a script element, written as publishers should (`<` escaped) or naively (raw). */
  const jsonLd = (data: unknown, naive = false) => {
    const json = JSON.stringify(data);
    return `<script type="application/ld+json">${naive ? json : json.replace(/</g, '\\u003c')}</script>`;
  };
  const page = (head: string, body = '') =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
  const load = (body: string) =>
    render((el) => {
      el.innerHTML = '<a href="/fallback">Fallback</a>';
      el.src = fault('echo', { id: uid('page'), type: 'text/html; charset=utf-8', body });
    });

  it('payloads in Open Graph, <title> and meta tags are text; the page body never reaches the card', async () => {
    const pageWith = (payload: string) =>
      page(
        `<title>${escapeText(payload)}</title>` +
          `<meta property="og:title" content="${escapeAttr(payload)}">` +
          `<meta property="og:description" content="${escapeAttr(payload)}">` +
          `<meta property="og:site_name" content="${escapeAttr(payload)}">` +
          `<meta property="article:section" content="${escapeAttr(payload)}">` +
          `<meta property="article:author" content="${escapeAttr(payload)}">` +
          `<meta property="og:url" content="${HREF}">`,
        `<nav>BODY-TEXT-MARKER</nav><script>window.__pwned="page script"</script><img src=x onerror="window.__pwned='page img'">`,
      );
    const expected = tagCounts((await load(pageWith('plain text'))).el);
    for (const [name, payload] of Object.entries(TEXT_PAYLOADS)) {
      const { el } = await load(pageWith(payload));
      const what = `page meta = ${name}`;
      await expectInert(el, what);
      expect(tagCounts(el), `${what}: elements`).to.deep.equal(expected);
      expect(el.shadowRoot!.textContent).not.to.contain('BODY-TEXT-MARKER');
      // (The HTML parser turns U+0000 into U+FFFD.)
      expect(textOf(el, 'link'), what).to.equal(shown(payload).replaceAll('\u0000', '\uFFFD'));
    }
  });

  it('payloads only <title>, meta description, meta author or og:image:alt carry are text too', async () => {
    // Each of these is read only when nothing above it has the field (og:title, og:description,
    // article:author, the JSON-LD), so each page here has the payload in that tag alone.
    const body = `<nav>BODY-TEXT-MARKER</nav><script>window.__pwned="page script"</script>`;
    const link = `<meta property="og:url" content="${HREF}">`;
    const fields: Record<string, [(p: string) => string, (el: ArticleCard) => string]> = {
      '<title>': [(p) => `<title>${escapeText(p)}</title>`, (el) => textOf(el, 'link')],
      'meta description': [
        (p) => `<title>T</title><meta name="description" content="${escapeAttr(p)}">`,
        (el) => textOf(el, 'dek'),
      ],
      'meta author': [
        (p) => `<title>T</title><meta name="author" content="${escapeAttr(p)}">`,
        (el) => textOf(el, 'byline').replace(/^By /, ''),
      ],
      'og:image:alt': [
        (p) =>
          `<title>T</title><meta property="og:image" content="${IMAGE}">` +
          `<meta property="og:image:alt" content="${escapeAttr(p)}">`,
        (el) => el.shadowRoot!.querySelector('img')?.alt ?? '',
      ],
    };
    for (const [field, [head, shownIn]] of Object.entries(fields)) {
      const plain = await load(page(head('plain text') + link, body));
      expect(shownIn(plain.el), `${field}: control`).to.equal('plain text');
      const expected = tagCounts(plain.el);
      for (const [name, payload] of Object.entries(TEXT_PAYLOADS)) {
        const { el, errors } = await load(page(head(payload) + link, body));
        const what = `${field} = ${name}`;
        await expectInert(el, what);
        expect(errors, what).to.deep.equal([]);
        expect(tagCounts(el), `${what}: elements`).to.deep.equal(expected);
        expect(el.shadowRoot!.textContent).not.to.contain('BODY-TEXT-MARKER');
        // Shown as the text it is (the HTML parser turns U+0000 into U+FFFD).
        expect(shownIn(el), what).to.equal(shown(payload).replaceAll('\u0000', '\uFFFD'));
      }
    }
  });

  it('a </script> inside JSON-LD, escaped or raw, runs nothing and leaks no body text', async () => {
    const payload = 'A </script><script>window.__pwned="breakout"</script> B';
    for (const naive of [false, true]) {
      // The meta tags come first: raw, the block's leaked text ends the head, and the parser puts
      // whatever follows it in the body (where meta tags are not read).
      const body = page(
        `<meta property="og:title" content="OG title"><meta property="og:url" content="${HREF}">` +
          jsonLd({ '@type': 'NewsArticle', headline: payload, url: HREF }, naive),
        '<p>BODY-TEXT-MARKER</p>',
      );
      const { el } = await load(body);
      await expectInert(el, `naive=${naive}`);
      expect(el.shadowRoot!.textContent).not.to.contain('BODY-TEXT-MARKER');
      // Escaped, the JSON-LD is read whole; raw, the block ends early and is skipped.
      expect(textOf(el, 'link')).to.equal(naive ? 'OG title' : shown(payload));
    }
  });

  it('dangerous URLs in og:url, og:image and JSON-LD are dropped (the link falls back to the page URL)', async () => {
    for (const [name, url] of Object.entries(URL_PAYLOADS)) {
      const body = page(
        `<meta property="og:title" content="T"><meta property="og:url" content="${escapeAttr(url)}">` +
          `<meta property="og:image" content="${escapeAttr(url)}">` +
          jsonLd({ '@type': 'NewsArticle', image: { url }, mainEntityOfPage: url }),
      );
      const { el } = await load(body);
      await expectInert(el, `page url = ${name}`);
      // (Whitespace in JSON-LD and meta text is collapsed before a URL is read, so
      // `java<tab>scr<newline>ipt:…` becomes a harmless relative URL there: still http.)
    }
  });
});

describe('<article-card> hostile content: long strings and bidi controls', () => {
  /**
   * What a reader sees of every box in the card (clipped by its overflow-hiding ancestors) lies
   * within the card, the card keeps its width, and the page does not scroll sideways.
   */
  function expectContained(el: ArticleCard, what: string) {
    const box = el.getBoundingClientRect();
    expect(box.width, `${what}: card width`).to.be.closeTo(320, 1);
    for (const child of deepElements(el.shadowRoot!)) {
      let { left, right } = child.getBoundingClientRect();
      if (right - left === 0) continue;
      for (
        let n: Element | null = child;
        n && n !== el;
        n = n.parentElement ?? (n.parentNode as ShadowRoot | null)?.host ?? null
      ) {
        if (n !== child && getComputedStyle(n).overflowX !== 'visible') {
          const clip = n.getBoundingClientRect();
          left = Math.max(left, clip.left);
          right = Math.min(right, clip.right);
        }
      }
      if (right <= left) continue; // wholly clipped
      expect(left, `${what}: <${child.localName}> starts inside`).to.be.at.least(box.left - 1);
      expect(right, `${what}: <${child.localName}> ends inside`).to.be.at.most(box.right + 1);
    }
    expect(document.documentElement.scrollWidth, `${what}: no page-wide overflow`).to.be.at.most(
      document.documentElement.clientWidth,
    );
  }

  it('100,000-character headline and standfirst clamp to their lines, within the card', async () => {
    const make = (headline: string, dek: string) =>
      render((el) => {
        el.headline = headline;
        el.dek = dek;
        el.href = HREF;
        el.variant = 'compact';
      });
    const ref = await make(longString(600, true), longString(600, true));
    const refHeadline = ref.el
      .shadowRoot!.querySelector('[part~="headline"]')!
      .getBoundingClientRect().height;
    const refHeight = ref.el.getBoundingClientRect().height;
    for (const word of [true, false]) {
      const { el } = await make(longString(100_000, word), longString(100_000, word));
      const what = word ? 'words' : 'one unbroken word';
      expectContained(el, what);
      const h = el.shadowRoot!.querySelector('[part~="headline"]')!.getBoundingClientRect().height;
      expect(h, `${what}: headline clamped`).to.be.closeTo(refHeadline, 2);
      expect(el.getBoundingClientRect().height, `${what}: card height`).to.be.closeTo(refHeight, 2);
      expect(textOf(el, 'link').length).to.equal(100_000);
      await expectInert(el, what);
    }
  });

  it('100,000-character section, byline, source and alt text keep the card as it is (one line each)', async () => {
    const make = (field?: 'kicker' | 'byline' | 'source' | 'imageAlt') =>
      render((el) => {
        el.headline = 'Headline';
        el.href = HREF;
        el.image = IMAGE;
        el.kicker = 'Section';
        el.byline = 'Byline';
        el.source = 'Source';
        el.published = '2025-06-14';
        if (field) el[field] = longString(100_000);
      });
    const height = (await make()).el.getBoundingClientRect().height;
    for (const field of ['kicker', 'byline', 'source', 'imageAlt'] as const) {
      const { el } = await make(field);
      expectContained(el, field);
      expect(el.getBoundingClientRect().height, `${field}: card height`).to.be.closeTo(height, 2);
      await expectInert(el, field);
    }
  });

  it('bidi override characters in the byline do not reorder the source and the date', async () => {
    const positions = async (byline: string) => {
      const { el } = await render((el) => {
        el.headline = 'Headline';
        el.href = HREF;
        el.byline = byline;
        el.source = 'Source';
        el.published = '2025-06-14';
        el.variant = 'compact';
      });
      await expectInert(el, byline);
      const at = (p: string) =>
        el.shadowRoot!.querySelector(`[part~="${p}"]`)!.getBoundingClientRect();
      return {
        source: at('source').left,
        date: at('date').left,
        link: at('link').left,
        text: textOf(el, 'date'),
      };
    };
    const plain = await positions('Ana Li');
    for (const byline of [
      '\u202EAna Li',
      '\u202BAna Li',
      '\u2067Ana Li',
      'Ana Li\u202E',
      '\u200FAna\u202D Li',
    ]) {
      const p = await positions(byline);
      expect(p.source, JSON.stringify(byline)).to.be.closeTo(plain.source, 1);
      expect(p.date, JSON.stringify(byline)).to.be.closeTo(plain.date, 1);
      expect(p.link).to.be.closeTo(plain.link, 1);
      expect(p.text).to.equal('June 14, 2025');
    }
  });
});
