// Load: 10,000 events with 1,000-character titles render, and stay operable by keyboard and
// pointer, driven as a user drives them: real key presses (sendKeys) and real mouse clicks
// (sendMouse) at what is on screen. Nothing here measures time (the benchmarks do): the
// assertions are what a user gets.
import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
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
  after(async () => {
    await resetMouse();
    trap.dispose();
    host.remove();
  });

  const root = () => el.shadowRoot!;
  const listbox = () => root().querySelector<HTMLElement>('[role="listbox"]')!;
  /**
   * How many of the events the visible window covers: those shown as options and those counted
   * in cluster badges (only what is in view is laid out). Zooming in narrows it; out widens it.
   */
  const covered = () =>
    root().querySelectorAll('[role="option"]').length +
    [...root().querySelectorAll('.cluster text')].reduce(
      (sum, t) => sum + Number(t.textContent!.replace(/\D/g, '')),
      0,
    );
  /** The tick labels of the axis, in order. */
  const ticks = () => [...root().querySelectorAll('.tick-label')].map((t) => t.textContent!.trim());
  /** Presses `key` for real and waits for the element to settle. */
  const press = async (key: string) => {
    await sendKeys({ press: key });
    await el.updateComplete;
    await frame();
    await el.updateComplete;
  };
  /** Clicks the middle of `target` with the real mouse (it must be what is under the pointer). */
  const click = async (target: Element) => {
    target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const r = target.getBoundingClientRect();
    const x = Math.round(r.left + r.width / 2);
    const y = Math.round(r.top + r.height / 2);
    const hit = root().elementFromPoint(x, y);
    expect(
      hit === target || target.contains(hit),
      `what is under the pointer at ${x},${y}`,
    ).to.equal(true);
    await sendMouse({ type: 'click', position: [x, y] });
    await el.updateComplete;
    await frame();
    await el.updateComplete;
  };
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

  it('keyboard: Escape clears the selection; + zooms in, - zooms out, 0 resets', async () => {
    listbox().focus();
    await press('Escape');
    await until(() => el.selected === null, 'the selection cleared');
    expect(selects.at(-1)).to.deep.equal({ id: null, event: null });
    // The earlier tests moved deep into the data: back to the whole of it first.
    await press('0');
    const start = { covered: covered(), ticks: ticks().join() };
    expect(start.covered, 'all events in view at the initial zoom').to.equal(N);
    await press('+');
    const in1 = covered();
    await press('+');
    const in2 = covered();
    expect(in1, 'events in view after +').to.be.below(start.covered);
    expect(in2, 'events in view after + +').to.be.below(in1);
    expect(ticks().join()).not.to.equal(start.ticks);
    await press('-');
    const out1 = covered();
    expect(out1, 'events in view after -').to.be.above(in2);
    expect(out1, 'events in view after -').to.be.below(start.covered);
    await press('0');
    expect(covered(), 'events in view after 0').to.equal(start.covered);
    expect(ticks().join()).to.equal(start.ticks);
    // Focus stayed on the listbox throughout: the keys are the listbox's.
    expect(root().activeElement).to.equal(listbox());
    expect(trap.errors).to.deep.equal([]);
  });

  it('pointer: clicking an option selects it; a cluster badge zooms in; the zoom buttons work', async () => {
    const options = [...root().querySelectorAll<HTMLElement>('[role="option"]')];
    const target = options[Math.floor(options.length / 2)]!;
    await click(target);
    expect(el.selected).to.equal(target.id.replace(/^o-/, ''));
    expect(selects.at(-1)!.id).to.equal(el.selected);
    await press('Escape');

    const [zoomIn, zoomOut, reset] = [
      ...root().querySelectorAll<HTMLButtonElement>('[part~="button"]'),
    ];
    await click(reset!);
    const start = covered();
    expect(start, 'all events in view after Reset zoom').to.equal(N);
    const cluster = root().querySelector<SVGGElement>('.cluster');
    expect(cluster, 'ten thousand events cluster at the initial zoom').to.exist;
    await click(cluster!);
    await until(() => covered() < start, 'a cluster badge to zoom in');
    await click(reset!);
    expect(covered(), 'after Reset zoom').to.equal(start);
    await click(zoomIn!);
    const in1 = covered();
    expect(in1, 'after Zoom in').to.be.below(start);
    await click(zoomIn!);
    expect(covered(), 'after Zoom in twice').to.be.below(in1);
    await click(zoomOut!);
    expect(covered(), 'after Zoom out').to.equal(in1);
    await click(reset!);
    expect(covered(), 'after Reset zoom').to.equal(start);
    expect(trap.errors).to.deep.equal([]);
  });
});
