// <summit-timeline>: what a reader sees, in a real browser.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { builtinDataset } from '../src/data/builtin.js';
import { generateEvents } from '../src/data/generate.js';
import {
  listbox,
  mount,
  option,
  options,
  root,
  sampleData,
  settle,
  type SummitTimeline,
  mouseAt,
  zoomInForDrag,
  zoomAttached,
} from './helpers.js';

const tickLabels = (el: SummitTimeline) =>
  [...root(el).querySelectorAll('.tick-label')].map((t) => t.textContent!.trim());

const frame = (el: SummitTimeline) => root(el).querySelector('.frame')!;

function overlap(a: DOMRect, b: DOMRect) {
  return (
    a.left < b.right - 0.5 &&
    b.left < a.right - 0.5 &&
    a.top < b.bottom - 0.5 &&
    b.top < a.bottom - 0.5
  );
}

function expectNoOverlap(el: SummitTimeline) {
  const boxes = options(el).map((o) => [o.id, o.getBoundingClientRect()] as const);
  expect(boxes.length).to.be.greaterThan(0);
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      expect(overlap(boxes[i]![1], boxes[j]![1]), `${boxes[i]![0]} overlaps ${boxes[j]![0]}`).to.be
        .false;
    }
  }
  // And each label's text fits its box (or is cut with an ellipsis, never spilling over).
  for (const o of options(el)) {
    const box = o.getBoundingClientRect();
    for (const line of o.querySelectorAll('.line')) {
      const r = line.getBoundingClientRect();
      expect(r.left).to.be.at.least(box.left - 0.5);
      expect(r.right).to.be.at.most(box.right + 0.5);
    }
  }
}

/** Where each label is in the canvas (which a drag moves as one), to the pixel. */
function placesInCanvas(el: SummitTimeline): [string, string][] {
  const c = root(el).querySelector('.canvas')!.getBoundingClientRect();
  return options(el).map((o) => {
    const r = o.getBoundingClientRect();
    return [o.id, `${Math.round(r.left - c.left)} ${Math.round(r.top - c.top)}`];
  });
}

