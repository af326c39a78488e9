import { expect } from '@open-wc/testing';
import { builtinDataset } from '../../src/data/builtin.js';
import { parseCalendarDate } from '../../src/data/dates.js';
import { parseTimeline } from '../../src/data/parse.js';
import { XIAN_DECLARATION_SOURCE } from '../../src/data/project.js';
import { localize } from '../../src/data/text.js';
import type { TimelineEvent } from '../../src/data/types.js';

const byId = (id: string): TimelineEvent => {
  const e = builtinDataset.events.find((x) => x.id === id);
  if (!e) throw new Error(`no event ${id}`);
  return e;
};

describe('the built-in dataset', () => {
  it('is valid in the format, unchanged by validation', () => {
    expect(parseTimeline(builtinDataset)).to.deep.equal(builtinDataset);
    expect(parseTimeline(JSON.stringify(builtinDataset))).to.deep.equal(builtinDataset);
  });

  it('declares its title, asOf date and rotation', () => {
    expect(localize(builtinDataset.title, 'en')).to.equal('China–Central Asia summits');
    expect(parseCalendarDate(builtinDataset.asOf!)?.precision).to.equal('day');
    expect(builtinDataset.rotation).to.equal('china-central-asia');
  });

  it('has every event of the facts file, under the suggested ids, in time order', () => {
    expect(builtinDataset.events.map((e) => e.id)).to.deep.equal([
      'ties-1992',
      'fm-1',
      'fm-2',
      'summit-2022-virtual',
      'fm-3',
      'fm-4',
      'summit-2023',
      'secretariat',
      'fm-5',
      'fm-6',
      'summit-2025',
      'summit-2027',
    ]);
  });

  it('gives each event its true date, precision, kind and status', () => {
    const facts: [string, string, string | undefined, string, string][] = [
      ['ties-1992', '1992-01-02', '1992-01-06', 'milestone', 'held'],
      ['fm-1', '2020-07-16', undefined, 'ministerial', 'held'],
      ['fm-2', '2021-05-12', undefined, 'ministerial', 'held'],
      ['summit-2022-virtual', '2022-01-25', undefined, 'virtual-summit', 'held'],
      ['fm-3', '2022-06-08', undefined, 'ministerial', 'held'],
      ['fm-4', '2023-04-27', undefined, 'ministerial', 'held'],
      ['summit-2023', '2023-05-18', '2023-05-19', 'summit', 'held'],
      ['secretariat', '2024-03-30', undefined, 'milestone', 'held'],
      ['fm-5', '2024-12-01', undefined, 'ministerial', 'held'],
      ['fm-6', '2025-04-26', undefined, 'ministerial', 'held'],
      ['summit-2025', '2025-06-17', undefined, 'summit', 'held'],
      ['summit-2027', '2027', undefined, 'summit', 'announced'],
    ];
    for (const [id, start, end, kind, status] of facts) {
      const e = byId(id);
      expect([e.start, e.end, e.kind, e.status], id).to.deep.equal([start, end, kind, status]);
    }
  });

  it('announces the 2027 summit for China, with year precision and no city', () => {
    const e = byId('summit-2027');
    expect(e.status).to.equal('announced');
    expect(parseCalendarDate(e.start)?.precision).to.equal('year');
    expect(e.place?.countryCode).to.equal('CN');
    expect(e.place?.city).to.equal(undefined);
    expect(localize(e.note, 'en')).to.match(/not found/);
  });

  it('places events, with coordinates for the summits and online events marked online', () => {
    expect(byId('summit-2023').place).to.include({ countryCode: 'CN', lat: 34.27, lon: 108.9 });
    expect(byId('summit-2025').place).to.include({ countryCode: 'KZ', lat: 51.17, lon: 71.45 });
    expect(localize(byId('summit-2025').place!.city, 'en')).to.equal('Astana');
    expect(byId('fm-1').place?.online).to.equal(true);
    expect(byId('summit-2022-virtual').place?.online).to.equal(true);
    for (const e of builtinDataset.events) {
      if (e.place?.city) expect(e.place.lat, e.id).to.be.a('number');
    }
  });

  it('gives every event at least one source, with an http(s) link', () => {
    for (const e of builtinDataset.events) {
      expect(e.sources, e.id).to.be.an('array').that.is.not.empty;
      for (const s of e.sources!) expect(s.url, e.id).to.match(/^https?:\/\//);
    }
  });

  it('says where a link goes to the publisher rather than to the source itself', () => {
    const home = /^https?:\/\/[^/]+\/(mfa_eng\/)?$/;
    for (const e of builtinDataset.events) {
      for (const s of e.sources!) {
        if (home.test(s.url))
          expect(s.title, `${e.id}: ${s.url}`).to.include('no direct link found');
      }
    }
  });

  it('notes what the facts file marks as inferred or uncertain', () => {
    expect(localize(byId('ties-1992').note, 'en')).to.match(/inferred/);
    expect(localize(byId('summit-2025').note, 'en')).to.match(/treaty/);
    expect(localize(byId('summit-2027').note, 'en')).to.match(/CCTV/);
  });

  it("cites the Xi'an Declaration for the rotation rule, as the projections do", () => {
    expect(byId('summit-2023').sources).to.deep.include(XIAN_DECLARATION_SOURCE);
  });

  it('lists the outcomes and the six leaders of both summits', () => {
    for (const id of ['summit-2023', 'summit-2025']) {
      const e = byId(id);
      expect(e.leaders, id).to.have.length(6);
      expect(e.outcomes!.length, id).to.be.at.least(4);
    }
    expect(byId('summit-2023').outcomes!.map((o) => localize(o, 'en'))).to.include(
      "Xi'an Declaration of the China–Central Asia Summit",
    );
    expect(byId('summit-2025').outcomes!.map((o) => localize(o, 'en'))).to.include.members([
      'Astana Declaration',
      'Treaty of Permanent Good-Neighbourliness, Friendship and Cooperation',
    ]);
    expect(byId('summit-2022-virtual').leaders!.map((l) => localize(l, 'en'))).to.include(
      'Gurbanguly Berdimuhamedov (Turkmenistan)',
    );
  });

  it('attaches the seed article to the Astana summit, linking the publisher and saying so', () => {
    const [article] = byId('summit-2025').articles!;
    expect(article).to.deep.include({
      '@type': 'NewsArticle',
      headline: 'C. Asia ties to get new boost',
      description: 'Astana summit set to further strengthen mutual trust, build greater consensus',
      dateModified: '2025-06-13T23:22:00Z',
      url: 'https://www.chinadaily.com.cn/',
    });
    expect(article!.author).to.deep.include({ name: 'Zhou Jin' });
    expect(article!.publisher).to.deep.include({ name: 'China Daily' });
    expect(localize(byId('summit-2025').note, 'en')).to.match(/address is not known/);
    expect(builtinDataset.events.filter((e) => e.articles?.length)).to.have.length(1);
  });

  it('writes a summary for every event', () => {
    for (const e of builtinDataset.events)
      expect(localize(e.summary, 'en').length, e.id).to.be.above(40);
  });
});
