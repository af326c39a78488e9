// Network faults for `src`, against the real test server (scripts/wtr/fault-middleware.mjs): every
// fault ends in the documented state (a message in the live region naming the problem; good data
// kept on screen) with one `timeline-error`, no unhandled rejection, no fetch left pending and
// nothing left open on the server. Timeouts are injected (`fetchTimeout`), never waited out.
import '../../../article-card/test/hardening/instrument.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { SummitTimeline, TimelineErrorDetail } from '../../src/index.js';
import { counts } from '../../../article-card/test/hardening/instrument.js';
import {
  fault,
  frame,
  poll,
  release,
  serverLog,
  trapErrors,
  uid,
  until,
} from '../../../article-card/test/hardening/helpers.js';

const data = (title: string, n = 2) =>
  JSON.stringify({
    version: 1,
    title,
    events: Array.from({ length: n }, (_, i) => ({
      id: `e${i}`,
      start: `202${i}-05-1${i}`,
      kind: 'summit',
      status: 'held',
      title: `${title} ${i}`,
    })),
  });

let trap: ReturnType<typeof trapErrors>;
beforeEach(() => {
  trap = trapErrors();
});
afterEach(() => trap.dispose());

/** A timeline in a 960 px container, listened to from before it connects. */
async function mount(src: string, fetchTimeout?: number) {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.style.setProperty('inline-size', '960px');
  const errors: TimelineErrorDetail[] = [];
  host.addEventListener('timeline-error', (e) => errors.push(e.detail));
  const el = document.createElement('summit-timeline');
  if (fetchTimeout !== undefined) el.fetchTimeout = fetchTimeout;
  el.src = src;
  host.append(el);
  // (Not updateComplete: the timeline's waits for its data, and some of these never come.)
  await frame();
  return { el, errors };
}

const shadow = (el: SummitTimeline) => el.shadowRoot!;
const status = (el: SummitTimeline) =>
  shadow(el).querySelector('[role="status"]')?.textContent?.trim() ?? '';
const title = (el: SummitTimeline) =>
  shadow(el).querySelector('[part~="title"]')?.textContent?.trim() ?? '';
const optionCount = (el: SummitTimeline) => shadow(el).querySelectorAll('[role="option"]').length;

/** Loads `src` and waits for the error; checks the documented failed state. */
async function fails(
  src: string,
  fetchTimeout?: number,
): Promise<{ el: SummitTimeline; error: TimelineErrorDetail }> {
  const { el, errors } = await mount(src, fetchTimeout);
  await until(() => errors.length > 0, `timeline-error for ${src}`);
  await el.updateComplete;
  expect(errors.length, `one timeline-error: ${JSON.stringify(errors)}`).to.equal(1);
  expect(status(el), 'the live region names the problem').not.to.equal('');
  expect(optionCount(el), 'no events from the failed source').to.equal(0);
  await until(() => counts().pendingFetches === 0, 'no fetch pending');
  expect(trap.errors).to.deep.equal([]);
  return { el, error: errors[0]! };
}

