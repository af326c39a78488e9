// A pointer on the chart: a press to drag it focuses the listbox without putting the focus ring on
// an event (that is for keyboard focus); the first arrow key then does. Real mouse and keys.
import { expect, html } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import {
  activeId,
  focused,
  listbox,
  mount,
  press,
  root,
  settle,
  zoomInForDrag,
} from './helpers.js';

describe('<summit-timeline>: pointer focus', () => {
  it('a drag that starts on a label focuses the listbox without a focus ring; an arrow key adds one', async () => {
    const el = await mount(html`<summit-timeline></summit-timeline>`, 1000);
    // Zoomed in, so that the chart can be dragged (a drag at the whole extent does nothing).
    const vp = await zoomInForDrag(el);
    const r = vp.getBoundingClientRect();
    // A drag that starts on a label (an option of the listbox): the press focuses the listbox.
    const label = [...root(el).querySelectorAll<HTMLElement>('[role="option"]')].find((o) => {
      const b = o.getBoundingClientRect();
      const x = b.left + b.width / 2;
      return x > r.left + 70 && x < r.right - 10 && b.top > r.top && b.bottom < r.bottom;
    });
    expect(label, 'a label in view').to.not.equal(undefined);
    const b = label!.getBoundingClientRect();
    const start: [number, number] = [
      Math.round(b.left + b.width / 2),
      Math.round(b.top + b.height / 2),
    ];
    const hit = root(el).elementFromPoint(...start);
    expect(hit === label || label!.contains(hit), 'the label is under the pointer').to.equal(true);
    let selects = 0;
    el.addEventListener('timeline-select', () => selects++);
    try {
      await sendMouse({ type: 'move', position: start });
      await sendMouse({ type: 'down' });
      for (let i = 1; i <= 4; i++) {
        await sendMouse({ type: 'move', position: [start[0] - 15 * i, start[1]] });
      }
      await sendMouse({ type: 'up' });
    } finally {
      await resetMouse();
    }
    await settle(el);
    // (Compared by description: chai's diff of two DOM nodes never ends.)
    const where = (n: Element | null) =>
      n ? `${n.localName}.${n.className} ${n.role ?? ''}` : 'none';
    expect(where(focused(el))).to.equal(where(listbox(el)));
    expect(activeId(el), 'an event marked active by a mouse press').to.equal(null);
    expect(selects, 'a drag is not a selection').to.equal(0);
    expect(root(el).querySelector('.option.active')).to.equal(null);
    await press(el, 'ArrowRight');
    expect(activeId(el)).to.not.equal(null);
    expect(root(el).querySelector('.option.active')).to.not.equal(null);
  });
});
