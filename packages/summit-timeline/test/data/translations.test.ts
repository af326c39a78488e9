import { expect } from '@open-wc/testing';
import { builtinDataset, loadDatasetLanguage } from '../../src/data/builtin.js';
import fr from '../../src/data/generated/china-central-asia.fr.js';
import ru from '../../src/data/generated/china-central-asia.ru.js';
import zh from '../../src/data/generated/china-central-asia.zh.js';
import { parseTimeline } from '../../src/data/parse.js';
import { localize } from '../../src/data/text.js';
import { mergeTranslation } from '../../src/data/translate.js';
import type { DatasetTranslation, Lang, Text } from '../../src/data/types.js';

const translations: [Exclude<Lang, 'en'>, DatasetTranslation, RegExp][] = [
  ['zh', zh, /\p{Script=Han}/u],
  ['ru', ru, /\p{Script=Cyrillic}/u],
  ['fr', fr, /[a-zà-ÿ]/i],
];

describe('the dataset translations', () => {
  for (const [lang, translation, script] of translations) {
    describe(lang, () => {
      it("is keyed by the dataset's event ids, and covers each of them", () => {
        expect(translation.lang).to.equal(lang);
        expect(Object.keys(translation.events).sort()).to.deep.equal(
          builtinDataset.events.map((e) => e.id).sort(),
        );
      });

      it('translates every title, summary, note, outcome, leader and place', async () => {
        const data = await loadDatasetLanguage(lang);
        const check = (text: Text | undefined, where: string) => {
          if (text === undefined) return;
          const value = localize(text, lang);
          expect(typeof text === 'object' && text[lang], where).to.be.a('string');
          expect(value, where).to.match(script);
        };
        check(data.title, 'title');
        for (const e of data.events) {
          check(e.title, `${e.id}.title`);
          check(e.summary, `${e.id}.summary`);
          check(e.note, `${e.id}.note`);
          e.outcomes?.forEach((o, i) => check(o, `${e.id}.outcomes[${i}]`));
          e.leaders?.forEach((l, i) => check(l, `${e.id}.leaders[${i}]`));
          check(e.place?.city, `${e.id}.place.city`);
          check(e.place?.country, `${e.id}.place.country`);
        }
      });

      it('lists as many outcomes and leaders as the English', () => {
        for (const e of builtinDataset.events) {
          const t = translation.events[e.id]!;
          expect(t.outcomes?.length, `${e.id}.outcomes`).to.equal(e.outcomes?.length);
          expect(t.leaders?.length, `${e.id}.leaders`).to.equal(e.leaders?.length);
        }
      });

      it('keeps the English, and everything that is not text, as it was', async () => {
        const data = await loadDatasetLanguage(lang);
        expect(parseTimeline(data)).to.deep.equal(data);
        data.events.forEach((e, i) => {
          const en = builtinDataset.events[i]!;
          expect(e.id).to.equal(en.id);
          expect(localize(e.title, 'en')).to.equal(localize(en.title, 'en'));
          expect(localize(e.summary, 'en')).to.equal(localize(en.summary, 'en'));
          expect([e.start, e.end, e.kind, e.status, e.sources, e.articles]).to.deep.equal([
            en.start,
            en.end,
            en.kind,
            en.status,
            en.sources,
            en.articles,
          ]);
          expect(e.place?.countryCode).to.equal(en.place?.countryCode);
        });
      });
    });
  }

  it('uses the official names of documents and places', async () => {
    const get = async (lang: Lang, id: string) =>
      (await loadDatasetLanguage(lang)).events.find((e) => e.id === id)!;
    const s23zh = await get('zh', 'summit-2023');
    expect(localize(s23zh.outcomes![0], 'zh')).to.include('西安宣言');
    expect(localize(s23zh.place!.city, 'zh')).to.equal('西安');
    const s25zh = await get('zh', 'summit-2025');
    expect(localize(s25zh.outcomes![0], 'zh')).to.include('阿斯塔纳宣言');
    expect(localize(s25zh.outcomes![1], 'zh')).to.include('永久睦邻友好合作条约');
    expect(localize(s25zh.place!.city, 'zh')).to.equal('阿斯塔纳');
    const s25ru = await get('ru', 'summit-2025');
    expect(localize(s25ru.outcomes![0], 'ru')).to.equal('Астанинская декларация');
    expect(localize(s25ru.outcomes![1], 'ru')).to.equal(
      'Договор о вечном добрососедстве, дружбе и сотрудничестве',
    );
    expect(localize((await get('ru', 'summit-2023')).outcomes![0], 'ru')).to.include(
      'Сианьская декларация',
    );
    expect(localize((await get('fr', 'summit-2023')).outcomes![0], 'fr')).to.include(
      "Déclaration de Xi'an",
    );
    expect(localize((await get('fr', 'summit-2025')).outcomes![0], 'fr')).to.equal(
      "Déclaration d'Astana",
    );
    expect(localize((await get('ru', 'fm-6')).place!.city, 'ru')).to.equal('Алматы');
  });

  it('loads English at once, caches each language, and treats an unknown one as English', async () => {
    expect(await loadDatasetLanguage('en')).to.equal(builtinDataset);
    expect(await loadDatasetLanguage('zh')).to.equal(await loadDatasetLanguage('zh'));
    expect(await loadDatasetLanguage('de' as Lang)).to.equal(builtinDataset);
    expect(await loadDatasetLanguage('constructor' as Lang)).to.equal(builtinDataset);
  });

  it('does not change the English dataset when merging', async () => {
    const before = structuredClone(builtinDataset);
    await loadDatasetLanguage('ru');
    mergeTranslation(builtinDataset, fr);
    expect(builtinDataset).to.deep.equal(before);
  });

  it('merges a partial translation, leaving the rest in English', () => {
    const data = mergeTranslation(builtinDataset, {
      lang: 'fr',
      events: { 'fm-1': { title: 'Réunion', outcomes: ['Déclaration'] }, nope: { title: 'x' } },
    });
    const fm1 = data.events.find((e) => e.id === 'fm-1')!;
    expect(localize(fm1.title, 'fr')).to.equal('Réunion');
    expect(localize(fm1.outcomes![0], 'fr')).to.equal('Déclaration');
    expect(localize(fm1.outcomes![1], 'fr')).to.equal(localize(fm1.outcomes![1], 'en'));
    expect(localize(data.title, 'fr')).to.equal('China–Central Asia summits');
    expect(data.events).to.have.length(builtinDataset.events.length);
  });
});
