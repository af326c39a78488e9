// Network faults for `src`, against the real test server (scripts/wtr/fault-middleware.mjs): every
// fault ends in the documented state (the publisher's fallback content, no skeleton) with one
// `card-error`, no unhandled rejection, no fetch left pending, and nothing left open on the server.
// Timeouts are injected (ArticleCard.fetchTimeout), never waited out.
import './instrument.js';
import { expect, fixture, html } from '@open-wc/testing';
import { ArticleCard, type CardErrorDetail } from '../../src/index.js';
import { counts } from './instrument.js';
import { engine, fault, poll, release, serverLog, trapErrors, uid, until } from './helpers.js';

const article = (headline: string) =>
  JSON.stringify({ '@type': 'NewsArticle', headline, url: 'https://news.example/story' });

/**
 * WEBKIT_BUFFERS_BODIES: WebKitGTK's network process keeps downloading a response body after the
 * page cancels the body or aborts the fetch (measured here: of a 64 MB body, 47 MB sent after an
 * abort, all 64 MB when aborted before the first read), so in WebKit the server cannot see a
 * client stop reading. The card's state and error are still checked there; only the server-side
 * check of the connection is skipped.
 */
let trap: ReturnType<typeof trapErrors>;
beforeEach(() => {
  trap = trapErrors();
});
afterEach(() => {
  trap.dispose();
  ArticleCard.fetchTimeout = undefined;
  ArticleCard.maxResponseBytes = undefined;
});

/** A card with a fallback link, listened to from before it connects. */
async function mount(src?: string) {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const errors: CardErrorDetail[] = [];
  host.addEventListener('card-error', (e) => errors.push(e.detail));
  const el = document.createElement('article-card');
  el.innerHTML = '<a href="/fallback">Read the story</a>';
  if (src) el.src = src;
  host.append(el);
  await el.updateComplete;
  return { el, errors };
}

const shadow = (el: ArticleCard) => el.shadowRoot!;
const headline = (el: ArticleCard) =>
  shadow(el).querySelector('[part~="link"]')?.textContent ?? null;
const busy = (el: ArticleCard) => !!shadow(el).querySelector('[aria-busy]');
const showsFallback = (el: ArticleCard) =>
  shadow(el).querySelector('slot')?.assignedElements()[0]?.textContent === 'Read the story';

/** Sets `src` and waits for the card's error; checks the documented failed state. */
async function fails(src: string): Promise<CardErrorDetail> {
  const { el, errors } = await mount(src);
  await until(() => errors.length > 0, `card-error for ${src}`);
  await el.updateComplete;
  // (A second, `invalid` error follows each of these: a known bug, with its own test below.)
  expect(errors[0]!.src).to.equal(src);
  expect(busy(el), 'the skeleton is gone').to.equal(false);
  expect(showsFallback(el), 'the fallback content is shown').to.equal(true);
  await until(() => counts().pendingFetches === 0, 'no fetch pending');
  expect(trap.errors).to.deep.equal([]);
  return errors[0]!;
}

