// What the reader's and the page's settings change: the page's color-scheme (theme="auto"),
// reduced motion, forced colours; and the element's registration guard and its error event.
import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '../../article-card/test/media.js';
import { defineElement } from '../src/define.js';
import { SummitTimeline } from '../src/summit-timeline.js';
import { mount, root, settle } from './helpers.js';

const background = (el: SummitTimeline) => getComputedStyle(el).backgroundColor;

describe('<summit-timeline> and the page', () => {
  afterEach(async () => {
    await emulateMedia([]);
    document.documentElement.style.removeProperty('color-scheme');
  });

  it('theme="auto" follows the color-scheme of the page; light and dark force one', async () => {
    const el = await mount(html`<summit-timeline></summit-timeline>`, 1000);
    document.documentElement.style.setProperty('color-scheme', 'light');
    await settle(el);
    const light = background(el);
    document.documentElement.style.setProperty('color-scheme', 'dark');
    await settle(el);
    const dark = background(el);
    expect(dark).to.not.equal(light);
    el.theme = 'light';
    await settle(el);
    expect(background(el)).to.equal(light);
    document.documentElement.style.setProperty('color-scheme', 'light');
    el.theme = 'dark';
    await settle(el);
    expect(background(el)).to.equal(dark);
  });

  it('turns transitions off for readers who ask for reduced motion', async function () {
    const el = await mount(html`<summit-timeline></summit-timeline>`, 1000);
    const option = root(el).querySelector<HTMLElement>('[role="option"]')!;
    const duration = () => parseFloat(getComputedStyle(option).transitionDuration) || 0;
    expect(duration()).to.be.above(0);
    // Chromium only: Firefox (puppeteer over WebDriver BiDi) and WebKit (WebDriver classic) have no
    // media-feature emulation here.
    if (!(await emulateMedia([{ name: 'prefers-reduced-motion', value: 'reduce' }]))) this.skip();
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
    expect(duration()).to.equal(0);
  });

  it('stays legible in forced colours (markers and focus in system colours, axe clean)', async function () {
    const el = await mount(html`<summit-timeline></summit-timeline>`, 1000);
    // Chromium only: forced-colors emulation is a DevTools-protocol feature; Firefox (WebDriver
    // BiDi) and WebKit (WebDriver classic) have no such emulation.
    if (!(await emulateMedia([{ name: 'forced-colors', value: 'active' }]))) this.skip();
    if (!matchMedia('(forced-colors: active)').matches) this.skip();
    await settle(el);
    const marker = root(el).querySelector<SVGElement>('.marker.held')!;
    const canvasText = (() => {
      const probe = document.createElement('span');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      const c = getComputedStyle(probe).color;
      probe.remove();
      return c;
    })();
    expect(getComputedStyle(marker).stroke).to.equal(canvasText);
    await expect(el).to.be.accessible();
  });
});

describe('<summit-timeline> registration and errors', () => {
  it('is registered once; another copy is silent, a foreign element gets one warning', () => {
    expect(customElements.get('summit-timeline')).to.equal(SummitTimeline);
    const seen: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void seen.push(args.map(String).join(' '));
    try {
      class OtherCopy extends SummitTimeline {}
      expect(defineElement('summit-timeline', OtherCopy)).to.equal(false);
      expect(defineElement('summit-timeline', SummitTimeline)).to.equal(false);
      expect(seen).to.deep.equal([]);
      class Foreign extends HTMLElement {}
      customElements.define('foreign-timeline-test', Foreign);
      expect(defineElement('foreign-timeline-test', SummitTimeline)).to.equal(false);
      expect(seen).to.have.length(1);
      expect(customElements.get('foreign-timeline-test')).to.equal(Foreign);
    } finally {
      console.warn = warn;
    }
  });

  it('timeline-error bubbles out of a shadow root to the page', async () => {
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    document.body.append(host);
    const seen: Event[] = [];
    const listener = (e: Event) => seen.push(e);
    document.addEventListener('timeline-error', listener);
    try {
      const el = document.createElement('summit-timeline') as SummitTimeline;
      el.data = { version: 2 } as unknown as SummitTimeline['data'];
      shadow.append(el);
      await settle(el);
      expect(seen).to.have.length(1);
      expect(seen[0]!.bubbles).to.equal(true);
      expect(seen[0]!.composed).to.equal(true);
      expect((seen[0] as CustomEvent).detail.reason).to.equal('invalid');
    } finally {
      document.removeEventListener('timeline-error', listener);
      host.remove();
    }
  });
});
