import { expect, html } from '@open-wc/testing';
import { ArticleCard } from '../src/index.js';
import { card, errorsOf, part, root, shownText, settled } from './helpers.js';
import { emulateMedia } from './media.js';
import { PIXEL, SEED } from './fixtures/seed.js';

/** The seed article from attributes (its own URL is unknown: SEED.href is the publisher's home). */
const seedCard = (extra = html``) =>
  card(
    html`<div>
      <article-card
        kicker=${SEED.kicker}
        headline=${SEED.headline}
        dek=${SEED.dek}
        byline=${SEED.byline}
        source=${SEED.source}
        updated=${SEED.updated}
        href=${SEED.href}
        image=${PIXEL}
        image-alt="The Palace of Independence in Astana"
        time-zone="Asia/Shanghai"
      ></article-card
      >${extra}
    </div>`,
  );

/** An image that never loads (not a PNG), without a request to the test server. */
const BROKEN = 'data:image/png;base64,AAAA';

const box = (el: Element) => el.getBoundingClientRect();
const rgb = (el: Element, prop = 'background-color') => getComputedStyle(el).getPropertyValue(prop);

describe('<article-card> from attributes', () => {
  it('shows the seed article: section, headline, standfirst, byline, source and date', async () => {
    const el = await seedCard();
    expect(part(el, 'kicker')!.textContent).to.equal("Xi's Visits");
    expect(part(el, 'link')!.textContent).to.equal('C. Asia ties to get new boost');
    expect(part(el, 'dek')!.textContent).to.equal(SEED.dek);
    expect(part(el, 'byline')!.textContent).to.equal('By Zhou Jin');
    expect(part(el, 'source')!.textContent).to.equal('China Daily');
    // Updated 2025-06-14 07:22 Beijing time.
    expect(part(el, 'date')!.textContent).to.equal('June 14, 2025');
    expect(part(el, 'date')!.getAttribute('datetime')).to.equal('2025-06-13T23:22:00.000Z');
    expect(part(el, 'meta')!.textContent!.replace(/\s+/g, ' ')).to.contain('Updated June 14, 2025');
    await expect(el).to.be.accessible();
  });

  it('has exactly one link, the headline, named by the headline, inside a heading', async () => {
    const el = await seedCard();
    const links = root(el).querySelectorAll('a');
    expect(links.length).to.equal(1);
    expect(links[0]!.getAttribute('href')).to.equal('https://www.chinadaily.com.cn/');
    expect(links[0]!.textContent).to.equal(SEED.headline);
    expect(links[0]!.closest('h3')).to.equal(part(el, 'headline'));
  });

  it('exposes every part', async () => {
    const el = await seedCard();
    for (const name of ['card', 'media', 'image', 'body', 'kicker', 'headline', 'link', 'dek']) {
      expect(part(el, name), name).to.exist;
    }
    for (const name of ['meta', 'byline', 'source', 'date']) expect(part(el, name), name).to.exist;
  });

  it('puts the headline in a heading of headline-level (2–6, default 3)', async () => {
    const el = await seedCard();
    expect(part(el, 'headline')!.localName).to.equal('h3');
    for (const [level, tag] of [
      [2, 'h2'],
      [4, 'h4'],
      [6, 'h6'],
      [1, 'h3'],
      [7, 'h3'],
      [Number.NaN, 'h3'],
    ] as const) {
      el.headlineLevel = level;
      await el.updateComplete;
      expect(part(el, 'headline')!.localName, String(level)).to.equal(tag);
    }
    el.setAttribute('headline-level', '5');
    await el.updateComplete;
    expect(part(el, 'headline')!.localName).to.equal('h5');
  });

  it('shows date-times in time-zone, and a date alone as written in every zone', async () => {
    const el = await seedCard();
    el.timeZone = 'UTC';
    await el.updateComplete;
    expect(part(el, 'date')!.textContent).to.equal('June 13, 2025');
    el.dateModified = '2025-06-14';
    for (const zone of ['Pacific/Honolulu', 'UTC', 'Asia/Shanghai', 'Pacific/Kiritimati', '']) {
      el.timeZone = zone;
      await el.updateComplete;
      expect(part(el, 'date')!.textContent, zone).to.equal('June 14, 2025');
      expect(part(el, 'date')!.getAttribute('datetime')).to.equal('2025-06-14');
    }
  });

  it('shows the published date when there is no update, and no date for a non-ISO value', async () => {
    const el = await card(
      html`<article-card
        headline="h"
        href="#x"
        published="2023-05-19T09:00:00+08:00"
        time-zone="Asia/Shanghai"
      ></article-card>`,
    );
    expect(part(el, 'meta')!.textContent!.trim()).to.equal('May 19, 2023');
    for (const bad of ['19/05/2023', '2023-02-30', 'yesterday', '2023-13-01T00:00Z']) {
      el.published = bad;
      await el.updateComplete;
      expect(part(el, 'date'), bad).to.equal(null);
    }
  });

  it('takes a string assigned to the `updated` property as the update date (alias of dateModified)', async () => {
    const uncaught: string[] = [];
    const onError = (e: ErrorEvent) => uncaught.push(e.message);
    window.addEventListener('error', onError);
    try {
      const el = await card(
        html`<article-card headline="h" href="#x" published="2025-06-01"></article-card>`,
      );
      // What a plain-JavaScript user writes, after the `updated` attribute.
      (el as unknown as { updated: unknown }).updated = '2025-06-14';
      await el.updateComplete;
      expect(el.dateModified).to.equal('2025-06-14');
      expect(part(el, 'meta')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Updated June 14, 2025',
      );
      // The element still updates: Lit's lifecycle method was not replaced by the string.
      el.headline = 'Still alive';
      await el.updateComplete;
      expect(part(el, 'link')!.textContent).to.equal('Still alive');
      expect(typeof (el as unknown as { updated: unknown }).updated).to.equal('function');
      await new Promise((r) => setTimeout(r));
      expect(uncaught).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it('still lets a function assigned to `updated` override the lifecycle method', async () => {
    const el = await card(html`<article-card headline="h" href="#x"></article-card>`);
    const errors = errorsOf(el);
    const calls: string[][] = [];
    type Hook = (this: ArticleCard, changed: Map<PropertyKey, unknown>) => void;
    const host = el as unknown as { updated: Hook };
    const original = host.updated;
    host.updated = function (changed) {
      calls.push([...changed.keys()].map(String));
      original.call(this, changed);
    };
    el.headline = 'Changed';
    await el.updateComplete;
    expect(calls).to.deep.equal([['headline']]);
    expect(el.dateModified).to.equal(undefined);
    // The card's own work still runs through the override: no link, one card-error.
    el.href = '';
    await el.updateComplete;
    expect(calls).to.deep.equal([['headline'], ['href']]);
    expect(errors.map((e) => e.reason)).to.deep.equal(['invalid']);
  });

  it('takes `updated` set on the element before it was defined (upgraded later)', async () => {
    const tag = 'updated-upgrade-card-test';
    const el = document.createElement(tag) as ArticleCard;
    Object.assign(el, { headline: 'Upgraded', href: '#x', updated: '2025-06-14' });
    document.body.append(el);
    try {
      customElements.define(tag, class extends ArticleCard {});
      await el.updateComplete;
      expect(part(el, 'date')!.getAttribute('datetime')).to.equal('2025-06-14');
      expect(part(el, 'link')!.textContent).to.equal('Upgraded');
    } finally {
      el.remove();
    }
  });

  it('falls back to the reader time zone for an unknown time-zone, without throwing', async () => {
    const el = await seedCard();
    el.timeZone = 'Not/AZone';
    await el.updateComplete;
    expect(part(el, 'date')!.textContent).to.match(/^June 1[34], 2025$/);
  });

  it('lazy-loads the image asynchronously, with srcset, sizes and alt', async () => {
    const el = await seedCard();
    const img = part(el, 'image') as HTMLImageElement;
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('decoding')).to.equal('async');
    expect(img.alt).to.equal('The Palace of Independence in Astana');
    expect(img.hasAttribute('srcset')).to.be.false;
    el.imageSrcset = `${PIXEL} 1x, ${PIXEL} 2x`;
    el.imageSizes = '(min-width: 40em) 20em, 100vw';
    el.imageAlt = '';
    await el.updateComplete;
    expect(img.getAttribute('srcset')).to.equal(`${PIXEL} 1x, ${PIXEL} 2x`);
    expect(img.getAttribute('sizes')).to.equal('(min-width: 40em) 20em, 100vw');
    // No alt text given: the image is decorative.
    expect(img.getAttribute('alt')).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('reserves the image box (16 / 9, or --article-card-image-ratio) before the image loads', async () => {
    const el = await card(
      html`<article-card headline="h" href="#x" image=${BROKEN}></article-card>`,
    );
    el.style.width = '320px';
    const media = part(el, 'media')!;
    expect(box(media).width).to.be.closeTo(318, 1); // inside the 1px border
    expect(box(media).height).to.be.closeTo((318 * 9) / 16, 1);
    el.style.setProperty('--article-card-image-ratio', '1 / 1');
    expect(box(media).height).to.be.closeTo(318, 1);
  });

  it('turns a failed image into a neutral placeholder of the same size', async () => {
    const el = await card(
      html`<article-card
        headline="h"
        href="#x"
        image=${BROKEN}
        image-alt="A photo"
      ></article-card>`,
    );
    el.style.width = '320px';
    const before = box(part(el, 'media')!).height;
    await new Promise((r) => part(el, 'image')!.addEventListener('error', r, { once: true }));
    await el.updateComplete;
    expect(part(el, 'image')).to.equal(null);
    expect(part(el, 'media')).to.exist;
    expect(box(part(el, 'media')!).height).to.equal(before);
    // A new image URL gets its own chance.
    el.image = PIXEL;
    await el.updateComplete;
    expect((part(el, 'image') as HTMLImageElement).src).to.equal(PIXEL);
  });

  it('clamps the headline and the standfirst to 3 lines, or as many as the custom properties say', async () => {
    const long = 'A headline that goes on and on about a summit in Astana '.repeat(8);
    const el = await card(
      html`<article-card headline=${long} dek=${long} href="#x"></article-card>`,
    );
    el.style.width = '280px';
    const link = part(el, 'link')!;
    const dek = part(el, 'dek')!;
    const lh = (e: Element) => parseFloat(getComputedStyle(e).lineHeight);
    expect(box(link).height).to.be.closeTo(3 * lh(link), 2);
    expect(box(dek).height).to.be.closeTo(3 * lh(dek), 2);
    el.style.setProperty('--article-card-headline-lines', '2');
    el.style.setProperty('--article-card-dek-lines', '1');
    expect(box(link).height).to.be.closeTo(2 * lh(link), 2);
    expect(box(dek).height).to.be.closeTo(lh(dek), 2);
  });

  it('wraps long words and URLs, and Chinese text, inside a narrow card', async () => {
    const el = await card(
      html`<article-card
        headline=${'Astana' + 'x'.repeat(120)}
        dek=${'https://example.com/' + 'segment/'.repeat(30)}
        byline=${'Q'.repeat(90)}
        href="#x"
      ></article-card>`,
    );
    el.style.width = '200px';
    for (const name of ['card', 'body', 'headline', 'dek']) {
      const e = part(el, name)!;
      expect(e.scrollWidth, name).to.be.at.most(e.clientWidth + 1);
    }
    // The meta line stays one line, cut with an ellipsis.
    const meta = part(el, 'meta')!;
    expect(getComputedStyle(meta).textOverflow).to.equal('ellipsis');
    expect(box(meta).height).to.be.closeTo(parseFloat(getComputedStyle(meta).lineHeight), 1);
    el.headline = '中国—中亚峰会在阿斯塔纳举行，双方签署永久睦邻友好合作条约并发表阿斯塔纳宣言';
    await el.updateComplete;
    const h = part(el, 'headline')!;
    expect(h.scrollWidth).to.be.at.most(h.clientWidth + 1);
    expect(box(part(el, 'link')!).height).to.be.greaterThan(
      parseFloat(getComputedStyle(part(el, 'link')!).lineHeight) * 1.5,
    );
  });

  it('mirrors under dir="rtl" (image at the inline start, text aligned to the start)', async () => {
    const host = await card(
      html`<div dir="rtl">
        <article-card
          variant="horizontal"
          headline="قمة الصين وآسيا الوسطى"
          href="#x"
          image=${PIXEL}
        ></article-card>
      </div>`,
    );
    host.style.width = '480px';
    const media = box(part(host, 'media')!);
    const body = box(part(host, 'body')!);
    expect(media.left).to.be.greaterThan(body.left);
    expect(getComputedStyle(part(host, 'headline')!).direction).to.equal('rtl');
    await expect(host).to.be.accessible();
  });

  it('lays out the variants: image above, beside, or none', async () => {
    const el = await seedCard();
    el.style.width = '480px';
    let media = box(part(el, 'media')!);
    let body = box(part(el, 'body')!);
    expect(media.bottom).to.be.at.most(body.top + 0.5);
    el.variant = 'horizontal';
    await el.updateComplete;
    media = box(part(el, 'media')!);
    body = box(part(el, 'body')!);
    expect(media.right).to.be.at.most(body.left + 0.5);
    expect(media.top).to.be.closeTo(body.top, 0.5);
    el.variant = 'compact';
    await el.updateComplete;
    expect(part(el, 'media')).to.equal(null);
    expect(part(el, 'image')).to.equal(null);
  });

  it('lays out an unset, unknown or hostile variant as standard, with no internal class', async () => {
    const el = await seedCard();
    el.style.width = '480px';
    const classes = () => [...part(el, 'card')!.classList];
    const layout = () => ({
      media: box(part(el, 'media')!).toJSON(),
      body: box(part(el, 'body')!).toJSON(),
      background: rgb(part(el, 'body')!),
    });
    expect(classes()).to.deep.equal(['card', 'standard']);
    const standard = layout();
    // Internal class names (the loading skeleton, the reserved rows, the parts' classes), unknown
    // words, a case variant and markup: none may become a class of the card.
    for (const variant of [
      'skeleton',
      'reserve',
      'media',
      'body',
      'headline',
      'horizontal compact',
      'bogus',
      '',
      'x" onclick="window.__pwned=1',
    ]) {
      el.setAttribute('variant', variant);
      await el.updateComplete;
      expect(classes(), variant).to.deep.equal(['card', 'standard']);
      expect(layout(), variant).to.deep.equal(standard);
      expect(part(el, 'card')!.hasAttribute('aria-busy'), variant).to.equal(false);
    }
    el.removeAttribute('variant');
    await el.updateComplete;
    expect(classes()).to.deep.equal(['card', 'standard']);
    el.variant = 'compact';
    await el.updateComplete;
    expect(classes()).to.deep.equal(['card', 'compact']);
  });

  it('treats an unknown theme as auto (it follows the page color-scheme)', async () => {
    const el = await seedCard();
    const bg = () => rgb(part(el, 'card')!);
    const light = bg();
    el.theme = 'dark';
    await el.updateComplete;
    const dark = bg();
    document.documentElement.style.colorScheme = 'dark';
    try {
      for (const theme of ['bogus', 'DARK;}*{color:red}', '']) {
        el.setAttribute('theme', theme);
        await el.updateComplete;
        expect(bg(), `theme="${theme}", page dark`).to.equal(dark);
        document.documentElement.style.colorScheme = 'light';
        expect(bg(), `theme="${theme}", page light`).to.equal(light);
        document.documentElement.style.colorScheme = 'dark';
      }
    } finally {
      document.documentElement.style.colorScheme = '';
    }
  });

  for (const variant of ['standard', 'horizontal', 'compact'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      it(`is accessible: ${variant}, ${theme}`, async () => {
        const el = await seedCard();
        el.variant = variant;
        el.theme = theme;
        await el.updateComplete;
        expect(el.getAttribute('theme')).to.equal(theme);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('switches colours with theme, and follows the page color-scheme when auto', async () => {
    const el = await seedCard();
    const card0 = part(el, 'card')!;
    const light = rgb(card0);
    el.theme = 'dark';
    await el.updateComplete;
    const dark = rgb(card0);
    expect(dark).to.not.equal(light);
    expect(rgb(card0, 'color')).to.not.equal(dark);
    el.theme = 'auto';
    await el.updateComplete;
    expect(rgb(card0)).to.equal(light);
    document.documentElement.style.colorScheme = 'dark';
    try {
      expect(rgb(card0)).to.equal(dark);
      el.theme = 'light';
      await el.updateComplete;
      expect(rgb(card0)).to.equal(light);
    } finally {
      document.documentElement.style.colorScheme = '';
    }
  });

  it('takes --article-card-* custom properties over the token defaults', async () => {
    const el = await seedCard();
    el.style.setProperty('--article-card-background', 'rgb(1, 2, 3)');
    el.style.setProperty('--article-card-kicker-color', 'rgb(4, 5, 6)');
    el.style.setProperty('--article-card-padding', '7px');
    expect(rgb(part(el, 'card')!)).to.equal('rgb(1, 2, 3)');
    expect(rgb(part(el, 'kicker')!, 'color')).to.equal('rgb(4, 5, 6)');
    expect(getComputedStyle(part(el, 'body')!).paddingTop).to.equal('7px');
  });

  it('shows its light-DOM fallback, and fires card-error, without a headline or a link', async () => {
    const errors = errorsOf(document);
    const el = await card(
      html`<article-card headline="Only a headline"
        ><a href="/story">Read the story</a></article-card
      >`,
    );
    expect(part(el, 'card')).to.equal(null);
    const slot = root(el).querySelector('slot')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('Read the story');
    expect(errors).to.have.length(1);
    expect(errors[0]!.reason).to.equal('invalid');
    expect(errors[0]!.message).to.be.a('string').and.not.empty;
    // Data arriving later replaces the fallback.
    el.href = '/story';
    await el.updateComplete;
    expect(part(el, 'link')!.getAttribute('href')).to.equal('/story');
    expect(shownText(el)).to.equal('Only a headline');
  });

  it('fires card-error once per failure, bubbling and composed', async () => {
    const el = await card(html`<article-card></article-card>`);
    const seen: Event[] = [];
    document.addEventListener('card-error', (e) => seen.push(e), { once: true });
    el.headline = 'still no link';
    await el.updateComplete;
    expect(seen).to.have.length(0); // still the same failure: no new event
    el.href = '#x';
    await el.updateComplete;
    el.href = '';
    await el.updateComplete;
    expect(seen).to.have.length(1);
    expect(seen[0]!.bubbles && seen[0]!.composed).to.be.true;
  });

  it('is no longer busy once rendered from attributes', async () => {
    const el = await settled(await seedCard());
    expect(part(el, 'card')!.hasAttribute('aria-busy')).to.be.false;
  });
});

describe('<article-card> in forced colours', () => {
  afterEach(async () => {
    await emulateMedia([]);
  });

  /** A system colour as the engine computes it now (in the forced palette when forced). */
  const systemColor = (name: string) => {
    const probe = document.createElement('span');
    probe.style.forcedColorAdjust = 'none';
    probe.style.color = name;
    document.body.append(probe);
    const color = getComputedStyle(probe).color;
    probe.remove();
    return color;
  };
  /** WCAG contrast ratio of two `rgb(…)` colours. */
  const contrast = (a: string, b: string) => {
    const luminance = (c: string) => {
      const [r, g, bl] = c
        .match(/[\d.]+/g)!
        .map(Number)
        .map((v) => v / 255);
      const lin = (v: number) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(bl!);
    };
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };

  it('keeps a visible edge and a legible link, and stays axe-clean', async function () {
    const el = await seedCard();
    const cardBox = part(el, 'card')!;
    // Control: a publisher's borderless design (e.g. a shadow instead) has no border normally.
    el.style.setProperty('--article-card-border', 'none');
    expect(getComputedStyle(cardBox).borderTopStyle, 'no border before').to.equal('none');
    el.style.removeProperty('--article-card-border');

    // Forced-colours emulation is the DevTools protocol's Emulation.setEmulatedMedia (Chromium):
    // Firefox (puppeteer over WebDriver BiDi) and WebKit (WebDriver classic) have no command to
    // emulate forced-colors here.
    if (!(await emulateMedia([{ name: 'forced-colors', value: 'active' }]))) this.skip();
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
    await expect(el).to.be.accessible();

    // The borderless design, in barely-there colours: forced colours drop shadows and replace
    // colours, so the card must draw its own edge, and the link must take the system's colours.
    // (axe runs above, not here: its contrast check reads -webkit-text-fill-color, which Chromium
    // reports as the author's colour even where forced colours paint the text.)
    el.style.setProperty('--article-card-border', 'none');
    el.style.setProperty('--article-card-color', 'rgb(250, 250, 250)');
    el.style.setProperty('--article-card-background', 'rgb(255, 255, 255)');
    const style = getComputedStyle(cardBox);
    for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
      expect(style[`border${side}Style`], side).to.equal('solid');
      expect(parseFloat(style[`border${side}Width`]), side).to.be.at.least(1);
      expect(style[`border${side}Color`], side).to.equal(systemColor('CanvasText'));
    }
    const background = style.backgroundColor;
    expect(background).to.equal(systemColor('Canvas'));
    const link = getComputedStyle(part(el, 'link')!).color;
    expect(link).to.equal(systemColor('LinkText'));
    expect(contrast(link, background)).to.be.at.least(4.5);
  });
});
