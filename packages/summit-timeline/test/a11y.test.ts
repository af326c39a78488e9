// axe finds nothing: horizontal and vertical, light and dark, with the details open, in error.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { listbox, mount, settle } from './helpers.js';

describe('<summit-timeline>: accessibility (axe)', () => {
  for (const [name, width] of [
    ['horizontal', 1000],
    ['vertical', 400],
  ] as const) {
    for (const theme of ['light', 'dark'] as const) {
      it(`${name}, ${theme}`, async () => {
        const el = await mount(html`<summit-timeline theme=${theme}></summit-timeline>`, width);
        await expect(el).to.be.accessible();
        // With an active option (aria-activedescendant) and the details panel open.
        listbox(el).focus();
        await sendKeys({ press: 'ArrowRight' });
        await sendKeys({ press: 'Enter' });
        await settle(el);
        expect(el.selected).to.not.equal(null);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('in the error and empty states', async () => {
    const el = await mount(
      html`<summit-timeline>
        <script type="application/json">
          { "version": 2 }
        </script>
      </summit-timeline>`,
    );
    await expect(el).to.be.accessible();
    el.data = { version: 1, events: [] };
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('with the sources open', async () => {
    const el = await mount(html`<summit-timeline></summit-timeline>`, 1000);
    el.shadowRoot!.querySelector<HTMLElement>('.sources summary')!.click();
    await settle(el);
    await expect(el).to.be.accessible();
  });
});