describe('<article-card> src: network faults against the test server', () => {
  it('404: fails with reason fetch and the status', async () => {
    const e = await fails(fault('status/404', { id: uid() }));
    expect(e.reason).to.equal('fetch');
    expect(e.message).to.contain('404');
  });

  it('500: fails with reason fetch and the status', async () => {
    const e = await fails(fault('status/500', { id: uid() }));
    expect(e.reason).to.equal('fetch');
    expect(e.message).to.contain('500');
  });

  it('a response slower than the (injected) timeout: fails, and the request is aborted', async () => {
    ArticleCard.fetchTimeout = 150;
    const id = uid('slow');
    const e = await fails(fault('hang', { id, body: article('Too late') }));
    expect(e.reason).to.equal('fetch');
    expect(e.message).to.match(/timed out/i);
    // The server sees the client go away: nothing of this request stays open there.
    await until(async () => (await serverLog(id)).aborted, 'the server to see the abort');
    expect(await release(id)).to.equal(false);
  });

  it('a connection reset: fails with reason fetch', async () => {
    const e = await fails(fault('reset', { id: uid() }));
    expect(e.reason).to.equal('fetch');
  });

  it('invalid JSON: fails with reason parse', async () => {
    const e = await fails(fault('invalid-json', { id: uid() }));
    expect(e.reason).to.equal('parse');
  });

  it('the wrong content type (an image): fails with reason parse', async () => {
    const e = await fails(fault('wrong-type', { id: uid() }));
    expect(e.reason).to.equal('parse');
  });

  it('a body over the 5 MB cap, streamed: fails with reason fetch, and stops reading', async () => {
    const id = uid('big');
    const e = await fails(
      fault('big', { id, bytes: 64 * 1024 * 1024, head: article('Big').slice(0, -1) + ',"pad":"' }),
    );
    expect(e.reason).to.equal('fetch');
    expect(e.message).to.match(/larger than/);
    if (engine === 'webkit') return; // see WEBKIT_BUFFERS_BODIES
    await until(async () => (await serverLog(id)).aborted, 'the server to see the read cancelled');
  });

  it('a body over the cap, announced by Content-Length: fails at once, and the connection is let go', async () => {
    const id = uid('big-length');
    const e = await fails(
      fault('big', {
        id,
        bytes: 64 * 1024 * 1024,
        length: 1,
        head: article('Big').slice(0, -1) + ',"pad":"',
      }),
    );
    expect(e.reason).to.equal('fetch');
    expect(e.message).to.match(/larger than/);
    // The card stopped reading: the body must be cancelled (or the fetch aborted), not left
    // unread with the connection open (the server stalls, 64 MB to send).
    if (engine === 'webkit') return; // see WEBKIT_BUFFERS_BODIES
    const log = await poll(async () => {
      const l = await serverLog(id);
      return l.aborted || l.finished ? l : undefined;
    }, 180);
    expect(log?.aborted, 'the server saw the connection closed').to.equal(true);
  });

  it('a redirect to another origin without CORS: fails with reason fetch', async () => {
    const e = await fails(fault('redirect', { id: uid(), body: article('Elsewhere') }));
    expect(e.reason).to.equal('fetch');
  });

  it('(control) the same redirect with CORS allowed shows the article', async () => {
    const { el, errors } = await mount(
      fault('redirect', { id: uid(), body: article('Elsewhere'), cors: 1 }),
    );
    await until(() => headline(el) === 'Elsewhere', 'the redirected article');
    expect(errors).to.deep.equal([]);
    expect(trap.errors).to.deep.equal([]);
  });

  it('src changed while loading: the last one wins, the earlier fetch is aborted, its answer ignored', async () => {
    const first = uid('first');
    const { el, errors } = await mount(fault('hang', { id: first, body: article('First') }));
    await until(async () => (await serverLog(first)).received, 'the first request');
    el.src = fault('echo', { id: uid('second'), body: article('Second') });
    await until(() => headline(el) === 'Second', 'the second article');
    await until(async () => (await serverLog(first)).aborted, 'the first request aborted');
    // Were it still open, the server would answer it now: the card must not show it.
    expect(await release(first)).to.equal(false);
    await el.updateComplete;
    expect(headline(el)).to.equal('Second');
    expect(errors).to.deep.equal([]);
    expect(trap.errors).to.deep.equal([]);
    await until(() => counts().pendingFetches === 0, 'no fetch pending');
  });

  it('src changed many times in a row: only the last is shown, every earlier request ends aborted or unsent', async () => {
    const ids = Array.from({ length: 8 }, (_, i) => uid(`burst${i}`));
    const { el, errors } = await mount(fault('hang', { id: uid('burst-start') }));
    for (const [i, id] of ids.entries()) {
      el.src =
        i === ids.length - 1
          ? fault('echo', { id, body: article(`Story ${i}`) })
          : fault('hang', { id, body: article(`Story ${i}`) });
      if (i % 3 === 1) await el.updateComplete; // some changes land between updates, some within one
    }
    await until(() => headline(el) === `Story ${ids.length - 1}`, 'the last article');
    for (const id of ids.slice(0, -1)) {
      await until(async () => {
        const log = await serverLog(id);
        return !log.received || log.aborted;
      }, `request ${id} aborted or never sent`);
      expect(await release(id)).to.equal(false);
    }
    await el.updateComplete;
    expect(headline(el)).to.equal(`Story ${ids.length - 1}`);
    expect(errors).to.deep.equal([]);
    expect(trap.errors).to.deep.equal([]);
  });

  it('a failed src after a good one: the fallback and one error, then a good src recovers', async () => {
    const { el, errors } = await mount(fault('echo', { id: uid(), body: article('Good') }));
    await until(() => headline(el) === 'Good', 'the good article');
    el.src = fault('status/500', { id: uid() });
    await until(() => errors.length > 0, 'card-error');
    await el.updateComplete;
    expect(showsFallback(el)).to.equal(true);
    el.src = fault('echo', { id: uid(), body: article('Good again') });
    await until(() => headline(el) === 'Good again', 'the card recovered');
    expect(errors[0]!.reason).to.equal('fetch');
    expect(trap.errors).to.deep.equal([]);
  });

  it('one failure, one card-error (not a second `invalid` one for the missing data)', async () => {
    const { el, errors } = await mount(fault('status/404', { id: uid() }));
    await until(() => errors.length > 0, 'card-error');
    await el.updateComplete;
    await until(() => counts().pendingFetches === 0, 'no fetch pending');
    expect(errors.map((e) => e.reason)).to.deep.equal(['fetch']);
  });
});
