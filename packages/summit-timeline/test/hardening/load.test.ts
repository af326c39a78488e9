// Load: 10,000 events with 1,000-character titles render, and stay operable by keyboard and
// pointer. Nothing here measures time (the benchmarks do): the assertions are what a user gets.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { SummitTimeline, TimelineSelectDetail } from '../../src/index.js';
import { generateEvents } from '../../src/data/generate.js';
import { frame, trapErrors, until } from '../../../article-card/test/hardening/helpers.js';

const N = 10_000;

/** A 1,000-character title that starts with the event's number (so each is told apart). */
const title = (i: number) =>
  `Event ${i} ${'of the China–Central Asia mechanism, '.repeat(40)}`.slice(0, 1000);

describe('<summit-timeline> under load', () => {
  let el: SummitTimeline;
  let host: HTMLDivElement;
  let selects: TimelineSelectDetail[];
  let trap: ReturnType<typeof trapErrors>;

  before(async function () {
    this.timeout(120_000);
    trap = trapErrors();
    // Not a fixture: those are removed after each test, and this one serves them all.
    host = document.createElement('div');
    host.style.setProperty('inline-size', '760px');
    document.body.append(host);
    el = document.createElement('summit-timeline');
    selects = [];
    el.addEventListener('timeline-select', (e) => selects.push(e.detail));
    el.data = {
      version: 1,
      title: 'Ten thousand events',
      events: generateEvents(N, 7).map((e, i) => ({ ...e, title: title(i) })),
    };
    host.append(el);
    await el.updateComplete;
    await frame();
  });
  after(() => {
    trap.dispose();
    host.remove();
  });

  const root = () => el.shadowRoot!;
  const listbox = () => root().querySelector<HTMLElement>('[role="listbox"]')!;
  /** What is on screen: each option and tick label, and where. */
  const view = () =>
    [...root().querySelectorAll('[role="option"], .tick-label')]
      .map((o) => `${o.id || o.textContent}@${Math.round(o.getBoundingClientRect().left)}`)
      .join();
  const active = () => {
    const id = listbox().getAttribute('aria-activedescendant');
    return id ? root().getElementById(id) : null;
  };

  it('renders: a listbox of 10,000 options, each with its full title as its name', () => {
    const options = root().querySelectorAll('[role="option"]');
    expect(options.length, 'options in the DOM').to.be.greaterThan(0);
    expect(options.length).to.be.at.most(N);
    for (const o of [...options].slice(0, 50)) {
      expect(o.getAttribute('aria-setsize')).to.equal(String(N));
      expect(o.getAttribute('aria-label')!.length).to.be.greaterThan(1000);
    }
    expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(trap.errors).to.deep.equal([]);
  });

  it('keyboard: End, Home and the arrows move through all 10,000 in time order; Enter selects', async function () {
    this.timeout(60_000);
    listbox().focus();
    await el.updateComplete;
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    await until(() => active(), 'an active option after End');
    expect(active()!.getAttribute('aria-posinset')).to.equal(String(N));
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    await until(
      () => active()?.getAttribute('aria-posinset') === '1',
      'the first option after Home',
    );
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    await until(() => active()?.getAttribute('aria-posinset') === '2', 'the second option');
    const second = active()!;
    expect(second.isConnected).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await until(() => selects.length > 0, 'timeline-select');
    expect(selects.at(-1)!.id).to.equal(second.id.replace(/^o-/, ''));
    expect(el.selected).to.equal(selects.at(-1)!.id);
    expect(second.getAttribute('aria-selected')).to.equal('true');
    await until(() => root().querySelector('#details-title'), 'the details panel');
    // The panel's heading is the whole 1,000-character title of the selected event.
    const event = el.data!.events.find((e) => e.id === el.selected)!;
    expect(root().querySelector('#details-title')!.textContent!.trim()).to.equal(
      String(event.title).trim(),
    );
    expect(trap.errors).to.deep.equal([]);
  });

  it('keyboard: Escape clears the selection; + and - zoom', async () => {
    listbox().focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await until(() => el.selected === null, 'the selection cleared');
    expect(selects.at(-1)).to.deep.equal({ id: null, event: null });
    const before = view();
    await sendKeys({ press: '+' });
    await el.updateComplete;
    await sendKeys({ press: '+' });
    await el.updateComplete;
    await frame();
    await until(() => view() !== before, 'zooming in to change the view');
    await sendKeys({ press: '0' });
    await el.updateComplete;
    expect(trap.errors).to.deep.equal([]);
  });

  it('pointer: clicking an option selects it; a cluster badge zooms in; the zoom buttons work', async () => {
    const options = [...root().querySelectorAll<HTMLElement>('[role="option"]')];
    const target = options[Math.floor(options.length / 2)]!;
    target.click();
    await el.updateComplete;
    expect(el.selected).to.equal(target.id.replace(/^o-/, ''));
    expect(selects.at(-1)!.id).to.equal(el.selected);

    const cluster = root().querySelector<SVGGElement>('.cluster');
    expect(cluster, 'ten thousand events cluster at the initial zoom').to.exist;
    if (cluster) {
      const before = view();
      cluster.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await until(
        async () => {
          await el.updateComplete;
          return view() !== before;
        },
        'a cluster badge to zoom in',
        300,
      );
    }
    const [zoomIn, zoomOut, reset] = [
      ...root().querySelectorAll<HTMLButtonElement>('[part~="button"]'),
    ];
    for (const b of [zoomIn, zoomIn, zoomOut, reset]) {
      b!.click();
      await el.updateComplete;
    }
    expect(root().querySelectorAll('[role="option"]').length).to.be.greaterThan(0);
    expect(trap.errors).to.deep.equal([]);
  });
});
