// Errors in every form: visible in a live region, fired as timeline-error, never thrown.
// (Fixture files end in .txt: the test server would turn a .json file into a JS module.)
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { TimelineErrorDetail } from '../src/index.js';
import {
  listbox,
  mount,
  options,
  root,
  sampleData,
  settle,
  statusText,
  type SummitTimeline,
} from './helpers.js';

const FIXTURES = '/packages/summit-timeline/test/fixtures';

/** Creates the element with a listener in place before it loads anything. */
async function withError(
  setup: (el: SummitTimeline) => void,
): Promise<{ el: SummitTimeline; detail: TimelineErrorDetail }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('summit-timeline');
  const error = oneEvent(el, 'timeline-error');
  setup(el);
  wrapper.append(el);
  const { detail } = (await error) as CustomEvent<TimelineErrorDetail>;
  await settle(el);
  return { el, detail };
}

const status = (el: SummitTimeline) => root(el).querySelector('[role="status"]')!;

describe('<summit-timeline>: bad input', () => {
  it('invalid inline JSON: reason parse, message shown', async () => {
    const { el, detail } = await withError((el) => {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = '{ "version": 1, "events": [ ';
      el.append(script);
    });
    expect(detail.reason).to.equal('parse');
    expect(detail.message).to.match(/not valid JSON/);
    expect(statusText(el)).to.contain('The timeline data could not be read: not valid JSON');
    expect(status(el).classList.contains('error')).to.be.true;
    expect(root(el).querySelector('[role="listbox"]')).to.equal(null);
    // The message is visible.
    expect(status(el).getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('off-format data: reason invalid, the path named', async () => {
    const data = sampleData();
    (data.events[1] as { start: string }).start = '2025-13-45';
    const { el, detail } = await withError((el) => {
      el.data = data;
    });
    expect(detail.reason).to.equal('invalid');
    expect(detail.path).to.equal('events[1].start');
    expect(detail.message).to.contain('events[1].start');
    expect(statusText(el)).to.contain('events[1].start');
    expect(statusText(el)).to.contain('not in the expected format');
  });

  it('a link that is not http(s): invalid, path named', async () => {
    const data = sampleData();
    Object.assign(data.events[0]!, {
      sources: [{ title: 'Script', publisher: 'X', url: 'javascript:alert(1)' }],
    });
    const { detail } = await withError((el) => {
      el.data = data;
    });
    expect(detail.reason).to.equal('invalid');
    expect(detail.path).to.equal('events[0].sources[0].url');
  });

  it('an empty list: a "no events" state, no error', async () => {
    let errors = 0;
    const el = await mount(
      html`<summit-timeline
        .data=${{ version: 1, title: 'Nothing yet', events: [] }}
        @timeline-error=${() => errors++}
      ></summit-timeline>`,
    );
    expect(statusText(el)).to.equal('No events to show.');
    expect(root(el).querySelector('h2')!.textContent!.trim()).to.equal('Nothing yet');
    expect(root(el).querySelector('[role="listbox"]')).to.equal(null);
    expect(errors).to.equal(0);
    // A filter that leaves nothing says so too.
    el.data = sampleData();
    el.kinds = 'milestone';
    await settle(el);
    expect(statusText(el)).to.equal('No events to show.');
  });

  it('a src that is not found: reason fetch', async () => {
    const { el, detail } = await withError((el) => {
      el.src = `${FIXTURES}/missing.json.txt`;
    });
    expect(detail.reason).to.equal('fetch');
    expect(detail.message).to.contain('404');
    expect(statusText(el)).to.contain('could not be loaded');
    expect(statusText(el)).to.contain('404');
    expect(statusText(el)).to.contain('missing.json.txt');
  });

  it('a src with broken JSON or off-format data: parse / invalid', async () => {
    const broken = await withError((el) => {
      el.src = `${FIXTURES}/broken.json.txt`;
    });
    expect(broken.detail.reason).to.equal('parse');
    const invalid = await withError((el) => {
      el.src = `${FIXTURES}/invalid.json.txt`;
    });
    expect(invalid.detail.reason).to.equal('invalid');
    expect(invalid.detail.path).to.equal('events[1].start');
    expect(statusText(invalid.el)).to.contain('2025-13-45');
  });

  it('a slow src times out (timeout injectable), and the fetch is aborted', async () => {
    const realFetch = window.fetch;
    let signal: AbortSignal | undefined;
    window.fetch = (_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        signal = init?.signal ?? undefined;
        signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    try {
      const { el, detail } = await withError((el) => {
        el.fetchTimeout = 50;
        el.src = `${FIXTURES}/valid.json.txt`;
      });
      expect(detail.reason).to.equal('fetch');
      expect(detail.message).to.contain('within 50 ms');
      expect(signal?.aborted).to.be.true;
      expect(statusText(el)).to.contain('no answer within');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('a bad src after good data keeps the good data, with the notice', async () => {
    const el = await mount(
      html`<summit-timeline src=${`${FIXTURES}/valid.json.txt`}></summit-timeline>`,
    );
    expect(options(el).map((o) => o.id)).to.deep.equal(['o-launch', 'o-review', 'o-next']);
    const error = oneEvent(el, 'timeline-error');
    el.src = `${FIXTURES}/missing.json.txt`;
    await error;
    await settle(el);
    expect(options(el).map((o) => o.id)).to.deep.equal(['o-launch', 'o-review', 'o-next']);
    expect(statusText(el)).to.contain('still shows the data it had before');
    // Good data again clears the notice.
    el.src = `${FIXTURES}/valid.json.txt`;
    await settle(el);
    expect(statusText(el)).to.equal('');
    expect(listbox(el)).to.exist;
  });

  it('the last src wins; a disconnect aborts the fetch', async () => {
    const realFetch = window.fetch;
    const pending: { url: string; signal?: AbortSignal; resolve: (r: Response) => void }[] = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((resolve, reject) => {
        const signal = init?.signal ?? undefined;
        pending.push({ url: String(input), signal, resolve });
        signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const t = document.createElement('summit-timeline');
      t.src = `${FIXTURES}/first.json.txt`;
      wrapper.append(t);
      // Work starts once the element is near the viewport (an IntersectionObserver callback).
      await waitUntil(() => pending.length > 0, 'the first fetch did not start');
      t.src = `${FIXTURES}/second.json.txt`;
      await waitUntil(
        () => pending.some((p) => p.url.includes('second')),
        'the second fetch did not start',
      );
      const first = pending.find((p) => p.url.includes('first'))!;
      const second = pending.find((p) => p.url.includes('second'))!;
      expect(first.signal?.aborted).to.be.true;
      second.resolve(new Response(JSON.stringify({ ...sampleData(), title: 'Second' })));
      await settle(t);
      expect(root(t).querySelector('h2')!.textContent!.trim()).to.equal('Second');
      // A third load in flight is aborted when the element leaves the page.
      t.src = `${FIXTURES}/third.json.txt`;
      await waitUntil(
        () => pending.some((p) => p.url.includes('third')),
        'the third fetch did not start',
      );
      const third = pending.find((p) => p.url.includes('third'))!;
      t.remove();
      expect(third.signal?.aborted).to.be.true;
      expect(root(t).querySelector('h2')!.textContent!.trim()).to.equal('Second');
    } finally {
      window.fetch = realFetch;
    }
  });
});
