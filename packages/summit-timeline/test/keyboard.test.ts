// Keyboard paths with real key presses: toolbar, listbox, selection, details panel, zoom keys.
import { expect, html, oneEvent } from '@open-wc/testing';
import type { TimelineSelectDetail } from '../src/index.js';
import {
  activeId,
  focused,
  listbox,
  mount,
  press,
  option,
  root,
  settle,
  type SummitTimeline,
} from './helpers.js';

const tickLabels = (el: SummitTimeline) =>
  [...root(el).querySelectorAll('.tick-label')].map((t) => t.textContent!.trim()).join();

/** Mounts the timeline between two buttons, focuses the first: the next Tab enters the element. */
async function mountAfterButton(width = 1000) {
  const el = await mount(
    html`<button id="before">before</button>
      <summit-timeline></summit-timeline>
      <button id="after">after</button>`,
    width,
  );
  el.parentElement!.querySelector<HTMLButtonElement>('#before')!.focus();
  return el;
}

/** Tabs until focus is on the toolbar's current button (past the sources disclosure). */
async function tabToToolbar(el: SummitTimeline) {
  for (let i = 0; i < 4; i++) {
    await press(el, 'Tab');
    if (focused(el)?.classList.contains('tool')) return;
  }
  throw new Error(`the toolbar was not reached; focus is on ${focused(el)?.outerHTML}`);
}