describe('<summit-timeline>: the built-in dataset', () => {
  it('shows the summits: Xi’an 2023 and Astana 2025 held, 2027 announced, 2029 projected', async () => {
    const el = await mount(html`<summit-timeline></summit-timeline>`, 1200);
    expect(root(el).querySelector('h2')!.textContent!.trim()).to.equal(
      'China–Central Asia summits',
    );
    const name = (id: string) => option(el, id)?.getAttribute('aria-label');
    expect(name('summit-2023')).to.match(
      /^First China–Central Asia Summit, May 18\s–\s19, 2023, Xi'an, China, held$/,
    );
    expect(name('summit-2025')).to.match(
      /^Second China–Central Asia Summit, June 17, 2025, Astana, Kazakhstan, held$/,
    );
    expect(name('summit-2027')).to.match(/, 2027, China, announced$/);
    expect(name('summit-2029')).to.equal('Summit in Kyrgyzstan, 2029, Kyrgyzstan, projected');
    // The word "projected" is on screen, not only in the name.
    expect(option(el, 'summit-2029')!.textContent).to.contain('projected');
    expect(option(el, 'summit-2027')!.textContent).to.contain('announced');
    // Status by shape: held filled, announced outlined, projected dashed.
    const marker = (id: string) =>
      getComputedStyle(root(el).querySelector(`.event[data-id="${id}"] .marker`)!);
    const surface = getComputedStyle(el).backgroundColor;
    expect(marker('summit-2025').fill).to.not.equal(surface);
    expect(marker('summit-2025').fill).to.not.equal('none');
    expect(marker('summit-2027').fill).to.equal(surface);
    expect(marker('summit-2027').strokeDasharray).to.equal('none');
    expect(marker('summit-2029').strokeDasharray).to.not.equal('none');
    // The key says which shape is which.
    expect(root(el).querySelector('.legend')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'held announced projected',
    );
    // asOf, with the sources a click away.
    expect(root(el).querySelector('.meta')!.textContent).to.contain('Data as of November 28, 2026');
    const summary = root(el).querySelector<HTMLElement>('.sources summary')!;
    summary.click();
    await settle(el);
    const links = [...root(el).querySelectorAll<HTMLAnchorElement>('.source-list a')];
    expect(links.length).to.be.greaterThan(5);
    expect(links.every((a) => /^https?:/.test(a.href))).to.be.true;
    // Today.
    expect(root(el).querySelector('.today text')?.textContent).to.equal('Today');
    // Options carry their position in the whole list.
    const total = builtinDataset.events.length + 1;
    for (const o of options(el)) expect(o.getAttribute('aria-setsize')).to.equal(String(total));
    expect(option(el, 'summit-2029')!.getAttribute('aria-posinset')).to.equal(String(total));
  });

  it('lays labels out without overlap, horizontally and vertically', async () => {
    const wide = await mount(html`<summit-timeline></summit-timeline>`, 1000);
    expectNoOverlap(wide);
    const narrow = await mount(
      html`<summit-timeline from="2020" to="2026"></summit-timeline>`,
      360,
    );
    expect(frame(narrow).classList.contains('vertical')).to.be.true;
    expectNoOverlap(narrow);
  });

  it('switches orientation at 640 px (auto) and follows its width', async () => {
    const el = await mount(html`<summit-timeline></summit-timeline>`, 639);
    expect(frame(el).classList.contains('vertical')).to.be.true;
    const vp = root(el).querySelector<HTMLElement>('.viewport')!;
    // Vertical scrolls natively inside the element's height.
    expect(getComputedStyle(vp).overflowY).to.equal('auto');
    expect(vp.scrollHeight).to.be.greaterThan(vp.clientHeight);
    el.parentElement!.style.setProperty('inline-size', '640px');
    await settle(el);
    expect(frame(el).classList.contains('horizontal')).to.be.true;
    expect(getComputedStyle(root(el).querySelector('.viewport')!).touchAction).to.equal('pan-y');
    el.orientation = 'vertical';
    await settle(el);
    expect(frame(el).classList.contains('vertical')).to.be.true;
  });

  it('keeps one height in both orientations, and before and after its data', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('summit-timeline');
    el.setAttribute('src', '/packages/summit-timeline/test/fixtures/valid.json.txt');
    wrapper.append(el);
    const before = el.getBoundingClientRect().height;
    expect(before).to.equal(28 * parseFloat(getComputedStyle(document.documentElement).fontSize));
    await settle(el);
    expect(el.getBoundingClientRect().height).to.equal(before);
    wrapper.style.setProperty('inline-size', '400px');
    await settle(el);
    expect(el.getBoundingClientRect().height).to.equal(before);
    el.style.setProperty('--summit-timeline-height', '300px');
    expect(el.getBoundingClientRect().height).to.equal(300);
  });

  it('projects 0, 1 or 3 summits', async () => {
    const n = builtinDataset.events.length;
    for (const [count, ids] of [
      [0, []],
      [1, ['summit-2029']],
      [3, ['summit-2029', 'summit-2031', 'summit-2033']],
    ] as const) {
      const el = await mount(html`<summit-timeline projections=${count}></summit-timeline>`, 1200);
      expect(options(el)[0]!.getAttribute('aria-setsize')).to.equal(String(n + count));
      const shown = options(el).map((o) => o.id.slice(2));
      const clustered = [...root(el).querySelectorAll('.cluster')].length;
      for (const id of ids) expect(shown.includes(id) || clustered > 0, id).to.be.true;
      expect(shown.filter((id) => /^summit-20(29|3\d)$/.test(id)).length).to.be.at.most(count);
    }
  });

  it('filters by kind', async () => {
    const el = await mount(html`<summit-timeline kinds="summit"></summit-timeline>`, 1200);
    const summits = builtinDataset.events.filter((e) => e.kind === 'summit').length + 1;
    expect(options(el).length).to.equal(summits);
    expect(options(el).every((o) => o.id.startsWith('o-summit-'))).to.be.true;
    el.kinds = 'ministerial virtual-summit';
    await settle(el);
    expect(options(el).map((o) => o.id)).to.not.include('o-summit-2023');
    expect(options(el).some((o) => o.id.startsWith('o-fm-'))).to.be.true;
  });

  it('starts on the from–to range', async () => {
    const el = await mount(
      html`<summit-timeline from="2023-04" to="2023-06"></summit-timeline>`,
      1000,
    );
    const labels = tickLabels(el);
    expect(
      labels.some((t) => /Apr|May|Jun/.test(t)),
      labels.join(),
    ).to.be.true;
    expect(option(el, 'fm-4')).to.exist;
    expect(option(el, 'summit-2023')).to.exist;
  });

  it('follows the theme attribute', async () => {
    const el = await mount(html`<summit-timeline theme="dark"></summit-timeline>`);
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    const light = getComputedStyle(el).backgroundColor;
    el.theme = 'light';
    await settle(el);
    expect(getComputedStyle(el).colorScheme).to.equal('light');
    expect(getComputedStyle(el).backgroundColor).to.not.equal(light);
  });
});

