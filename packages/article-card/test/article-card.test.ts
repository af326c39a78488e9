import { expect, fixture, html } from '@open-wc/testing';
import '@tianshan/article-card';
import type { ArticleCard } from '@tianshan/article-card';

describe('<article-card>', () => {
  it('renders the headline as its one link', async () => {
    const el = await fixture<ArticleCard>(
      html`<article-card headline="C. Asia ties to get new boost" href="https://www.chinadaily.com.cn/"></article-card>`,
    );
    const links = el.shadowRoot!.querySelectorAll('a');
    expect(links.length).to.equal(1);
    expect(links[0]!.textContent).to.equal('C. Asia ties to get new boost');
    expect(links[0]!.getAttribute('href')).to.equal('https://www.chinadaily.com.cn/');
    await expect(el).to.be.accessible();
  });

  it('shows its light-DOM fallback without a headline and link', async () => {
    const el = await fixture<ArticleCard>(
      html`<article-card><a href="/story">Plain link</a></article-card>`,
    );
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('Plain link');
  });
});
