// The details panel: a labelled region with a heading and the event's facts.
import { expect, html } from '@open-wc/testing';
import { builtinDataset } from '../src/data/builtin.js';
import { isSafeUrl } from '../src/urls.js';
import { mount, root, settle, type SummitTimeline } from './helpers.js';

const panel = (el: SummitTimeline) => root(el).querySelector<HTMLElement>('[part="details"]');

const facts = (el: SummitTimeline) =>
  Object.fromEntries(
    [...panel(el)!.querySelectorAll('.facts > div')].map((d) => [
      d.querySelector('dt')!.textContent!.trim(),
      d.querySelector('dd')!.textContent!.replace(/\s+/g, ' ').trim(),
    ]),
  );

const section = (el: SummitTimeline, heading: string) =>
  [...panel(el)!.querySelectorAll('h4')].find((h) => h.textContent!.trim() === heading)
    ?.parentElement;

describe('<summit-timeline>: details panel', () => {
  it('shows everything about the Astana summit, with the seed article as a card', async () => {
    const el = await mount(html`<summit-timeline selected="summit-2025"></summit-timeline>`, 1000);
    const p = panel(el)!;
    expect(p.tagName).to.equal('SECTION');
    const heading = p.querySelector('#details-title')!;
    expect(p.getAttribute('aria-labelledby')).to.equal('details-title');
    expect(heading.tagName).to.equal('H3');
    expect(heading.textContent!.trim()).to.equal('Second China–Central Asia Summit');
    expect(facts(el)).to.deep.equal({
      Dates: 'June 17, 2025',
      Place: 'Astana, Kazakhstan',
      Status: 'held · summit',
    });
    const source = builtinDataset.events.find((e) => e.id === 'summit-2025')!;
    expect(p.querySelector('.summary')!.textContent!.trim()).to.equal(source.summary);
    const outcomes = [...section(el, 'Outcomes')!.querySelectorAll('li')].map((li) =>
      li.textContent!.trim(),
    );
    expect(outcomes).to.deep.equal(source.outcomes);
    const leaders = [...section(el, 'Leaders')!.querySelectorAll('li')].map((li) =>
      li.textContent!.trim(),
    );
    expect(leaders.some((l) => l.includes('Xi Jinping'))).to.be.true;
    const links = [...section(el, 'Sources')!.querySelectorAll('a')];
    expect(links.length).to.equal(source.sources!.length);
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(
      source.sources!.map((s) => s.url),
    );
    const card = section(el, 'Related articles')!.querySelector('article-card') as HTMLElement & {
      article?: unknown;
    };
    expect(card).to.exist;
    expect(customElements.get('article-card')).to.exist;
    expect(card.article).to.equal(source.articles![0]);
  });

  it('gives a year-precision event its year, and says what is uncertain', async () => {
    const el = await mount(html`<summit-timeline selected="summit-2029"></summit-timeline>`, 1000);
    expect(facts(el)).to.deep.include({ Dates: '2029', Place: 'Kyrgyzstan' });
    expect(facts(el).Status).to.match(/^projected/);
    expect(section(el, 'Uncertain')!.textContent).to.match(/rotation rule/i);
    el.selected = 'ties-1992';
    await settle(el);
    expect(facts(el).Dates).to.match(/^January 2\s–\s6, 1992$/);
  });

  it('links only http(s) and relative URLs', () => {
    const base = 'https://news.example/story/';
    expect(isSafeUrl('https://example.org/x', base)).to.be.true;
    expect(isSafeUrl('http://example.org/x', base)).to.be.true;
    expect(isSafeUrl('/news/item.html', base)).to.be.true;
    expect(isSafeUrl('item.html', base)).to.be.true;
    expect(isSafeUrl('javascript:alert(1)', base)).to.be.false;
    expect(isSafeUrl(' JavaScript:alert(1)', base)).to.be.false;
    expect(isSafeUrl('data:text/html,hi', base)).to.be.false;
    expect(isSafeUrl('mailto:a@b.c', base)).to.be.false;
    expect(isSafeUrl('', base)).to.be.false;
    expect(isSafeUrl(42, base)).to.be.false;
  });

  it('formats dates in the element’s language', async () => {
    const el = await mount(
      html`<summit-timeline lang="fr" selected="summit-2023"></summit-timeline>`,
      1000,
    );
    expect(facts(el)['Dates']).to.match(/^18\s?–\s?19 mai 2023$/);

    el.lang = 'zh';
    await settle(el);

    // Chromium's ICU gives "2023/5/18 – 2023/5/19" for this range; other engines "2023年5月18日至19日".
    expect(facts(el)['日期']).to.match(/^2023.*(5|五).*18.*19/);
    expect(facts(el)['地点']).to.equal('中国西安');
    el.selected = 'summit-2025';
    await settle(el);
    expect(facts(el)['日期']).to.equal('2025年6月17日');
    el.lang = 'ru';
    await settle(el);

    expect(facts(el)['Даты']).to.equal('17 июня 2025 г.');
    expect(facts(el)['Место']).to.equal('Астана, Казахстан');
  });
});
