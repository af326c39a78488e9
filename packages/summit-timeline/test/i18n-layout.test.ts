// Languages, continued: a `lang` that changes on an ancestor or the page at run time, a `lang`
// across a shadow root, and labels that hold in every language (no overlap, inside the chart,
// each line of text inside its box or cut with an ellipsis).
import { expect, html } from '@open-wc/testing';
import { catalogs } from '../src/catalogs.js';
import { loadErrorCatalogs } from '../src/load-messages.js';
import { fill } from '../src/messages.js';
import { mount, options, root, settle, statusText, type SummitTimeline } from './helpers.js';

const toolNames = (el: SummitTimeline) =>
  [...root(el).querySelectorAll('.tool')].map((b) => b.getAttribute('aria-label'));

describe('<summit-timeline> language from the page', () => {
  it('re-renders when an ancestor’s lang changes at run time', async () => {
    const timeline = await mount(html`<div lang="en"><summit-timeline></summit-timeline></div>`);
    expect(toolNames(timeline)[0]).to.equal(catalogs.en.zoomIn);
    timeline.parentElement!.setAttribute('lang', 'ru');
    await settle(timeline);
    expect(toolNames(timeline)[0]).to.equal(catalogs.ru.zoomIn);
  });

  it('reads the lang of a host across its shadow root', async () => {
    const host = document.createElement('div');
    host.setAttribute('lang', 'fr');
    const shadow = host.attachShadow({ mode: 'open' });
    const el = document.createElement('summit-timeline');
    shadow.append(el);
    document.body.append(host);
    try {
      await settle(el);
      expect(toolNames(el)[0]).to.equal(catalogs.fr.zoomIn);
    } finally {
      host.remove();
    }
  });
});

describe('<summit-timeline> labels in every language', () => {
  for (const lang of ['en', 'zh', 'ru', 'fr']) {
    for (const [orientation, width, from] of [
      ['horizontal', 1000, ''],
      ['vertical', 400, '2020'],
    ] as const) {
      it(`${lang}, ${orientation}: no overlap, inside the chart, no overflow`, async () => {
        // Vertically, 2020 to 2026: the densest years, where the labels are.
        const el = await mount(
          html`<summit-timeline
            lang=${lang}
            orientation=${orientation}
            from=${from}
            to=${from ? '2026' : ''}
          ></summit-timeline>`,
          width,
        );
        const opts = options(el);
        expect(opts.length).to.be.above(3);
        const chart = root(el).querySelector('.viewport')!.getBoundingClientRect();
        const boxes = opts.map((o) => o.getBoundingClientRect());
        for (const [i, b] of boxes.entries()) {
          expect(b.left, `${opts[i]!.id} left`).to.be.at.least(chart.left - 0.5);
          expect(b.right, `${opts[i]!.id} right`).to.be.at.most(chart.right + 0.5);
          for (let j = i + 1; j < boxes.length; j++) {
            const c = boxes[j]!;
            const overlap =
              b.left < c.right - 0.5 &&
              c.left < b.right - 0.5 &&
              b.top < c.bottom - 0.5 &&
              c.top < b.bottom - 0.5;
            expect(overlap, `${opts[i]!.id} / ${opts[j]!.id}`).to.equal(false);
          }
        }
        // Each line's text stays inside its label, or is cut with an ellipsis (a truncated
        // label). A line is not clipped otherwise: text that a browser renders a little wider
        // than it was measured (Firefox's canvas measures CJK a little narrow) runs into the
        // label's padding, not out of it.
        for (const o of opts) {
          const box = o.getBoundingClientRect();
          for (const line of o.querySelectorAll<HTMLElement>('.line')) {
            const text = document.createRange();
            text.selectNodeContents(line);
            const r = text.getBoundingClientRect();
            if (!r.width || (r.left >= box.left - 0.5 && r.right <= box.right + 0.5)) continue;
            const cs = getComputedStyle(line);
            expect(cs.textOverflow, `${o.id}: ${line.textContent}`).to.equal('ellipsis');
            expect(cs.overflowX, `${o.id}: ${line.textContent}`).to.equal('hidden');
          }
        }
      });
    }
  }
});

/** A timeline in `lang` whose `src` fails: its status line and its `timeline-error` detail. */
async function failedLoad(lang: string, src: string, fetchTimeout?: number) {
  const el = document.createElement('summit-timeline') as SummitTimeline;
  el.lang = lang;
  if (fetchTimeout !== undefined) el.fetchTimeout = fetchTimeout;
  el.src = src;
  const wrapper = document.createElement('div');
  wrapper.append(el);
  document.body.append(wrapper);
  try {
    const error = new Promise<CustomEvent>((resolve) =>
      el.addEventListener('timeline-error', resolve),
    );
    await settle(el);
    const { detail } = await error;
    await settle(el);
    return { text: statusText(el), detail };
  } finally {
    wrapper.remove();
  }
}

describe('<summit-timeline> error messages in every language', () => {
  for (const [lang, seconds, open, close] of [
    ['en', '0.3', '(', ')'],
    ['fr', '0,3', '(', ')'],
    ['zh', '0.3', '（', '）'],
  ] as const) {
    it(`${lang}: a timeout, its seconds formatted for the language`, async () => {
      // Timeout injected: the server holds the answer until the element gives up.
      const { text } = await failedLoad(
        lang,
        `/__fault/hang?id=i18n-timeout-${lang}-${Date.now()}`,
        250,
      );
      expect(text).to.contain(seconds);
      expect(text).to.contain(open).and.to.contain(close);
    });
  }

  for (const lang of ['en', 'fr', 'ru', 'zh'] as const) {
    it(`${lang}: a request that fails is worded in the language, with its source (not the browser's English message)`, async () => {
      const src = `/__fault/reset?id=i18n-reset-${lang}-${Date.now()}`;
      const { text, detail } = await failedLoad(lang, src);
      const m = loadErrorCatalogs[lang];
      expect(detail.reason).to.equal('fetch');
      expect(text).to.equal(
        fill(m.errorWithSource, {
          error: fill(catalogs[lang].errorFetch, { detail: m.errorNetwork }),
          source: fill(m.errorSource, { url: src }),
        }),
      );
      // The event keeps the technical message, for developers.
      expect(detail.message).to.contain(src);
    });
  }
});
