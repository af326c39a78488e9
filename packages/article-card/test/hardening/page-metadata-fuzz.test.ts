// Property-based tests (fast-check) of the page-metadata reader, which needs DOMParser: in every
// engine, since each has its own HTML parser. Chromium runs the full count per property (FC_RUNS,
// default 10,000); Firefox and WebKit a tenth of it (1,000 by default), as their runs count toward
// the whole suite's time on 2 shared cores. The seed comes from the test server (FC_SEED to
// replay, else one per run, printed when the runner starts); a failure prints the seed and path
// too.
//
// Properties: a page written from card fields (Open Graph, meta tags, <title>, JSON-LD, in any
// order, quoting and case, with junk around them) reads back as those fields, with JSON-LD first,
// then Open Graph, then the basic tags; text in the page's body never reaches the card; and any
// string at all parses without a throw.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { readPageMetadata } from '../../src/page-metadata.js';
import { articleToFields } from '../../src/article.js';
import { mergeFields, type CardFields } from '../../src/fields.js';
import { engine, fcSettings } from './helpers.js';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim() || undefined;
const escapeAttr = (s: string, quote: string) =>
  s.replace(/&/g, '&amp;').replace(quote === '"' ? /"/g : /'/g, quote === '"' ? '&quot;' : '&#39;');
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Text a publisher might put in a tag: any Unicode, whitespace, markup-like and quote characters. */
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom(
    '<b>bold</b>',
    '"quoted"',
    "it's",
    'a &amp; b',
    '</title><script>x</script>',
    '中亚峰会',
    'Саммит',
    '\u202Eevil',
  ),
);
/** The parser keeps NUL out of attributes and text: U+FFFD stands in for it. */
const parsed = (s: string) => s.replace(/\0/g, '\uFFFD').replace(/\r\n?/g, '\n');
const someText = text.filter((s) => norm(parsed(s)) !== undefined);
const url = fc
  .tuple(
    fc.constantFrom('https://news.example', 'http://a.example:8080'),
    fc.array(fc.constantFrom('a', 'b', '2025', 'x-y'), { maxLength: 3 }),
  )
  .map(([o, p]) => `${o}/${p.join('/')}`);

interface Source {
  title?: string;
  description?: string;
  image?: string;
  imageAlt?: string;
  url?: string;
  site?: string;
  published?: string;
  modified?: string;
  section?: string;
  author?: string;
}
const ogArb = fc.record<Source>(
  {
    title: someText,
    description: someText,
    image: url,
    imageAlt: someText,
    url,
    site: someText,
    published: fc.constantFrom('2025-06-14', '2025-06-14T07:22:00+08:00'),
    modified: fc.constantFrom('2025-06-15T01:00:00Z'),
    section: someText,
    author: someText.filter((a) => !/^[a-z][\w+.-]*:|^\//i.test(norm(parsed(a))!)),
  },
  { requiredKeys: [] },
);
const basicArb = fc.record(
  { title: someText, description: someText, author: someText },
  { requiredKeys: [] },
);
const jsonLdArb = fc.option(
  fc.record(
    { headline: someText, description: someText, url, author: someText, section: someText },
    { requiredKeys: ['headline'] },
  ),
  { nil: undefined },
);

/** One tag, written any of the ways pages write it. */
const metaTag = (
  key: string,
  attr: 'property' | 'name',
  value: string,
  quote: string,
  upper: boolean,
) => {
  const tag = upper ? 'META' : 'meta';
  const a = upper ? attr.toUpperCase() : attr;
  return `<${tag} ${a}=${quote}${key}${quote} content=${quote}${escapeAttr(value, quote)}${quote}>`;
};

const pageArb = fc
  .record({
    og: ogArb,
    basic: basicArb,
    ld: jsonLdArb,
    quote: fc.constantFrom('"', "'"),
    upper: fc.boolean(),
    shuffle: fc.integer({ min: 0, max: 1000 }),
    bodyJunk: fc.array(fc.string({ maxLength: 20 }), { maxLength: 4 }),
    lang: fc.constantFrom('', 'en', 'zh-CN'),
  })
  .map((p) => {
    const q = p.quote;
    const tags: string[] = [];
    const og = (k: string, v?: string) =>
      v !== undefined && tags.push(metaTag(k, 'property', v, q, p.upper));
    og('og:title', p.og.title);
    og('og:description', p.og.description);
    og('og:image', p.og.image);
    og('og:image:alt', p.og.imageAlt);
    og('og:url', p.og.url);
    og('og:site_name', p.og.site);
    og('article:published_time', p.og.published);
    og('article:modified_time', p.og.modified);
    og('article:section', p.og.section);
    og('article:author', p.og.author);
    if (p.basic.description !== undefined)
      tags.push(metaTag('description', 'name', p.basic.description, q, p.upper));
    if (p.basic.author !== undefined)
      tags.push(metaTag('author', 'name', p.basic.author, q, p.upper));
    if (p.basic.title !== undefined) tags.push(`<title>${escapeText(p.basic.title)}</title>`);
    if (p.ld) {
      const json = JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: p.ld.headline,
        description: p.ld.description,
        url: p.ld.url,
        author: p.ld.author === undefined ? undefined : { '@type': 'Person', name: p.ld.author },
        articleSection: p.ld.section,
      }).replace(/</g, '\\u003c');
      tags.push(`<script type="application/ld+json">${json}</script>`);
    }
    // Any order (a rotation and a reversal keep it deterministic for shrinking).
    const k = tags.length ? p.shuffle % tags.length : 0;
    const ordered = [...tags.slice(k), ...tags.slice(0, k)];
    if (p.shuffle % 2) ordered.reverse();
    const body = `<main><h1>BODY-MARKER</h1>${p.bodyJunk.map((j) => `<p>${escapeText(j)} BODY-MARKER</p>`).join('')}</main>`;
    const html = `<!doctype html><html${p.lang ? ` lang="${p.lang}"` : ''}><head><meta charset="utf-8">${ordered.join('\n')}</head><body>${body}</body></html>`;

    // What the card must read: JSON-LD first, then Open Graph, then the basic tags.
    const t = (s?: string) => (s === undefined ? undefined : norm(parsed(s)));
    const ld: CardFields = p.ld
      ? {
          headline: t(p.ld.headline),
          dek: t(p.ld.description),
          href: p.ld.url,
          byline: t(p.ld.author),
          kicker: t(p.ld.section),
        }
      : {};
    const ogFields: CardFields = {
      headline: t(p.og.title),
      dek: t(p.og.description),
      image: p.og.image,
      imageAlt: p.og.image === undefined ? undefined : t(p.og.imageAlt),
      href: p.og.url,
      source: t(p.og.site),
      published: p.og.published,
      updated: p.og.modified,
      kicker: t(p.og.section),
      byline: t(p.og.author),
    };
    const basic: CardFields = {
      headline: t(p.basic.title),
      dek: t(p.basic.description),
      byline: t(p.basic.author),
      lang: p.lang || undefined,
    };
    return { html, expected: mergeFields(ld, ogFields, basic) };
  });

