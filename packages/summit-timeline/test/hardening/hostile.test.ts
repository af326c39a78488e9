// Hostile content in every text and URL field of the timeline data format (title, events' titles,
// summaries, notes, outcomes, leaders, places, sources, related articles) and in the element's
// attributes, through the `data` property, inline JSON and `src`. A payload fails the test if it
// runs (window.__pwned), adds an element (the element tree, through shadow roots, including the
// details panel and the related articles' cards, is compared with the same data holding plain
// text), renders an event-handler attribute, or becomes a link that is not http(s). 100,000-
// character strings must not break the layout; bidi controls must not reorder other fields.
import '../../../article-card/test/hardening/instrument.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { SummitTimeline, TimelineErrorDetail } from '../../src/index.js';
import type { TimelineData, TimelineEvent } from '../../src/data/types.js';
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
} from '../../../article-card/test/hardening/helpers.js';

let host: HTMLElement;
let trap: ReturnType<typeof trapErrors>;
let warn: typeof console.warn;
beforeEach(async () => {
  host = await fixture<HTMLElement>(html`<div></div>`);
  host.style.setProperty('inline-size', '760px'); // within the runner's 800 px viewport
  trap = trapErrors();
  window.__pwned = undefined;
  warn = console.warn;
  console.warn = () => {}; // dropped URLs are warned about, by design
});
afterEach(() => {
  console.warn = warn;
  trap.dispose();
});

type EventPatch = (e: TimelineEvent) => void;

/** One event with every field filled (the article's too), with `patch` applied. */
function dataWith(
  value: string,
  patch: (v: string) => { data?: Partial<TimelineData>; event?: EventPatch },
): TimelineData {
  const event: TimelineEvent = {
    id: 'e1',
    start: '2023-05-18',
    end: '2023-05-19',
    kind: 'summit',
    status: 'held',
    title: 'Title',
    place: { city: 'City', country: 'Country', countryCode: 'CN' },
    summary: 'Summary',
    note: 'Note',
    outcomes: ['Outcome'],
    leaders: ['Leader'],
    sources: [
      {
        title: 'Source',
        publisher: 'Publisher',
        url: 'https://example.com/source',
        date: '2023-05-19',
      },
    ],
    articles: [
      {
        '@type': 'NewsArticle',
        headline: 'Article',
        url: 'https://example.com/article',
        description: 'Dek',
        author: { name: 'Author' },
        publisher: { name: 'Outlet' },
      },
    ],
  };
  const { data, event: p } = patch(value);
  p?.(event);
  return {
    version: 1,
    title: 'Timeline',
    asOf: '2025-06-01',
    events: [event, { id: 'e2', start: '2025-06', kind: 'summit', status: 'held', title: 'Other' }],
    ...data,
  };
}

const FIELDS: Record<string, (v: string) => { data?: Partial<TimelineData>; event?: EventPatch }> =
  {
    'data title': (v) => ({ data: { title: v } }),
    'data title (zh)': (v) => ({ data: { title: { en: 'T', zh: v } } }),
    'event title': (v) => ({ event: (e) => (e.title = v) }),
    summary: (v) => ({ event: (e) => (e.summary = v) }),
    note: (v) => ({ event: (e) => (e.note = { en: v }) }),
    outcomes: (v) => ({ event: (e) => (e.outcomes = [v, { en: v }]) }),
    leaders: (v) => ({ event: (e) => (e.leaders = [v]) }),
    'place city': (v) => ({ event: (e) => (e.place = { ...e.place, city: v }) }),
    'place country': (v) => ({ event: (e) => (e.place = { ...e.place, country: { en: v } }) }),
    'source title': (v) => ({ event: (e) => (e.sources = [{ ...e.sources![0]!, title: v }]) }),
    'source publisher': (v) => ({
      event: (e) => (e.sources = [{ ...e.sources![0]!, publisher: v }]),
    }),
    'article headline': (v) => ({
      event: (e) => (e.articles = [{ ...e.articles![0], headline: v }]),
    }),
    'article description': (v) => ({
      event: (e) => (e.articles = [{ ...e.articles![0], description: v }]),
    }),
    'article author': (v) => ({
      event: (e) => (e.articles = [{ ...e.articles![0], author: [{ name: v }, v] }]),
    }),
    'article publisher': (v) => ({
      event: (e) => (e.articles = [{ ...e.articles![0], publisher: { name: v } }]),
    }),
  };

