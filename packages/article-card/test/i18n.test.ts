import { expect, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { ArticleCard } from '../src/index.js';
import { card, deferred, part, stubFetch } from './helpers.js';
import { SEED } from './fixtures/seed.js';

const seed = (lang: string) =>
  card(
    html`<article-card
      lang=${lang}
      headline=${SEED.headline}
      href=${SEED.href}
      byline=${SEED.byline}
      updated=${SEED.updated}
      time-zone="Asia/Shanghai"
    ></article-card>`,
  );

/** What the meta line reads, whitespace collapsed. */
const meta = (el: ArticleCard) => part(el, 'meta')!.textContent!.replace(/\s+/g, ' ').trim();

const EXPECTED: Record<string, { date: string; meta: string; loading: string }> = {
  en: {
    date: 'June 14, 2025',
    meta: 'Updated June 14, 2025By Zhou Jin',
    loading: 'Loading article',
  },
  zh: { date: '2025年6月14日', meta: '更新于2025年6月14日作者：Zhou Jin', loading: '正在加载' },
  ru: {
    date: '14 июня 2025 г.',
    meta: 'Обновлено 14 июня 2025 г.Автор: Zhou Jin',
    loading: 'Загрузка статьи',
  },
  fr: {
    date: '14 juin 2025',
    meta: 'Mis à jour le 14 juin 2025Par Zhou Jin',
    loading: 'Chargement de l’article',
  },
};

describe('<article-card> languages', () => {
  for (const [lang, want] of Object.entries(EXPECTED)) {
    it(`speaks ${lang}: labels and dates, accessibly`, async () => {
      const el = await seed(lang);
      expect(part(el, 'date')!.textContent).to.equal(want.date);
      expect(meta(el)).to.equal(want.meta);
      await expect(el).to.be.accessible();
    });

    it(`labels the loading skeleton in ${lang}`, async () => {
      let called = false;
      const restore = stubFetch(() => ((called = true), deferred<Response>().promise));
      try {
        const el = await card(html`<article-card lang=${lang} src="/never.json"></article-card>`);
        expect(part(el, 'card')!.getAttribute('aria-label')).to.equal(want.loading);
        await waitUntil(() => called);
      } finally {
        restore();
      }
    });
  }

  it('falls back from region and script subtags, and to English for unknown languages', async () => {
    for (const [lang, base] of [
      ['zh-CN', 'zh'],
      ['zh-Hans', 'zh'],
      ['zh-Hans-CN', 'zh'],
      ['fr-CA', 'fr'],
      ['ru-KZ', 'ru'],
      ['en-GB', 'en'],
      ['de', 'en'],
      ['kk', 'en'],
      ['not a tag!', 'en'],
    ]) {
      const el = await seed(lang!);
      expect(part(el, 'date')!.textContent, lang).to.equal(EXPECTED[base!]!.date);
    }
  });

  it('takes the nearest ancestor lang, across shadow roots, else the document, else English', async () => {
    const host = await card(
      html`<section lang="ru">
        <div><article-card headline="h" href="#x" updated="2025-06-14"></article-card></div>
      </section>`,
    );
    expect(part(host, 'date')!.textContent).to.equal('14 июня 2025 г.');

    // Inside another component's shadow root (as in the timeline's details panel).
    const outer = document.createElement('div');
    outer.lang = 'fr';
    const shadow = outer.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<article-card headline="h" href="#x" updated="2025-06-14"></article-card>';
    document.body.append(outer);
    const inner = shadow.querySelector('article-card')!;
    await inner.updateComplete;
    expect(part(inner, 'date')!.textContent).to.equal('14 juin 2025');
    outer.remove();

    const original = document.documentElement.lang;
    try {
      document.documentElement.lang = 'zh-CN';
      const el = await card(
        html`<article-card headline="h" href="#x" updated="2025-06-14"></article-card>`,
      );
      expect(part(el, 'date')!.textContent).to.equal('2025年6月14日');
      document.documentElement.removeAttribute('lang');
      await waitUntil(() => part(el, 'date')!.textContent === 'June 14, 2025');
    } finally {
      document.documentElement.lang = original;
    }
  });

  it('re-renders when its lang or an ancestor lang changes at run time', async () => {
    const host = await card(
      html`<div lang="en">
        <article-card headline="h" href="#x" byline="Zhou Jin" updated="2025-06-14"></article-card>
      </div>`,
    );
    host.lang = 'fr';
    await waitUntil(() => meta(host) === 'Mis à jour le 14 juin 2025Par Zhou Jin');
    host.parentElement!.lang = 'zh';
    host.removeAttribute('lang');
    await waitUntil(() => meta(host) === '更新于2025年6月14日作者：Zhou Jin');
    host.parentElement!.setAttribute('lang', 'ru-RU');
    await waitUntil(() => meta(host) === 'Обновлено 14 июня 2025 г.Автор: Zhou Jin');
  });

  it('keeps a Chinese, a Russian and a French headline inside its clamp', async () => {
    const headlines = [
      '习近平出席第二届中国—中亚峰会并发表主旨讲话，双方签署永久睦邻友好合作条约，宣布2025—2026年为中国中亚合作高质量发展年',
      'Второй саммит «Центральная Азия — Китай» в Астане: подписан договор о вечном добрососедстве, дружбе и сотрудничестве между странами',
      'Deuxième sommet Chine–Asie centrale à Astana : un traité de bon voisinage, d’amitié et de coopération permanents est signé par les six pays',
    ];
    for (const headline of headlines) {
      const el = await card(html`<article-card headline=${headline} href="#x"></article-card>`);
      el.style.width = '240px';
      const link = part(el, 'link')!;
      const lh = parseFloat(getComputedStyle(link).lineHeight);
      expect(link.getBoundingClientRect().height, headline).to.be.at.most(3 * lh + 2);
      expect(part(el, 'headline')!.scrollWidth).to.be.at.most(
        part(el, 'headline')!.clientWidth + 1,
      );
    }
  });
});
