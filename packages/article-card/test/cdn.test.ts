import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { fixtureUrl } from './helpers.js';
import { SEED_JSONLD } from './fixtures/seed.js';

// The published CDN file (dist/cdn/article-card.js, built by `npm run build`), as a publisher's
// <script type="module"> loads it: a card from attributes needs nothing else; JSON-LD and `src`
// load their chunks on demand.
const bundle = new URL('../dist/cdn/article-card.js', import.meta.url).href;
const link = (el: Element) => el.shadowRoot?.querySelector('a');

describe('the CDN bundle', () => {
  before(async () => {
    await import(bundle);
  });

  it('defines <article-card> and renders a card from attributes', async () => {
    const el = await fixture(
      html`<article-card headline="From attributes" href="#x" updated="2025-06-14"></article-card>`,
    );
    await waitUntil(() => link(el));
    expect(link(el)!.textContent).to.equal('From attributes');
    expect(el.shadowRoot!.querySelector('time')!.textContent).to.equal('June 14, 2025');
    await expect(el).to.be.accessible();
  });

  it('loads the JSON-LD reader on demand for the article property and inline JSON-LD', async () => {
    const fromProperty = await fixture(html`<article-card .article=${SEED_JSONLD}></article-card>`);
    const fromInline = await fixture(
      html`<article-card>
        <script type="application/ld+json">
          ${JSON.stringify({ ...SEED_JSONLD, headline: 'Inline' })}
        </script>
      </article-card>`,
    );
    await waitUntil(() => link(fromProperty) && link(fromInline));
    expect(link(fromProperty)!.textContent).to.equal('C. Asia ties to get new boost');
    expect(link(fromInline)!.textContent).to.equal('Inline');
  });

  it('loads the src chunk on demand and reads a page', async () => {
    const el = await fixture(
      html`<article-card src=${fixtureUrl('seed-article.html')}></article-card>`,
    );
    await waitUntil(() => link(el), 'no card from src', { timeout: 5000 });
    expect(link(el)!.textContent).to.equal('C. Asia ties to get new boost');
    expect(link(el)!.getAttribute('href')).to.equal('https://www.chinadaily.com.cn/');
  });
});