/** Renders the timeline with `data`, the event selected (details panel) and the sources open. */
async function render(setup: (el: SummitTimeline) => void) {
  host.replaceChildren();
  const errors: TimelineErrorDetail[] = [];
  const el = document.createElement('summit-timeline');
  el.addEventListener('timeline-error', (e) => errors.push(e.detail));
  setup(el);
  host.append(el);
  await el.updateComplete;
  if (!errors.length) {
    el.selected = 'e1';
    await el.updateComplete;
    const sources = el.shadowRoot!.querySelector<HTMLDetailsElement>('details');
    if (sources) {
      sources.open = true;
      await until(async () => {
        await el.updateComplete;
        return sources.querySelector('li') || el.shadowRoot!.querySelector('.source-list');
      }, 'the sources list');
    }
    for (const card of deepElements(el).filter((c) => c.localName === 'article-card')) {
      await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    }
  }
  await frame();
  return { el, errors };
}

async function expectInert(el: SummitTimeline, what: string) {
  await frame();
  expect(window.__pwned, `${what}: a payload ran`).to.equal(undefined);
  expect(handlerAttributes(el), `${what}: event-handler attributes`).to.deep.equal([]);
  for (const { tag, name, value } of urlAttributes(el)) {
    const protocol = new URL(value, location.href).protocol;
    const ok =
      protocol === 'http:' ||
      protocol === 'https:' ||
      (tag === 'img' && /^data:image\/(png|jpeg|gif|webp|avif)[;,]/i.test(value));
    expect(ok, `${what}: <${tag} ${name}="${value.slice(0, 60)}">`).to.equal(true);
  }
  expect(trap.errors, what).to.deep.equal([]);
}

const visibleText = (el: SummitTimeline) =>
  deepElements(el)
    .map((e) =>
      [...e.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent)
        .join(''),
    )
    .join(' ')
    .replace(/\s+/g, ' ');

