// Right to left: with `dir="rtl"` on the page, time runs from right to left, labels open toward
// the reading direction, the arrow keys follow what the reader sees, and a drag moves the content
// with the pointer. Right-to-left sample content (Arabic and Hebrew), though no RTL catalog ships.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  activeId,
  listbox,
  mount,
  option,
  root,
  settle,
  mouseAt,
  zoomInForDrag,
} from './helpers.js';

const rtlData = () => ({
  version: 1 as const,
  title: 'قمم آسيا الوسطى',
  events: [
    {
      id: 'a',
      start: '2020-03-10',
      kind: 'ministerial' as const,
      status: 'held' as const,
      title: 'اجتماع وزاري أول',
    },
    {
      id: 'b',
      start: '2022-06',
      kind: 'summit' as const,
      status: 'held' as const,
      title: 'פסגה ראשונה',
    },
    {
      id: 'c',
      start: '2024',
      kind: 'summit' as const,
      status: 'announced' as const,
      title: 'القمة الثانية',
    },
  ],
});

async function mountRtl(width: number, orientation = 'auto') {
  const el = await mount(
    html`<div dir="rtl" lang="ar">
      <summit-timeline .data=${rtlData()} orientation=${orientation}></summit-timeline>
    </div>`,
    width,
  );
  await settle(el);
  return el;
}

describe('<summit-timeline>: right to left', () => {
  it('runs time from right to left, labels inside the element, and axe finds nothing', async () => {
    const el = await mountRtl(1000);
    const host = el.getBoundingClientRect();
    const a = option(el, 'a')!.getBoundingClientRect();
    const c = option(el, 'c')!.getBoundingClientRect();
    // The earliest event's label is right of the latest one's.
    expect(a.left).to.be.greaterThan(c.right - 1);
    for (const id of ['a', 'b', 'c']) {
      const r = option(el, id)!.getBoundingClientRect();
      expect(r.left, id).to.be.at.least(host.left - 0.5);
      expect(r.right, id).to.be.at.most(host.right + 0.5);
    }
    // Each label opens from its marker toward the reading direction: its text is set against the
    // marker's side of the box.
    for (const id of ['a', 'b']) {
      const box = option(el, id)!.getBoundingClientRect();
      const text = document.createRange();
      text.selectNodeContents(option(el, id)!.querySelector('.title-line')!);
      const t = text.getBoundingClientRect();
      expect(box.right - t.right, `${id}: text at the marker's side`).to.be.below(12);
    }
    // Ticks run the same way: the years decrease from left to right.
    const years = [...root(el).querySelectorAll<SVGTextElement>('.tick-label')]
      .map((t) => [t.getBoundingClientRect().x, Number(/\d{4}/.exec(t.textContent!)?.[0])])
      .filter(([, y]) => y)
      .sort((p, q) => p[0]! - q[0]!)
      .map(([, y]) => y!);
    expect(years.length).to.be.greaterThan(1);
    expect(years).to.deep.equal([...years].sort((p, q) => q - p));
    await expect(el).to.be.accessible();
  });

  it('moves with the arrows as the reader sees them: ArrowLeft goes later in time', async () => {
    const el = await mountRtl(1000);
    listbox(el).focus();
    await settle(el);
    const first = activeId(el);
    expect(first).to.equal('a');
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(activeId(el)).to.equal('b');
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(activeId(el)).to.equal('a');
  });

  it('drags the content with the pointer, and zooms around the pointer', async () => {
    const el = await mountRtl(1000);
    const vp = await zoomInForDrag(el);
    const at = mouseAt(vp);
    const before = option(el, 'b')!.getBoundingClientRect().left;
    vp.dispatchEvent(new MouseEvent('mousedown', at(400)));
    window.dispatchEvent(new MouseEvent('mousemove', at(450)));
    window.dispatchEvent(new MouseEvent('mousemove', at(500)));
    window.dispatchEvent(new MouseEvent('mouseup', at(500)));
    await settle(el);
    const after = option(el, 'b')?.getBoundingClientRect().left;
    expect(after, 'the label followed the pointer to the right').to.be.closeTo(before + 100, 2);
  });

  it('puts the axis at the right in vertical orientation, the labels to its left', async () => {
    const el = await mountRtl(480, 'vertical');
    const host = el.getBoundingClientRect();
    const axis = root(el).querySelector<SVGLineElement>('line.axis')!.getBoundingClientRect();
    expect(axis.x - host.left).to.be.greaterThan(host.width / 2);
    for (const id of ['a', 'b', 'c']) {
      const label = option(el, id)!.getBoundingClientRect();
      expect(label.right, id).to.be.at.most(axis.x);
      expect(label.left, id).to.be.at.least(host.left - 0.5);
    }
    await expect(el).to.be.accessible();
  });
});
