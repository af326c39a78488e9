// Touch on the chart: one finger drags a zoomed-in horizontal timeline along its time axis; a
// vertical swipe stays the page's (it scrolls; nothing here moves or prevents it).
import { expect, html } from '@open-wc/testing';
import { mount, root, settle, zoomInForDrag, type SummitTimeline } from './helpers.js';

const tickLabels = (el: SummitTimeline) =>
  [...root(el).querySelectorAll('.tick-label')].map((t) => t.textContent!.trim());

function finger(target: HTMLElement) {
  const r = target.getBoundingClientRect();
  return (type: string, x: number, y = 40) => {
    const e = new PointerEvent(type, {
      pointerId: 7,
      pointerType: 'touch',
      isPrimary: true,
      clientX: r.left + x,
      clientY: r.top + y,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    target.dispatchEvent(e);
    return e.defaultPrevented;
  };
}

describe('<summit-timeline> touch', () => {
  it('pans with one finger along a horizontal time axis', async () => {
    const el = await mount(html`<summit-timeline></summit-timeline>`, 1000);
    const vp = await zoomInForDrag(el);
    const touch = finger(vp);
    const before = tickLabels(el).join();
    expect(touch('pointerdown', 300)).to.be.false;
    expect(touch('pointermove', 500)).to.be.false;
    touch('pointermove', 700);
    touch('pointerup', 700);
    await settle(el);
    const after = tickLabels(el);
    expect(after.join()).to.not.equal(before);
    // Dragging to the right brings earlier dates into view.
    const first = (labels: string[]) => Number.parseInt(labels[0]!, 10);
    if (Number.isFinite(first(after)) && Number.isFinite(first(before.split(','))))
      expect(first(after)).to.be.below(first(before.split(',')));
  });

  it('leaves a vertical swipe to the page', async () => {
    const el = await mount(html`<summit-timeline></summit-timeline>`, 1000);
    const vp = await zoomInForDrag(el);
    const touch = finger(vp);
    const before = tickLabels(el).join();
    expect(touch('pointerdown', 500, 40)).to.be.false;
    expect(touch('pointermove', 500, 140)).to.be.false;
    // The browser takes the swipe for scrolling and cancels the pointer.
    touch('pointercancel', 500, 140);
    await settle(el);
    expect(tickLabels(el).join()).to.equal(before);
    expect(getComputedStyle(vp).touchAction).to.equal('pan-y');
  });

  it('does not pan a vertical timeline (it scrolls natively)', async () => {
    const el = await mount(html`<summit-timeline orientation="vertical"></summit-timeline>`, 400);
    const vp = root(el).querySelector<HTMLElement>('.viewport')!;
    vp.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await settle(el);
    const before = tickLabels(el).join();
    const touch = finger(vp);
    touch('pointerdown', 100, 100);
    touch('pointermove', 300, 100);
    touch('pointerup', 300, 100);
    await settle(el);
    expect(tickLabels(el).join()).to.equal(before);
  });
});
