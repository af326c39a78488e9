// Four languages: each element resolves its own, renders its strings and dates, and switches at run time.
import { expect, html, waitUntil } from '@open-wc/testing';
import { catalogs } from '../src/catalogs.js';
import { detailsCatalogs } from '../src/details-messages.js';
import { loadErrorCatalogs } from '../src/load-messages.js';
import { formatEventDate } from '../src/format.js';
import type { TimelineEvent } from '../src/data/types.js';
import { listbox, mount, option, root, settle, type SummitTimeline } from './helpers.js';

const LANGS = ['en', 'zh', 'ru', 'fr'] as const;

const toolNames = (el: SummitTimeline) =>
  [...root(el).querySelectorAll('.tool')].map((b) => b.getAttribute('aria-label'));

const title = (el: SummitTimeline) => root(el).querySelector('h2')!.textContent!.trim();

const ev = (start: string, end?: string): TimelineEvent => ({
  id: 'x',
  start,
  ...(end ? { end } : {}),
  kind: 'summit',
  status: 'held',
  title: 'X',
});

describe('<summit-timeline>: languages', () => {
  for (const [name, set] of [
    ['the element', catalogs],
    ['the details panel', detailsCatalogs],
    ['a failed load', loadErrorCatalogs],
  ] as const) {
    it(`has every string of ${name} in every catalog`, () => {
      const keys = (o: object): string[] =>
        Object.entries(o).flatMap(([k, v]) =>
          typeof v === 'object' ? keys(v).map((s) => `${k}.${s}`) : [k],
        );
      const en = keys(set.en).sort();
      for (const lang of LANGS) {
        expect(keys(set[lang]).sort(), lang).to.deep.equal(en);
        for (const k of en) {
          const value = k
            .split('.')
            .reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], set[lang]);
          expect(value, `${lang} ${k}`).to.be.a('string').and.not.equal('');
        }
      }
    });
  }

  for (const lang of LANGS) {
    it(`renders in ${lang}, and axe finds nothing`, async () => {
      const el = await mount(html`<summit-timeline lang=${lang}></summit-timeline>`, 1100);
      const m = catalogs[lang];
      expect(toolNames(el)).to.deep.equal([m.zoomIn, m.zoomOut, m.zoomReset]);
      expect(listbox(el).getAttribute('aria-label')).to.equal(m.events);
      expect(root(el).querySelector('.legend')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        `${m.status.held} ${m.status.announced} ${m.status.projected}`,
      );
      expect(root(el).querySelector('.today text')!.textContent).to.equal(m.today);
      const projected = option(el, 'summit-2029');
      if (projected) expect(projected.textContent).to.contain(m.status.projected);
      if (lang !== 'en') expect(title(el)).to.not.equal('China–Central Asia summits');
      await expect(el).to.be.accessible();
    });
  }

  it('formats each precision with Intl, in UTC, per language', () => {
    expect(formatEventDate(ev('2027'), 'en')).to.equal('2027');
    expect(formatEventDate(ev('2020-07'), 'en')).to.equal('July 2020');
    expect(formatEventDate(ev('2025-06-17'), 'en')).to.equal('June 17, 2025');
    expect(formatEventDate(ev('2020-07'), 'fr')).to.equal('juillet 2020');
    expect(formatEventDate(ev('2025-06-17'), 'fr')).to.equal('17 juin 2025');
    expect(formatEventDate(ev('2020-07'), 'ru')).to.match(/^июль 2020/i);
    expect(formatEventDate(ev('2025-06-17'), 'zh')).to.equal('2025年6月17日');
    expect(formatEventDate(ev('2027'), 'zh')).to.equal('2027年');
    expect(formatEventDate(ev('2025-06-17', '2025-06-18'), 'en')).to.match(
      /^June 17\s–\s18, 2025$/,
    );
    // A range's precision is the coarser of its ends.
    expect(formatEventDate(ev('2025-06', '2025-08-02'), 'en')).to.match(/^June\s–\sAugust 2025$/);
    // Calendar dates read the same in every time zone: the first of January stays in its year.
    expect(formatEventDate(ev('2024-01-01'), 'en')).to.equal('January 1, 2024');
    expect(formatEventDate(ev('2024'), 'en')).to.equal('2024');
  });

  it('resolves the language: own lang, ancestor, document; regions fall back; unknown is English', async () => {
    const ancestor = await mount(html`<div lang="ru-RU"><summit-timeline></summit-timeline></div>`);
    expect(toolNames(ancestor)[0]).to.equal(catalogs.ru.zoomIn);
    const region = await mount(html`<summit-timeline lang="zh-Hans-CN"></summit-timeline>`);
    expect(toolNames(region)[0]).to.equal(catalogs.zh.zoomIn);
    const canada = await mount(html`<summit-timeline lang="fr-CA"></summit-timeline>`);
    expect(toolNames(canada)[0]).to.equal(catalogs.fr.zoomIn);
    const unknown = await mount(html`<summit-timeline lang="tlh"></summit-timeline>`);
    expect(toolNames(unknown)[0]).to.equal(catalogs.en.zoomIn);
    const doc = document.documentElement;
    const before = doc.getAttribute('lang');
    doc.setAttribute('lang', 'fr');
    try {
      const fromDocument = await mount(html`<summit-timeline></summit-timeline>`);
      expect(toolNames(fromDocument)[0]).to.equal(catalogs.fr.zoomIn);
    } finally {
      if (before === null) doc.removeAttribute('lang');
      else doc.setAttribute('lang', before);
    }
  });

  it('switches language at run time, with the dataset’s translation', async () => {
    const el = await mount(html`<summit-timeline></summit-timeline>`, 1100);
    expect(title(el)).to.equal('China–Central Asia summits');
    el.lang = 'zh';
    await settle(el);
    expect(toolNames(el)[0]).to.equal(catalogs.zh.zoomIn);
    expect(title(el)).to.match(/[\u4e00-\u9fff]/);
    expect(option(el, 'summit-2025')!.getAttribute('aria-label')).to.contain('2025年6月17日');
    el.lang = 'en';
    await settle(el);
    expect(title(el)).to.equal('China–Central Asia summits');
  });

  it('names the projected summits in the element’s language, built-in and custom data alike', async () => {
    const name = (el: SummitTimeline, id: string) =>
      waitUntil(() => option(el, id)?.getAttribute('aria-label'), `${id} shown`).then(() =>
        option(el, id)!.getAttribute('aria-label')!,
      );
    // Built in: 2029 falls to Kyrgyzstan; the Chinese text loads with the language.
    const builtin = await mount(html`<summit-timeline lang="zh"></summit-timeline>`, 1100);
    await waitUntil(async () => (await name(builtin, 'summit-2029')).includes('吉尔吉斯斯坦'));
    // Custom data that declares the rotation, whose language changes at run time.
    const el = await mount(html`<summit-timeline></summit-timeline>`, 1100);
    el.data = {
      version: 1,
      rotation: 'china-central-asia',
      events: [
        {
          id: 's',
          start: '2023-05-18',
          kind: 'summit',
          status: 'held',
          title: 'S',
          place: { countryCode: 'CN' },
        },
      ],
    };
    await settle(el);
    expect(await name(el, 'summit-2025')).to.contain('Summit in Kazakhstan');
    el.lang = 'ru';
    await settle(el);
    await waitUntil(async () => (await name(el, 'summit-2025')).includes('Саммит в Казахстане'));
    el.lang = 'fr';
    await settle(el);
    await waitUntil(async () => (await name(el, 'summit-2025')).includes('Sommet au Kazakhstan'));
  });

  it('shows each element in its own language on a bilingual page', async () => {
    const wrapper = await mount(
      html`<div>
        <summit-timeline lang="fr"></summit-timeline>
        <summit-timeline lang="ru"></summit-timeline>
      </div>`,
    );
    const [fr, ru] = [...wrapper.parentElement!.querySelectorAll('summit-timeline')];
    await settle(ru!);
    expect(toolNames(fr!)[0]).to.equal(catalogs.fr.zoomIn);
    expect(toolNames(ru!)[0]).to.equal(catalogs.ru.zoomIn);
  });
});