describe('<summit-timeline> src: network faults against the test server', () => {
  it('404: fails with reason fetch; the message gives the status', async () => {
    const { el, error } = await fails(fault('status/404', { id: uid() }));
    expect(error.reason).to.equal('fetch');
    expect(error.message).to.contain('404');
    expect(status(el)).to.contain('404');
  });

  it('500: fails with reason fetch; the message gives the status', async () => {
    const { el, error } = await fails(fault('status/500', { id: uid() }));
    expect(error.reason).to.equal('fetch');
    expect(status(el)).to.contain('500');
  });

  it('a response slower than the (injected) timeout: fails, and the request is aborted', async () => {
    const id = uid('slow');
    const { error } = await fails(fault('hang', { id, body: data('Too late') }), 150);
    expect(error.reason).to.equal('fetch');
    await until(async () => (await serverLog(id)).aborted, 'the server to see the abort');
    expect(await release(id)).to.equal(false);
  });

  it('a connection reset: fails with reason fetch', async () => {
    const { error } = await fails(fault('reset', { id: uid() }));
    expect(error.reason).to.equal('fetch');
  });

  it('invalid JSON: fails with reason parse', async () => {
    const { error } = await fails(fault('invalid-json', { id: uid() }));
    expect(error.reason).to.equal('parse');
  });

  it('the wrong content type (an image): fails with reason parse', async () => {
    const { error } = await fails(fault('wrong-type', { id: uid() }));
    expect(error.reason).to.equal('parse');
  });

  it('off-format data: fails with reason invalid and the path of the fault', async () => {
    const bad = JSON.parse(data('Bad')) as { events: { start: string }[] };
    bad.events[1]!.start = '2025-13-45';
    const { el, error } = await fails(fault('echo', { id: uid(), body: JSON.stringify(bad) }));
    expect(error.reason).to.equal('invalid');
    expect(error.path).to.equal('events[1].start');
    expect(status(el)).to.contain('events[1].start');
  });

  it('a body over the size cap (8 MB of otherwise valid data): fails with reason fetch, and stops reading', async () => {
    // The card caps `src` at 5 MB; a timeline fed by a hostile or broken server needs a cap too.
    const id = uid('big');
    const head = data('Big').slice(0, -1) + ',"pad":"';
    const { el, errors } = await mount(fault('big', { id, bytes: 8 * 1024 * 1024, head }));
    await until(() => errors.length > 0 || optionCount(el) > 0, 'the big response to be handled');
    expect(
      errors.map((e) => e.reason),
      'a timeline-error for the oversized body',
    ).to.deep.equal(['fetch']);
    expect(optionCount(el)).to.equal(0);
    expect(trap.errors).to.deep.equal([]);
  });

  it('a redirect to another origin without CORS: fails with reason fetch', async () => {
    const { error } = await fails(fault('redirect', { id: uid(), body: data('Elsewhere') }));
    expect(error.reason).to.equal('fetch');
  });

  it('(control) the same redirect with CORS allowed shows the data', async () => {
    const { el, errors } = await mount(
      fault('redirect', { id: uid(), body: data('Elsewhere'), cors: 1 }),
    );
    await until(() => title(el) === 'Elsewhere' && optionCount(el) === 2, 'the redirected data');
    expect(errors).to.deep.equal([]);
    expect(trap.errors).to.deep.equal([]);
  });

  it('src changed while loading: the last one wins, the earlier fetch is aborted, its answer ignored', async () => {
    const first = uid('first');
    const { el, errors } = await mount(fault('hang', { id: first, body: data('First') }));
    await until(async () => (await serverLog(first)).received, 'the first request');
    el.src = fault('echo', { id: uid('second'), body: data('Second') });
    await until(() => title(el) === 'Second', 'the second data');
    await until(async () => (await serverLog(first)).aborted, 'the first request aborted');
    expect(await release(first)).to.equal(false);
    await el.updateComplete;
    expect(title(el)).to.equal('Second');
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
          ? fault('echo', { id, body: data(`Data ${i}`) })
          : fault('hang', { id, body: data(`Data ${i}`) });
      if (i % 3 === 1) await frame(); // some changes land between updates, some within one
    }
    await until(() => title(el) === `Data ${ids.length - 1}`, 'the last data');
    for (const id of ids.slice(0, -1)) {
      await until(async () => {
        const log = await serverLog(id);
        return !log.received || log.aborted;
      }, `request ${id} aborted or never sent`);
      expect(await release(id)).to.equal(false);
    }
    await el.updateComplete;
    expect(title(el)).to.equal(`Data ${ids.length - 1}`);
    expect(errors).to.deep.equal([]);
    expect(trap.errors).to.deep.equal([]);
  });

  it('a bad src after good data keeps the good data on screen, with the notice', async () => {
    const { el, errors } = await mount(fault('echo', { id: uid(), body: data('Good', 3) }));
    await until(() => optionCount(el) === 3, 'the good data');
    for (const [route, reason] of [
      ['status/500', 'fetch'],
      ['invalid-json', 'parse'],
      ['reset', 'fetch'],
    ] as const) {
      const before = errors.length;
      el.src = fault(route, { id: uid() });
      await until(() => errors.length > before, `timeline-error for ${route}`);
      await el.updateComplete;
      expect(errors.at(-1)!.reason).to.equal(reason);
      expect(optionCount(el), `data kept after ${route}`).to.equal(3);
      expect(title(el)).to.equal('Good');
      expect(status(el)).not.to.equal('');
    }
    expect(trap.errors).to.deep.equal([]);
  });

  it('the server holds nothing open once every fault test has run', async () => {
    const log = await poll(async () => {
      const r = await (await fetch(fault('open'))).json();
      return r.held === 0 && r.timers === 0 ? r : undefined;
    });
    expect(log).to.deep.equal({ held: 0, timers: 0 });
  });
});