describe('<summit-timeline>: data sources', () => {
  it('takes data > inline JSON > src > built-in', async () => {
    const inline = JSON.stringify({ ...sampleData(), title: 'Inline timeline' });
    const el = await mount(
      html`<summit-timeline src="/packages/summit-timeline/test/fixtures/valid.json.txt">
        <script type="application/json">
          ${inline}
        </script>
      </summit-timeline>`,
    );
    const title = () => root(el).querySelector('h2')!.textContent!.trim();
    expect(title()).to.equal('Inline timeline');
    el.data = { ...sampleData(), title: 'Property timeline' };
    await settle(el);
    expect(title()).to.equal('Property timeline');
    expect(options(el).map((o) => o.id)).to.deep.equal(['o-a', 'o-b', 'o-c']);
    el.data = undefined;
    await settle(el);
    expect(title()).to.equal('Inline timeline');
    // Inline JSON is read when the element is connected.
    const parent = el.parentElement!;
    el.querySelector('script')!.remove();
    el.remove();
    parent.append(el);
    await settle(el);
    expect(title()).to.equal('Fixture timeline');
    el.removeAttribute('src');
    await settle(el);
    expect(title()).to.equal('China–Central Asia summits');
  });

  it('renders untrusted text as text', async () => {
    const data = sampleData();
    data.events[0]!.title = '<img src=x onerror="window.__pwned=1">Alpha';
    const el = await mount(html`<summit-timeline .data=${data}></summit-timeline>`);
    expect(root(el).querySelector('img')).to.equal(null);
    expect(option(el, 'a')!.textContent).to.contain('<img src=x');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});

describe('<summit-timeline>: zoom and pan', () => {
  const span = (el: SummitTimeline) => {
    const years = tickLabels(el)
      .map((t) => Number(/\d{4}/.exec(t)?.[0]))
      .filter(Boolean);
    return Math.max(...years) - Math.min(...years);
  };

  it('zooms with the toolbar buttons and resets', async () => {
    const el = await mount(html`<summit-timeline></summit-timeline>`, 1000);
    const before = tickLabels(el).join();
    const [zoomIn, zoomOut, reset] = [...root(el).querySelectorAll<HTMLButtonElement>('.tool')];
    expect(zoomIn!.getAttribute('aria-label')).to.equal('Zoom in');
    expect(zoomOut!.getAttribute('aria-label')).to.equal('Zoom out');
    expect(reset!.getAttribute('aria-label')).to.equal('Reset zoom');
    const wide = span(el);
    zoomIn!.click();
    await settle(el);
    zoomIn!.click();
    await settle(el);
    expect(span(el)).to.be.below(wide);
    zoomOut!.click();
    await settle(el);
    reset!.click();
    await settle(el);
    expect(tickLabels(el).join()).to.equal(before);
  });

  it('zooms with Ctrl/⌘-wheel only; a plain wheel is left to the page', async () => {
    const el = await mount(html`<summit-timeline></summit-timeline>`, 1000);
    const vp = root(el).querySelector<HTMLElement>('.viewport')!;
    const r = vp.getBoundingClientRect();
    const wheel = (ctrlKey: boolean) => {
      const e = new WheelEvent('wheel', {
        deltaY: -300,
        ctrlKey,
        clientX: r.left + r.width * 0.8,
        clientY: r.top + r.height / 2,
        bubbles: true,
        cancelable: true,
        composed: true,
      });
      vp.dispatchEvent(e);
      return e.defaultPrevented;
    };
    const before = tickLabels(el).join();
    expect(wheel(false)).to.be.false;
    await settle(el);
    expect(tickLabels(el).join()).to.equal(before);
    expect(wheel(true)).to.be.true;
    await settle(el);
    expect(tickLabels(el).join()).to.not.equal(before);
    // The first Ctrl-wheel loaded d3-zoom; once attached, it handles the next Ctrl-wheel, and
    // still not a plain one.
    await zoomAttached(vp);
    const zoomed = tickLabels(el).join();
    expect(wheel(false)).to.be.false;
    expect(wheel(true)).to.be.true;
    await settle(el);
    expect(tickLabels(el).join()).to.not.equal(zoomed);
  });

  it('pans by dragging along the time axis; double-click does nothing', async () => {
    const el = await mount(html`<summit-timeline></summit-timeline>`, 1000);
    const vp = await zoomInForDrag(el);
    const at = mouseAt(vp);
    const before = tickLabels(el).join();
    vp.dispatchEvent(new MouseEvent('dblclick', at(500)));
    await settle(el);
    expect(tickLabels(el).join()).to.equal(before);
    vp.dispatchEvent(new MouseEvent('mousedown', at(300)));
    window.dispatchEvent(new MouseEvent('mousemove', at(500)));
    window.dispatchEvent(new MouseEvent('mousemove', at(700)));
    window.dispatchEvent(new MouseEvent('mouseup', at(700)));
    await settle(el);
    expect(tickLabels(el).join()).to.not.equal(before);
  });

  it('does not lay the timeline out again mid-drag when a Ctrl-wheel zoom just before it settles', async () => {
    const el = await mount(html`<summit-timeline></summit-timeline>`, 1000);
    const vp = await zoomInForDrag(el);
    const at = mouseAt(vp);
    const r = vp.getBoundingClientRect();
    const place = () => placesInCanvas(el).map(([id, at]) => `${id} ${at}`);
    vp.dispatchEvent(
      // A small step, so that events stay in view.
      new WheelEvent('wheel', {
        deltaY: -2,
        ctrlKey: true,
        clientX: r.left + 500,
        clientY: r.top + 20,
        bubbles: true,
        cancelable: true,
        composed: true,
      }),
    );
    // The drag starts before d3-zoom ends the wheel's gesture (150 ms after its last step).
    vp.dispatchEvent(new MouseEvent('mousedown', at(500)));
    window.dispatchEvent(new MouseEvent('mousemove', at(490)));
    await el.updateComplete;
    const shown = place();
    expect(shown.length).to.be.greaterThan(0);
    for (let i = 1; i <= 6; i++) {
      await new Promise((done) => setTimeout(done, 50));
      window.dispatchEvent(new MouseEvent('mousemove', at(490 - 5 * i)));
      await el.updateComplete;
      // The labels stay where they are in the canvas, which the drag moves as one (labels of
      // the side it reveals may join them).
      expect(place(), `after ${50 * i} ms`).to.include.members(shown);
    }
    window.dispatchEvent(new MouseEvent('mouseup', at(460)));
    await settle(el);
    expect(place(), 'laid out again on release').to.not.deep.equal(shown);
  });

  it('moves the shown labels during a drag, and lays the timeline out again on release', async () => {
    const el = await mount(html`<summit-timeline></summit-timeline>`, 1000);
    const vp = await zoomInForDrag(el);
    const at = mouseAt(vp);
    const shown = options(el);
    const left = (o: HTMLElement) => o.getBoundingClientRect().left;
    const before = shown.map(left);
    vp.dispatchEvent(new MouseEvent('mousedown', at(500)));
    window.dispatchEvent(new MouseEvent('mousemove', at(470)));
    window.dispatchEvent(new MouseEvent('mousemove', at(440)));
    await settle(el);
    // The same elements, each moved with the pointer (unless held at an edge); labels of the
    // side the drag reveals may join them, there only.
    const during = options(el);
    expect(during).to.include.members(shown);
    const edge = vp.getBoundingClientRect();
    for (const o of during.filter((o) => !shown.includes(o))) {
      expect(o.getBoundingClientRect().left, o.id).to.be.above(edge.right - 60 - 64);
    }
    let moved = 0;
    shown.forEach((o, i) => {
      const r = o.getBoundingClientRect();
      if (r.left <= edge.left + 1 || r.right >= edge.right - 1 || before[i]! <= edge.left + 1)
        return;
      expect(left(o) - before[i]!, o.id).to.be.closeTo(-60, 1);
      moved++;
    });
    expect(moved).to.be.greaterThan(0);
    window.dispatchEvent(new MouseEvent('mouseup', at(440)));
    await settle(el);
    // Laid out again: every label is clear of the others.
    const boxes = options(el).map((o) => o.getBoundingClientRect());
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [p, q] = [boxes[i]!, boxes[j]!];
        const overlap =
          p.left < q.right - 0.5 &&
          q.left < p.right - 0.5 &&
          p.top < q.bottom - 0.5 &&
          q.top < p.bottom - 0.5;
        expect(overlap, `${i} / ${j}`).to.equal(false);
      }
    }
  });

  it('leaves the labels where they were when a drag ends: not moved, not styled again', async () => {
    // Events of one kind (one priority): none that the drag brings into view outranks a label
    // shown, so every label that still fits where it was stays there.
    const events = generateEvents(300, 3).map((e) => ({ ...e, kind: 'ministerial' as const }));
    const data = { version: 1 as const, title: 'Meetings', events };
    const el = await mount(html`<summit-timeline .data=${data}></summit-timeline>`, 1000);
    const vp = await zoomInForDrag(el);
    const at = mouseAt(vp);
    const edge = vp.getBoundingClientRect();
    vp.dispatchEvent(new MouseEvent('mousedown', at(700)));
    for (let x = 680; x >= 400; x -= 20) {
      window.dispatchEvent(new MouseEvent('mousemove', at(x)));
      await new Promise((done) => requestAnimationFrame(done));
    }
    await settle(el);
    // Labels wholly in view as the pointer is released.
    const inView = (r: DOMRect) => r.left >= edge.left && r.right <= edge.right;
    const before = new Map(
      options(el)
        .map((o) => [o, o.getBoundingClientRect()] as const)
        .filter(([, r]) => inView(r)),
    );
    expect(before.size).to.be.greaterThan(5);
    const restyled = new Set<Node>();
    const watch = new MutationObserver((records) => {
      for (const r of records) restyled.add(r.target);
    });
    for (const o of before.keys()) watch.observe(o.parentElement!, { attributes: true });
    window.dispatchEvent(new MouseEvent('mouseup', at(400)));
    await settle(el);
    watch.disconnect();
    for (const [o, r] of before) {
      expect(o.isConnected, o.id).to.equal(true);
      const now = o.getBoundingClientRect();
      expect(now.left, o.id).to.be.closeTo(r.left, 0.5);
      expect(now.top, o.id).to.be.closeTo(r.top, 0.5);
      expect(restyled.has(o.parentElement!), `${o.id}'s slot restyled`).to.equal(false);
    }
  });

  it('fills the side a long drag reveals, without laying the timeline out again', async () => {
    const el = await mount(html`<summit-timeline></summit-timeline>`, 1000);
    const vp = await zoomInForDrag(el);
    const at = mouseAt(vp);
    const edge = vp.getBoundingClientRect();
    const place = () => new Map(placesInCanvas(el));
    const shown = place();
    vp.dispatchEvent(new MouseEvent('mousedown', at(900)));
    for (let x = 880; x >= 400; x -= 20) {
      // One step a frame, as a pointer sends them.
      window.dispatchEvent(new MouseEvent('mousemove', at(x)));
      await el.updateComplete;
      await new Promise((done) => requestAnimationFrame(done));
    }
    // Moved half a view: the labels shown at the start kept their places in the canvas (no
    // layout mid-drag, which would move them to other lanes)...
    const during = place();
    for (const [id, transform] of shown) {
      if (during.has(id)) expect(during.get(id), id).to.equal(transform);
    }
    // ...and the half it brought into view has labels of its own.
    const revealed = options(el).filter((o) => {
      const r = o.getBoundingClientRect();
      return !shown.has(o.id) && r.left > edge.left + edge.width / 2 && r.right <= edge.right + 200;
    });
    expect(revealed.length).to.be.greaterThan(0);
    window.dispatchEvent(new MouseEvent('mouseup', at(400)));
    await settle(el);
    expect([...place()], 'laid out again on release').to.not.deep.equal([...during]);
  });

  it('pinches with two fingers; one finger is left to the page', async () => {
    const el = await mount(html`<summit-timeline></summit-timeline>`, 1000);
    const vp = root(el).querySelector<HTMLElement>('.viewport')!;
    const r = vp.getBoundingClientRect();
    const pointer = (type: string, pointerId: number, x: number) => {
      const e = new PointerEvent(type, {
        pointerId,
        pointerType: 'touch',
        clientX: r.left + x,
        clientY: r.top + 40,
        bubbles: true,
        cancelable: true,
        composed: true,
      });
      vp.dispatchEvent(e);
      return e.defaultPrevented;
    };
    // The first touch loads the gesture code.
    pointer('pointerdown', 1, 500);
    pointer('pointerup', 1, 500);
    await zoomAttached(vp);
    await settle(el);
    const before = tickLabels(el).join();
    // One finger: nothing moves, nothing is prevented (the page scrolls).
    expect(pointer('pointerdown', 1, 500)).to.be.false;
    expect(pointer('pointermove', 1, 300)).to.be.false;
    pointer('pointerup', 1, 300);
    await settle(el);
    expect(tickLabels(el).join()).to.equal(before);
    // Two fingers moving apart: zoom in.
    pointer('pointerdown', 1, 480);
    pointer('pointerdown', 2, 520);
    pointer('pointermove', 1, 470);
    pointer('pointermove', 2, 530);
    pointer('pointermove', 1, 400);
    pointer('pointermove', 2, 600);
    pointer('pointerup', 1, 400);
    pointer('pointerup', 2, 600);
    await settle(el);
    expect(span(el)).to.be.below(35);
    expect(tickLabels(el).join()).to.not.equal(before);
  });

  it('zooms into a cluster badge when it is clicked', async () => {
    const el = await mount(html`<summit-timeline></summit-timeline>`, 800);
    const badge = root(el).querySelector<SVGGElement>('.cluster');
    expect(badge).to.exist;
    const wide = span(el);
    const shownBefore = options(el).length;
    badge!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settle(el);
    expect(span(el)).to.be.below(wide);
    // Zoomed in on the 2020s, more events have a label of their own.
    expect(options(el).length).to.be.at.least(shownBefore - 2);
    expect(options(el).some((o) => o.id.startsWith('o-fm-'))).to.be.true;
  });

  it('writes a badge’s tooltip, its count and dates, when the pointer comes to it', async () => {
    const el = await mount(html`<summit-timeline></summit-timeline>`, 800);
    const badge = root(el).querySelector<SVGGElement>('.cluster');
    expect(badge).to.exist;
    // None is written before: formatting every badge's dates would cost the first render.
    expect(root(el).querySelectorAll('.cluster title').length).to.equal(0);
    const r = badge!.getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)],
    });
    // (Written by the interaction module, which the pointer's arrival loads.)
    await waitUntil(() => badge!.querySelector('title'), 'no tooltip');
    const count = badge!.querySelector('text')!.textContent!.trim();
    const tip = badge!.querySelector('title')?.textContent ?? '';
    expect(tip).to.match(new RegExp(`^${count} events, .*\\b(19|20)\\d\\d\\b`));
    expect(root(el).querySelectorAll('.cluster title').length).to.equal(1);
    await resetMouse();
  });

  it('keeps the listbox first in its own stacking (options clickable over the chart)', async () => {
    const el = await mount(html`<summit-timeline></summit-timeline>`, 1000);
    const o = option(el, 'summit-2025')!;
    const r = o.getBoundingClientRect();
    const hit = root(el).elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    expect(o.contains(hit)).to.be.true;
    expect(listbox(el).getAttribute('aria-label')).to.equal('Events');
  });
});