describe('<summit-timeline>: keyboard', () => {
  it('is one Tab stop for the toolbar (arrows inside), then one for the listbox', async () => {
    const el = await mountAfterButton();
    await tabToToolbar(el);
    const name = () => focused(el)?.getAttribute('aria-label');
    expect(name()).to.equal('Zoom in');
    expect(focused(el)!.closest('[role="toolbar"]')!.getAttribute('aria-label')).to.equal('Zoom');
    await press(el, 'ArrowRight');
    expect(name()).to.equal('Zoom out');
    await press(el, 'ArrowRight');
    expect(name()).to.equal('Reset zoom');
    await press(el, 'ArrowRight');
    expect(name()).to.equal('Zoom in');
    await press(el, 'End');
    expect(name()).to.equal('Reset zoom');
    await press(el, 'Home');
    expect(name()).to.equal('Zoom in');
    await press(el, 'ArrowLeft');
    expect(name()).to.equal('Reset zoom');
    // Only one button is in the Tab order.
    const tabbable = [...root(el).querySelectorAll('.tool')].filter(
      (b) => b.getAttribute('tabindex') === '0',
    );
    expect(tabbable.length).to.equal(1);
    await press(el, 'Tab');
    expect(focused(el)).to.equal(listbox(el));
    // The next Tab leaves the element (the listbox is its last stop).
    await press(el, 'Tab');
    expect(document.activeElement?.id).to.equal('after');
    // The toolbar remembers its button: coming back, focus lands on it.
    (root(el).querySelector('.tool[tabindex="0"]') as HTMLElement).focus();
    expect(name()).to.equal('Reset zoom');
  });

  it('moves through the events in time order, into clusters, with Home and End', async () => {
    const el = await mountAfterButton(900);
    await tabToToolbar(el);
    await press(el, 'Tab');
    expect(focused(el)).to.equal(listbox(el));
    // The first event has the focus ring.
    expect(activeId(el)).to.equal('ties-1992');
    const ring = getComputedStyle(option(el, 'ties-1992')!);
    expect(ring.outlineStyle).to.equal('solid');
    expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
    const seen = [activeId(el)];
    for (let i = 0; i < 13; i++) {
      await press(el, 'ArrowRight');
      seen.push(activeId(el));
      // The active option is always rendered and shown (zooming into clusters when needed).
      const o = option(el, activeId(el)!);
      expect(o, String(activeId(el))).to.exist;
      expect(o!.getAttribute('aria-posinset')).to.equal(String(Math.min(i + 2, 13)));
    }
    expect(seen).to.deep.equal([
      'ties-1992',
      'fm-1',
      'fm-2',
      'summit-2022-virtual',
      'fm-3',
      'fm-4',
      'summit-2023',
      'secretariat',
      'fm-5',
      'fm-6',
      'summit-2025',
      'summit-2027',
      'summit-2029',
      'summit-2029',
    ]);
    await press(el, 'ArrowLeft');
    expect(activeId(el)).to.equal('summit-2027');
    await press(el, 'ArrowUp');
    expect(activeId(el)).to.equal('summit-2025');
    await press(el, 'ArrowDown');
    expect(activeId(el)).to.equal('summit-2027');
    await press(el, 'Home');
    expect(activeId(el)).to.equal('ties-1992');
    await press(el, 'End');
    expect(activeId(el)).to.equal('summit-2029');
  });

  it('selects with Enter or Space, opens the details, Escape returns and then clears', async () => {
    const el = await mountAfterButton();
    await tabToToolbar(el);
    await press(el, 'Tab');
    await press(el, 'End');
    await press(el, 'ArrowLeft');
    await press(el, 'ArrowLeft');
    expect(activeId(el)).to.equal('summit-2025');
    const picked = oneEvent(el, 'timeline-select');
    await press(el, 'Enter');
    const { detail } = (await picked) as CustomEvent<TimelineSelectDetail>;
    expect(detail.id).to.equal('summit-2025');
    expect(detail.event?.id).to.equal('summit-2025');
    expect(el.selected).to.equal('summit-2025');
    expect(el.getAttribute('selected')).to.equal('summit-2025');
    expect(option(el, 'summit-2025')!.getAttribute('aria-selected')).to.equal('true');
    // Focus is in the panel, on its heading.
    await settle(el);
    expect(focused(el)?.id).to.equal('details-title');
    expect(focused(el)?.textContent!.trim()).to.equal('Second China–Central Asia Summit');
    // Escape: back to the event, still selected.
    await press(el, 'Escape');
    expect(focused(el)).to.equal(listbox(el));
    expect(activeId(el)).to.equal('summit-2025');
    expect(el.selected).to.equal('summit-2025');
    // Space selects too.
    await press(el, 'ArrowLeft');
    const again = oneEvent(el, 'timeline-select');
    await press(el, ' ');
    expect(((await again) as CustomEvent<TimelineSelectDetail>).detail.id).to.equal('fm-6');
    await press(el, 'Escape');
    expect(focused(el)).to.equal(listbox(el));
    // Escape on the listbox clears the selection.
    const cleared = oneEvent(el, 'timeline-select');
    await press(el, 'Escape');
    const c = (await cleared) as CustomEvent<TimelineSelectDetail>;
    expect(c.detail).to.deep.equal({ id: null, event: null });
    expect(el.hasAttribute('selected')).to.be.false;
    expect(root(el).querySelector('[part="details"]')).to.equal(null);
    // The event bubbles out of the shadow root and the element (composed).
    expect(c.bubbles && c.composed).to.be.true;
  });

  it('zooms with +, - and 0', async () => {
    const el = await mountAfterButton();
    await tabToToolbar(el);
    await press(el, 'Tab');
    const start = tickLabels(el);
    await press(el, '+');
    await press(el, '+');
    const zoomed = tickLabels(el);
    expect(zoomed).to.not.equal(start);
    await press(el, '-');
    expect(tickLabels(el)).to.not.equal(zoomed);
    await press(el, '0');
    expect(tickLabels(el)).to.equal(start);
    // On the toolbar too.
    root(el).querySelector<HTMLButtonElement>('.tool')!.focus();
    await press(el, '+');
    expect(tickLabels(el)).to.not.equal(start);
  });

  it('setting selected from code opens the details without moving focus or firing', async () => {
    const el = await mountAfterButton();
    const before = document.activeElement;
    let fired = 0;
    el.addEventListener('timeline-select', () => fired++);
    el.selected = 'summit-2023';
    await settle(el);
    expect(root(el).querySelector('#details-title')!.textContent!.trim()).to.equal(
      'First China–Central Asia Summit',
    );
    expect(document.activeElement).to.equal(before);
    expect(fired).to.equal(0);
    expect(el.getAttribute('selected')).to.equal('summit-2023');
    el.removeAttribute('selected');
    await settle(el);
    expect(root(el).querySelector('#details-title')).to.equal(null);
    expect(fired).to.equal(0);
  });

  it('selects with a click, and the close button clears and returns to the listbox', async () => {
    const el = await mount(html`<summit-timeline></summit-timeline>`, 1000);
    const picked = oneEvent(el, 'timeline-select');
    option(el, 'summit-2023')!.click();
    expect(((await picked) as CustomEvent<TimelineSelectDetail>).detail.id).to.equal('summit-2023');
    await settle(el);
    expect(focused(el)?.id).to.equal('details-title');
    const cleared = oneEvent(el, 'timeline-select');
    root(el).querySelector<HTMLButtonElement>('.close')!.click();
    expect(((await cleared) as CustomEvent<TimelineSelectDetail>).detail.id).to.equal(null);
    await settle(el);
    expect(focused(el)).to.equal(listbox(el));
  });
});
