// Lifecycle: 1,000 cycles of creating, connecting, selecting, disconnecting and reconnecting
// <article-card> (from attributes, a JSON-LD object, inline JSON-LD, and a `src` still loading when
// the card leaves). Counted by ./instrument.js, imported first: observers, window and document
// listeners, timers and pending fetches must be back at the baseline afterwards; and after a forced
// garbage collection (Chromium, via the DevTools protocol) every removed card must be gone.
import './instrument.js';
import { expect, fixture, html } from '@open-wc/testing';
import { ArticleCard } from '../../src/index.js';
import { activeTimers, counts, type Counts } from './instrument.js';
import {
  collectGarbage,
  engine,
  fault,
  frame,
  poll,
  serverLog,
  trapErrors,
  uid,
  until,
} from './helpers.js';

// Chromium runs the full 1,000 cycles (about 5 ms each here). Firefox and WebKit run 250: the
// instrumentation is the same, a cycle costs them several times more, and their runs count
// toward the whole suite's time on 2 shared cores.
const CYCLES = engine === 'chromium' ? 1000 : 250;

const HREF = '#story';
const ARTICLE = {
  '@type': 'NewsArticle',
  headline: 'From JSON-LD',
  url: HREF,
  author: [{ '@type': 'Person', name: 'Ana' }],
  datePublished: '2025-06-14T07:22:00+08:00',
};

function setUp(el: ArticleCard, i: number, srcIds: string[]) {
  el.variant = (['standard', 'horizontal', 'compact'] as const)[i % 3];
  switch (i % 4) {
    case 0:
      el.headline = `Card ${i}`;
      el.href = HREF;
      el.byline = 'Ana';
      el.published = '2025-06-14';
      break;
    case 1:
      el.article = { ...ARTICLE, headline: `Card ${i}` };
      break;
    case 2: {
      const s = document.createElement('script');
      s.type = 'application/ld+json';
      s.textContent = JSON.stringify({ ...ARTICLE, headline: `Card ${i}` });
      el.append(s);
      break;
    }
    default: {
      // Every 4th card loads from a server that never answers: leaving must abort the fetch.
      const id = uid('life');
      srcIds.push(id);
      el.src = fault('hang', { id });
      el.innerHTML = '<a href="#fallback">Fallback</a>';
    }
  }
}

/**
 * Runs `n` cycles (after a warm-up) in a 360 px container: each card is created, set up, connected,
 * its link focused and selected, disconnected, reconnected and disconnected again (`atBaseline`
 * runs between the warm-up and the measured cycles). Returns the
 * counts before the measured cycles, a WeakRef to every measured card, and the last card (still
 * referenced: the control of the garbage-collection check).
 */
async function runCycles(n: number, atBaseline?: () => Promise<unknown>) {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.style.setProperty('inline-size', '360px');
  const refs: WeakRef<ArticleCard>[] = [];
  const srcIds: string[] = [];
  // A long timeout: the cards leave long before it, so only leaving can end their fetches.
  ArticleCard.fetchTimeout = 600_000;

  let last: ArticleCard | undefined;
  const cycle = async (i: number, measured: boolean) => {
    const el = document.createElement('article-card');
    setUp(el, i, srcIds);
    container.append(el);
    await el.updateComplete;
    // Select: focus the card's link and select its text, as a reader would.
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a');
    if (link) {
      link.focus();
      getSelection()?.selectAllChildren(link);
    }
    el.remove();
    container.append(el); // reconnect
    await el.updateComplete;
    el.remove();
    getSelection()?.removeAllRanges();
    if (measured) refs.push(new WeakRef(el));
    last = el;
  };

  // Warm up (the JSON-LD reader and the fetch module load once), then measure.
  for (let i = 0; i < 8; i++) await cycle(i, false);
  await until(() => counts().pendingFetches === 0, 'the warm-up fetches to end');
  await frame();
  const baseline: Counts = counts();
  await atBaseline?.();
  for (let i = 0; i < n; i++) await cycle(i, true);
  return {
    container,
    baseline,
    refs,
    srcIds,
    /** The last card, dropped by `release()`. */
    last: () => last,
    release: () => void (last = undefined),
  };
}

describe('<article-card> lifecycle', () => {
  afterEach(() => {
    ArticleCard.fetchTimeout = undefined;
  });

  it(`${CYCLES} create/connect/select/disconnect/reconnect cycles leave nothing behind`, async function () {
    this.timeout(170_000);
    const trap = trapErrors();
    const run = await runCycles(CYCLES);

    // Back to the baseline once the last card's work has settled (aborted fetches reject
    // asynchronously).
    const after = await poll(() => {
      const c = counts();
      return JSON.stringify(c) === JSON.stringify(run.baseline) ? c : undefined;
    }, 120);
    expect(
      after ?? counts(),
      `observers, listeners, timers, fetches; timers: ${activeTimers().join('\n')}`,
    ).to.deep.equal(run.baseline);

    // Every fetch of a card that left was aborted: the server saw each client go away.
    for (const id of run.srcIds.slice(-20)) {
      await until(async () => {
        const log = await serverLog(id);
        return !log.received || log.aborted;
      }, `the fetch of ${id} to be aborted`);
    }
    expect(trap.errors).to.deep.equal([]);
    trap.dispose();
    console.log(
      `lifecycle figures (article-card, ${engine}, ${CYCLES} cycles): ${JSON.stringify(run.baseline)}`,
    );
  });

  it(`after ${CYCLES} cycles and a forced garbage collection, no removed card is still alive`, async function () {
    // The DevTools protocol's HeapProfiler.collectGarbage exists only in Chromium: Firefox is
    // driven over WebDriver BiDi and WebKit over WebDriver classic, and neither can force a
    // collection (without one, a live WeakRef proves nothing).
    if (engine !== 'chromium') this.skip();
    this.timeout(170_000);
    let heapBefore: Awaited<ReturnType<typeof collectGarbage>> | undefined;
    const run = await runCycles(CYCLES, async () => (heapBefore = await collectGarbage()));
    expect(heapBefore?.supported, 'HeapProfiler.collectGarbage').to.equal(true);
    await until(() => counts().pendingFetches === 0, 'the aborted fetches to settle');
    run.container.remove();
    await frame();
    const heapAfter = await collectGarbage();
    await frame();
    // Control: the one card still referenced here must be alive (so the check can fail).
    const last = run.last();
    expect(run.refs.at(-1)!.deref()).to.equal(last);
    const alive = run.refs.filter((r) => r.deref() !== undefined && r.deref() !== last).length;
    run.release();
    console.log(
      `lifecycle figures (article-card, ${CYCLES} cycles): heap ${heapBefore!.usedBytes} → ` +
        `${heapAfter.usedBytes} bytes after GC; ${alive} of ${run.refs.length - 1} cards alive (besides the control)`,
    );
    expect(alive, 'cards still alive after GC').to.equal(0);
  });
});
