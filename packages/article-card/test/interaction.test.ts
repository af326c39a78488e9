import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import { card, clearHash, navigatedTo, part, root, settle } from './helpers.js';
import { SEED } from './fixtures/seed.js';

// Links point to `#…` targets on the test page: following one changes location.hash and nothing
// else, so the tests see where a click or a key went without leaving the page.
const seedCard = (href: string) =>
  card(
    html`<div>
      <button id="before">before</button>
      <article-card
        kicker=${SEED.kicker}
        headline=${SEED.headline}
        dek=${SEED.dek}
        byline=${SEED.byline}
        href=${href}
      ></article-card>
      <button id="after">after</button>
    </div>`,
  );

describe('<article-card> interaction', () => {
  afterEach(() => {
    clearHash();
    getSelection()?.removeAllRanges();
  });

  it('follows the link on a click anywhere on the card', async () => {
    const el = await seedCard('#card-dek');
    part(el, 'dek')!.click();
    await navigatedTo('#card-dek');
    clearHash();
    part(el, 'kicker')!.click();
    await navigatedTo('#card-dek');
  });

  it('lets a click on the link itself navigate once, as a plain link', async () => {
    const el = await seedCard('#card-link');
    let clicks = 0;
    part(el, 'link')!.addEventListener('click', () => clicks++);
    part(el, 'link')!.click();
    await navigatedTo('#card-link');
    await settle();
    expect(clicks).to.equal(1);
  });

  it('does not navigate when the click ends a text selection', async () => {
    const el = await seedCard('#card-select');
    const dek = part(el, 'dek')!;
    const at = (type: string, x: number) =>
      dek.dispatchEvent(
        new MouseEvent(type, { bubbles: true, composed: true, clientX: x, clientY: 10 }),
      );
    // A drag across the text (what selecting with a mouse does), ending in a click.
    at('mousedown', 10);
    at('click', 120);
    await settle();
    expect(location.hash).to.equal('');
    // Text selected (where the engine lets a script select text in a shadow tree).
    const range = document.createRange();
    range.selectNodeContents(dek);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    if (String(getSelection())) {
      at('click', 10);
      await settle();
      expect(location.hash).to.equal('');
      getSelection()!.removeAllRanges();
    }
    // A plain click still follows the link.
    at('mousedown', 10);
    at('click', 11);
    await navigatedTo('#card-select');
  });

  it('leaves middle clicks and modifier clicks to the browser', async () => {
    const el = await seedCard('#card-modifier');
    const dek = part(el, 'dek')!;
    const click = (init: MouseEventInit) =>
      dek.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, ...init }));
    click({ button: 1 });
    for (const key of ['ctrlKey', 'metaKey', 'shiftKey', 'altKey']) click({ [key]: true });
    await settle();
    expect(location.hash).to.equal('');
    click({});
    await navigatedTo('#card-modifier');
  });

  it('respects a click a page listener has cancelled', async () => {
    const el = await seedCard('#card-cancelled');
    part(el, 'body')!.addEventListener('click', (e) => e.preventDefault());
    part(el, 'dek')!.click();
    await settle();
    expect(location.hash).to.equal('');
  });

  it('has one tab stop, the link; Enter follows it', async () => {
    const el = await seedCard('#card-keyboard');
    el.parentElement!.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(el);
    expect(root(el).activeElement).to.equal(part(el, 'link'));
    expect(getComputedStyle(part(el, 'link')!).outlineStyle).to.equal('solid');
    await sendKeys({ press: 'Enter' });
    await navigatedTo('#card-keyboard');
    part(el, 'link')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement!.id).to.equal('after');
  });
});
