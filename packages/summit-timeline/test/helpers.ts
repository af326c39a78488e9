// Shared helpers of the element's browser tests.
import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/index.js';
import type { SummitTimeline } from '../src/index.js';

export type { SummitTimeline };

/** Mounts `template` inside a container of the given width (and the element's default height). */
export async function mount(template: TemplateResult, width = 960): Promise<SummitTimeline> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div class="wrap" data-width=${width}>${template}</div>`,
  );
  wrapper.style.setProperty('inline-size', `${width}px`);
  const el = wrapper.querySelector('summit-timeline')!;
  // The element does no work until it is near the viewport: bring stacked fixtures into view.
  wrapper.scrollIntoView();
  await settle(el);
  return el;
}

/** Waits for data, size and layout to settle (two frames, then the element's update). */
export async function settle(el: SummitTimeline): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => r(null)));
  }
  await el.updateComplete;
}

/** Presses a real key (sendKeys) and waits for the element to settle. */
export async function press(el: SummitTimeline, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settle(el);
}

export const root = (el: SummitTimeline) => el.shadowRoot!;

/**
 * Zooms in once (the toolbar's first button) and loads d3-zoom (it loads on the first pointer
 * down), ready for a drag; returns the viewport.
 */
export async function zoomInForDrag(el: SummitTimeline): Promise<HTMLElement> {
  root(el).querySelectorAll<HTMLButtonElement>('.tool')[0]!.click();
  await settle(el);
  const vp = root(el).querySelector<HTMLElement>('.viewport')!;
  vp.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
  await zoomAttached(vp);
  await settle(el);
  return vp;
}

/**
 * Waits until d3-zoom (loaded on demand) has attached itself to the viewport: it keeps the zoom
 * state on the element as `__zoom` (d3-zoom's documented storage, read by d3.zoomTransform).
 */
export async function zoomAttached(vp: HTMLElement): Promise<void> {
  await waitUntil(() => '__zoom' in vp, 'd3-zoom did not attach to the viewport');
}

/**
 * Mouse event options at `x` pixels from the left of `target` (20 px from its top): for the
 * drag that d3-zoom turns into a pan (mousedown on the element, moves and mouseup on window).
 */
export function mouseAt(target: Element) {
  const r = target.getBoundingClientRect();
  return (x: number): MouseEventInit => ({
    clientX: r.left + x,
    clientY: r.top + 20,
    bubbles: true,
    cancelable: true,
    composed: true,
    view: window,
    button: 0,
  });
}

export const listbox = (el: SummitTimeline) =>
  root(el).querySelector<HTMLElement>('[role="listbox"]')!;

export const options = (el: SummitTimeline) => [
  ...root(el).querySelectorAll<HTMLElement>('[role="option"]'),
];

export const option = (el: SummitTimeline, id: string) =>
  root(el).querySelector<HTMLElement>(`#o-${id}`);

export const statusText = (el: SummitTimeline) =>
  root(el).querySelector('[role="status"]')!.textContent!.trim();

/** The element focused inside the shadow root (or the document's). */
export const focused = (el: SummitTimeline): Element | null =>
  root(el).activeElement ?? document.activeElement;

/** The id of the option the listbox points to with aria-activedescendant. */
export const activeId = (el: SummitTimeline) =>
  listbox(el).getAttribute('aria-activedescendant')?.replace(/^o-/, '') ?? null;

/** Valid data in the format: a few events of each status. */
export function sampleData() {
  return {
    version: 1 as const,
    title: 'Sample timeline',
    events: [
      {
        id: 'a',
        start: '2020-03-10',
        kind: 'ministerial' as const,
        status: 'held' as const,
        title: 'Alpha meeting',
        place: { city: 'Xi’an', country: 'China' },
      },
      {
        id: 'b',
        start: '2021-06',
        kind: 'summit' as const,
        status: 'held' as const,
        title: 'Bravo summit',
        place: { online: true },
      },
      {
        id: 'c',
        start: '2023',
        kind: 'summit' as const,
        status: 'announced' as const,
        title: 'Charlie summit',
      },
    ],
  };
}