describe('<summit-timeline> hostile content: every field of the data', () => {
  for (const [field, patch] of Object.entries(FIELDS)) {
    it(`${field}: every payload is text, adds no element and runs nothing`, async function () {
      this.timeout(60_000);
      const plain = await render((el) => (el.data = dataWith('plain text', patch)));
      expect(plain.errors).to.deep.equal([]);
      const expected = tagCounts(plain.el);
      expect(expected['article-card'], 'the related article is shown').to.equal(1);
      for (const [name, payload] of Object.entries(TEXT_PAYLOADS)) {
        const { el, errors } = await render((el) => (el.data = dataWith(payload, patch)));
        const what = `${field} = ${name}`;
        expect(errors, what).to.deep.equal([]);
        await expectInert(el, what);
        expect(tagCounts(el), `${what}: elements`).to.deep.equal(expected);
        if (!field.startsWith('article') && field !== 'data title (zh)') {
          expect(visibleText(el), `${what}: shown as text`).to.contain(
            payload.replace(/\s+/g, ' ').trim().slice(0, 20),
          );
        }
      }
    });
  }

  it('dangerous source URLs are rejected by the format (with the path); in articles they are dropped', async function () {
    this.timeout(60_000);
    for (const [name, url] of Object.entries(URL_PAYLOADS)) {
      const a = await render(
        (el) =>
          (el.data = dataWith(url, (v) => ({
            event: (e) => (e.sources = [{ title: 'S', publisher: 'P', url: v }]),
          }))),
      );
      await expectInert(a.el, `source url = ${name}`);
      expect(
        a.errors.map((e) => e.path),
        name,
      ).to.deep.equal(['events[0].sources[0].url']);
      expect(a.errors[0]!.reason).to.equal('invalid');

      const b = await render(
        (el) =>
          (el.data = dataWith(url, (v) => ({
            event: (e) =>
              (e.articles = [
                {
                  '@type': 'NewsArticle',
                  headline: 'H',
                  url: v,
                  image: v,
                  mainEntityOfPage: { '@id': v },
                },
              ]),
          }))),
      );
      await expectInert(b.el, `article url = ${name}`);
    }
  });

  it('the same payloads through inline JSON and src: inert', async function () {
    this.timeout(60_000);
    const all = Object.values(TEXT_PAYLOADS).join(' ');
    const data = dataWith(all, (v) => ({
      data: { title: v },
      event: (e) => {
        e.title = v;
        e.summary = v;
        e.note = v;
        e.outcomes = [v];
        e.leaders = [v];
        e.place = { city: v, country: v };
        e.sources = [{ title: v, publisher: v, url: 'https://example.com/' }];
        e.articles = [
          { '@type': 'NewsArticle', headline: v, url: 'https://example.com/', author: v },
        ];
      },
    }));
    const inline = await render((el) => {
      const s = document.createElement('script');
      s.type = 'application/json';
      s.textContent = JSON.stringify(data);
      el.append(s);
    });
    expect(inline.errors).to.deep.equal([]);
    await expectInert(inline.el, 'inline JSON');
    const fetched = await render(
      (el) => (el.src = fault('echo', { id: uid(), body: JSON.stringify(data) })),
    );
    expect(fetched.errors).to.deep.equal([]);
    await expectInert(fetched.el, 'src');
    const { script: _script, ...inlineTags } = tagCounts(inline.el); // (the inline data's own <script>)
    expect(tagCounts(fetched.el)).to.deep.equal(inlineTags);
  });

  it('CSS and markup in the attributes change nothing but what they name', async function () {
    this.timeout(60_000);
    const hostile: Record<string, string> = {
      kinds: 'summit<img src=x onerror=window.__pwned=1>',
      from: '<script>window.__pwned=1</script>',
      to: '2025"><svg onload=window.__pwned=1>',
      lang: 'zh" onload="window.__pwned=1',
      orientation: 'horizontal;}:host{display:none}',
      theme: 'dark;}*{display:none!important}',
      selected: '"><img src=x onerror=window.__pwned=1>',
      projections: '1e9',
    };
    const plain = await render((el) => (el.data = dataWith('plain', FIELDS['event title']!)));
    const height = plain.el.getBoundingClientRect().height;
    for (const [attr, value] of Object.entries(hostile)) {
      const { el } = await render((el) => {
        el.data = dataWith('plain', FIELDS['event title']!);
        el.setAttribute(attr, value);
      });
      await expectInert(el, `${attr}=${value}`);
      expect(el.getBoundingClientRect().height, `${attr}: same size`).to.be.closeTo(height, 1);
      expect(getComputedStyle(el).display).not.to.equal('none');
    }
  });

  it('a title object with a `toString` that is not a function (valid JSON) is read safely', async () => {
    // Text objects keep only en/zh/ru/fr: the stray key is dropped, nothing calls it.
    const { el, errors } = await render((el) => {
      el.data = JSON.parse(
        '{"version":1,"events":[{"id":"a","start":"2020","kind":"summit","status":"held","title":{"toString":1,"en":"ok"}}]}',
      );
    });
    await expectInert(el, 'toString');
    expect(errors).to.deep.equal([]);
  });
});