const clean = (f: CardFields) =>
  Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined && v !== ''));
const read = (html: string) =>
  mergeFields(...readPageMetadata(html).map((d) => articleToFields(d)));

describe('readPageMetadata (fast-check)', () => {
  let settings: { seed: number; runs: number };
  before(async () => {
    const { seed, runs } = await fcSettings();
    settings = { seed, runs: engine === 'chromium' ? runs : Math.max(1, Math.round(runs / 10)) };
    console.log(
      `fast-check seed ${seed}, ${settings.runs} runs per property in ${engine} (replay: FC_SEED=${seed})`,
    );
  });

  it('a page written from card fields reads back as them (JSON-LD, then Open Graph, then the basic tags)', function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(pageArb, ({ html, expected }) => {
        expect(clean(read(html))).to.deep.equal(clean(expected));
      }),
      { seed: settings.seed, numRuns: settings.runs },
    );
  });

  it("the page's body text never reaches the card, whatever the head holds", function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(
        pageArb,
        fc.constantFrom(
          '',
          '<script type="application/ld+json">{',
          '<p>stray</p>',
          '<meta property="og:title">',
        ),
        ({ html }, broken) => {
          // Also with junk in the head: an unclosed JSON-LD block, a paragraph (which starts the
          // body early), a tag without content. (An unclosed <title> or attribute would make the
          // rest of the page the title by HTML's own rules: that is the page's title, not its body.)
          const page = html.replace('</head>', `${broken}</head>`);
          const fields = read(page);
          for (const [k, v] of Object.entries(fields)) {
            expect(String(v), k).not.to.contain('BODY-MARKER');
          }
        },
      ),
      { seed: settings.seed, numRuns: settings.runs },
    );
  });

  it('any string at all: metadata read, no throw', function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.string({ unit: 'binary', maxLength: 100 }),
          fc
            .array(
              fc.constantFrom(
                '<',
                '>',
                '/',
                'script',
                'meta',
                'title',
                'property=',
                'og:title',
                '"',
                "'",
                'content=',
                '{',
                '}',
                'application/ld+json',
                'type=',
                ' ',
                '@graph',
                '[',
                ']',
              ),
              { maxLength: 40 },
            )
            .map((a) => a.join('')),
        ),
        (html) => {
          const items = readPageMetadata(html);
          expect(items).to.have.length(3);
          for (const d of items) articleToFields(d);
        },
      ),
      { seed: settings.seed, numRuns: settings.runs },
    );
  });
});
