// 10,000 events: virtualised (only what is visible is in the DOM), no overlap, still operable.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { generateEvents } from '../src/data/generate.js';
import { activeId, listbox, mount, option, options, root, settle } from './helpers.js';

const data = {
  version: 1 as const,
  title: 'Ten thousand events',
  events: generateEvents(10_000, 5),
};

describe('<summit-timeline>: 10,000 events', () => {
  for (const width of [1200, 400]) {
    it(`renders and stays operable (${width} px)`, async () => {
      const el = await mount(html`<summit-timeline .data=${data}></summit-timeline>`, width);
      const shown = options(el);
      expect(shown.length).to.be.greaterThan(0);
      expect(shown.length).to.be.below(300);
      expect(root(el).querySelectorAll('.cluster').length).to.be.greaterThan(0);
      for (const o of shown) expect(o.getAttribute('aria-setsize')).to.equal('10000');
      // Keyboard: End reaches the last event (zooming in to show it), Home the first.
      listbox(el).focus();
      await settle(el);
      await sendKeys({ press: 'End' });
      await settle(el);
      const last = activeId(el)!;
      expect(option(el, last)!.getAttribute('aria-posinset')).to.equal('10000');
      await sendKeys({ press: 'ArrowLeft' });
      await settle(el);
      expect(option(el, activeId(el)!)!.getAttribute('aria-posinset')).to.equal('9999');
      await sendKeys({ press: 'Home' });
      await settle(el);
      expect(option(el, activeId(el)!)!.getAttribute('aria-posinset')).to.equal('1');
      await sendKeys({ press: '+' });
      await settle(el);
      expect(root(el).querySelectorAll('[role="option"]').length).to.be.below(300);
      // No two labels overlap.
      const boxes = options(el).map((o) => o.getBoundingClientRect());
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          const hit =
            a.left < b.right - 0.5 &&
            b.left < a.right - 0.5 &&
            a.top < b.bottom - 0.5 &&
            b.top < a.bottom - 0.5;
          expect(hit).to.be.false;
        }
      }
    });
  }
});
