import { expect, fixture, html } from '@open-wc/testing';
import '@tianshan/summit-timeline';
import type { SummitTimeline } from '@tianshan/summit-timeline';

describe('<summit-timeline>', () => {
  it('lists the events of its data in order', async () => {
    const el = await fixture<SummitTimeline>(html`<summit-timeline></summit-timeline>`);
    el.data = {
      version: 1,
      title: 'Summits',
      events: [
        { id: 'summit-2023', start: '2023-05-19', title: 'Xi’an summit' },
        { id: 'summit-2025', start: '2025-06-17', title: 'Astana summit' },
      ],
    };
    await el.updateComplete;
    const items = [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent!.trim());
    expect(items).to.deep.equal(['2023-05-19 Xi’an summit', '2025-06-17 Astana summit']);
    await expect(el).to.be.accessible();
  });
});
