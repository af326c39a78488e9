// A language's text loads on demand (one chunk per language): the element waits for it before its
// first frame, and on a switch at run time changes language all at once. Its own file, so that no
// earlier test has loaded these languages into the page.
import { expect, html, waitUntil } from '@open-wc/testing';
import { catalogs } from '../src/catalogs.js';
import type { Lang } from '../src/data/types.js';
import { mount, option, root, sampleData, settle, type SummitTimeline } from './helpers.js';

interface Frame {
  tool: string | null;
  title: string | null;
}

/** What the element shows after each of its renders: its first tool's name and its title. */
function recordFrames(el: SummitTimeline): { frames: Frame[]; stop: () => void } {
  const frames: Frame[] = [];
  const snap = () => {
    const tool = root(el).querySelector('.tool')?.getAttribute('aria-label') ?? null;
    const title = root(el).querySelector('h2')?.textContent?.trim() ?? null;
    const last = frames.at(-1);
    if (!last || last.tool !== tool || last.title !== title) frames.push({ tool, title });
  };
  const mo = new MutationObserver(snap);
  mo.observe(root(el), { subtree: true, childList: true, characterData: true, attributes: true });
  return { frames, stop: () => mo.disconnect() };
}

/** Appends a <summit-timeline> in view and records its frames from the start. */
async function start(lang: Lang, data?: unknown) {
  const wrap = document.createElement('div');
  wrap.style.inlineSize = '1000px';
  document.body.append(wrap);
  const el = document.createElement('summit-timeline');
  el.lang = lang;
  if (data) el.data = data as SummitTimeline['data'];
  wrap.append(el);
  const rec = recordFrames(el);
  await settle(el);
  rec.stop();
  return { el, frames: rec.frames, remove: () => wrap.remove() };
}

const cyrillic = /[\u0400-\u04ff]/;

describe('<summit-timeline>: a language loaded on demand', () => {
  it('draws its first frame in Russian: the built-in dataset, strings and projected summits', async () => {
    const { el, frames, remove } = await start('ru');
    try {
      const drawn = frames.filter((f) => f.tool !== null || f.title !== null);
      expect(drawn.length, 'frames with content').to.be.greaterThan(0);
      for (const f of drawn) {
        expect(f.tool, 'the first tool, in every frame').to.equal(catalogs.ru.zoomIn);
        expect(f.title, 'the title, in every frame').to.match(cyrillic);
      }
      const projected = option(el, 'summit-2029')!.getAttribute('aria-label')!;
      expect(projected).to.match(cyrillic).and.not.contain('Summit');
    } finally {
      remove();
    }
  });

  it('draws its first frame in French with data of the page', async () => {
    const { el, frames, remove } = await start('fr', sampleData());
    try {
      const tools = frames.map((f) => f.tool).filter((t) => t !== null);
      expect(tools.length).to.be.greaterThan(0);
      expect(new Set(tools)).to.deep.equal(new Set([catalogs.fr.zoomIn]));
      expect(option(el, 'a')!.getAttribute('aria-label')).to.contain('mars 2020');
    } finally {
      remove();
    }
  });

  it('switches to a language not loaded yet all at once: strings and the dataset together', async () => {
    const el = await mount(html`<summit-timeline lang="en"></summit-timeline>`, 1000);
    expect(root(el).querySelector('h2')!.textContent!.trim()).to.equal(
      'China–Central Asia summits',
    );
    const rec = recordFrames(el);
    // Updates keep coming meanwhile (as on a page that changes the element while a chunk loads):
    // each is a chance to show one language's strings with the other's data.
    let busy = true;
    const poke = () => {
      el.requestUpdate();
      if (busy) queueMicrotask(() => setTimeout(poke, 0));
    };
    poke();
    el.lang = 'zh';
    await waitUntil(
      () => root(el).querySelector('.tool')?.getAttribute('aria-label') === catalogs.zh.zoomIn,
    );
    busy = false;
    await settle(el);
    rec.stop();
    const chinese = /[\u4e00-\u9fff]/;
    expect(rec.frames.length).to.be.greaterThan(0);
    for (const f of rec.frames) {
      // Never Chinese strings over an English title, nor the other way round.
      expect(f.tool === catalogs.zh.zoomIn, JSON.stringify(f)).to.equal(
        chinese.test(f.title ?? ''),
      );
    }
    expect(rec.frames.at(-1)!.tool).to.equal(catalogs.zh.zoomIn);
  });
});