describe('<summit-timeline> hostile content: long strings and bidi controls', () => {
  /** What a reader sees of every box lies within the element; the page does not scroll sideways. */
  function expectContained(el: SummitTimeline, what: string) {
    const box = el.getBoundingClientRect();
    for (const child of deepElements(el)) {
      let { left, right, top, bottom } = child.getBoundingClientRect();
      if (right - left === 0 || bottom - top === 0) continue;
      for (
        let n: Element | null = child;
        n && n !== el;
        n = n.parentElement ?? (n.parentNode as ShadowRoot | null)?.host ?? null
      ) {
        const cs = getComputedStyle(n);
        if (n !== child && (cs.overflowX !== 'visible' || cs.overflowY !== 'visible')) {
          const clip = n.getBoundingClientRect();
          left = Math.max(left, clip.left);
          right = Math.min(right, clip.right);
          top = Math.max(top, clip.top);
          bottom = Math.min(bottom, clip.bottom);
        }
      }
      if (right <= left || bottom <= top) continue; // wholly clipped
      const label = `${what}: <${child.localName} ${child.getAttribute('part') ?? child.className}>`;
      expect(left, `${label} starts inside`).to.be.at.least(box.left - 1);
      expect(right, `${label} ends inside`).to.be.at.most(box.right + 1);
      expect(top, `${label} top inside`).to.be.at.least(box.top - 1);
      expect(bottom, `${label} bottom inside`).to.be.at.most(box.bottom + 1);
    }
    expect(document.documentElement.scrollWidth, `${what}: no page-wide overflow`).to.be.at.most(
      document.documentElement.clientWidth,
    );
  }

  for (const orientation of ['horizontal', 'vertical'] as const) {
    it(`${orientation}: 100,000-character text in every field keeps the element's box`, async function () {
      this.timeout(120_000);
      const plain = await render((el) => {
        el.orientation = orientation;
        el.data = dataWith('plain', FIELDS['event title']!);
      });
      const size = plain.el.getBoundingClientRect();
      for (const word of [false, true]) {
        const long = longString(100_000, word);
        const { el, errors } = await render((el) => {
          el.orientation = orientation;
          el.data = dataWith(long, (v) => ({
            data: { title: v },
            event: (e) => {
              e.title = v;
              e.summary = v;
              e.note = v;
              e.outcomes = [v];
              e.leaders = [v];
              e.place = { city: v, country: v };
              e.sources = [{ title: v, publisher: v, url: 'https://example.com/' }];
              e.articles = [
                {
                  '@type': 'NewsArticle',
                  headline: v,
                  url: 'https://example.com/',
                  description: v,
                },
              ];
            },
          }));
        });
        const what = `${orientation}, ${word ? 'words' : 'one unbroken word'}`;
        expect(errors).to.deep.equal([]);
        await expectInert(el, what);
        const box = el.getBoundingClientRect();
        expect(box.width, `${what}: width`).to.be.closeTo(size.width, 1);
        expect(box.height, `${what}: height`).to.be.closeTo(size.height, 1);
        expectContained(el, what);
      }
    });
  }

  it('bidi override characters in an event title do not reorder its date', async () => {
    const layout = async (title: string) => {
      const { el } = await render((el) => {
        el.orientation = 'horizontal';
        el.data = dataWith(title, FIELDS['event title']!);
      });
      await expectInert(el, JSON.stringify(title));
      const option = el.shadowRoot!.querySelector('#o-e1')!;
      const meta = option.querySelector('.meta-line')!;
      const range = document.createRange();
      range.selectNodeContents(meta);
      const panelDates = el.shadowRoot!.querySelector('.facts dd')!;
      return {
        meta: meta.textContent,
        left: range.getBoundingClientRect().left,
        panel: panelDates.textContent?.trim(),
      };
    };
    const plain = await layout('Alpha meeting');
    for (const title of [
      '\u202EAlpha meeting',
      '\u202BAlpha meeting',
      '\u2067Alpha meeting',
      'Alpha meeting\u202E',
    ]) {
      const p = await layout(title);
      expect(p.meta, JSON.stringify(title)).to.equal(plain.meta);
      expect(p.left, `${JSON.stringify(title)}: the date line`).to.be.closeTo(plain.left, 1);
      expect(p.panel).to.equal(plain.panel);
    }
  });
});
