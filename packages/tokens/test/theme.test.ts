import { expect, fixture, html } from '@open-wc/testing';
import { tokens } from '@tianshan/tokens';

// tokens.css as a publisher would link it.
const link = document.createElement('link');
link.rel = 'stylesheet';
link.href = new URL('../dist/tokens.css', import.meta.url).href;
const loaded = new Promise((r) => link.addEventListener('load', r, { once: true }));
document.head.append(link);

const rgb = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
};

describe('tokens.css in a real browser', () => {
  before(() => loaded);

  it('follows the color-scheme a subtree inherits and [data-theme] overrides', async () => {
    const el = await fixture<HTMLElement>(html`
      <div style="color-scheme: light">
        <p id="auto" style="color: var(--tian-color-text)">a</p>
        <div data-theme="dark"><p id="dark" style="color: var(--tian-color-text)">b</p></div>
        <div style="color-scheme: dark">
          <div data-theme="light"><p id="light" style="color: var(--tian-color-text)">c</p></div>
        </div>
      </div>
    `);
    const color = (id: string) => getComputedStyle(el.querySelector(`#${id}`)!).color;
    expect(color('auto')).to.equal(rgb(tokens.colorText.light!));
    expect(color('dark')).to.equal(rgb(tokens.colorText.dark!));
    expect(color('light')).to.equal(rgb(tokens.colorText.light!));
  });

  it('defines every token as a --tian-* custom property on :root', () => {
    const style = getComputedStyle(document.documentElement);
    for (const t of Object.values(tokens)) {
      expect(style.getPropertyValue(t.cssVar).trim(), t.cssVar).to.not.equal('');
    }
  });
});
