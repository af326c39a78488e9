import { expect } from '@open-wc/testing';
import { builtinDataset } from '../../src/data/builtin.js';
import { parseTimeline } from '../../src/data/parse.js';
import { projectSummits, XIAN_DECLARATION_SOURCE } from '../../src/data/project.js';
import { localize } from '../../src/data/text.js';
import type { EventStatus, TimelineEvent } from '../../src/data/types.js';
import { LANGS } from '../../src/data/types.js';

const summit = (
  year: number,
  countryCode: string,
  status: EventStatus = 'held',
): TimelineEvent => ({
  id: `s-${year}`,
  start: `${year}-06-01`,
  kind: 'summit',
  status,
  title: `Summit ${year}`,
  place: { countryCode },
});

/** "2029 KG" for each projected event. */
const projected = (events: TimelineEvent[]) =>
  events.filter((e) => e.status === 'projected').map((e) => `${e.start} ${e.place?.countryCode}`);

describe('projectSummits', () => {
  it('continues the built-in series: 2029 KG, 2031 CN, 2033 TJ, 2035 CN, 2037 TM, 2039 CN, 2041 UZ', () => {
    const out = projectSummits(builtinDataset.events, { count: 7 });
    expect(projected(out)).to.deep.equal([
      '2029 KG',
      '2031 CN',
      '2033 TJ',
      '2035 CN',
      '2037 TM',
      '2039 CN',
      '2041 UZ',
    ]);
    expect(out.slice(0, builtinDataset.events.length)).to.deep.equal(builtinDataset.events);
  });

  it('projects one summit by default, and none for count 0', () => {
    expect(projected(projectSummits(builtinDataset.events))).to.deep.equal(['2029 KG']);
    expect(projectSummits(builtinDataset.events, { count: 0 })).to.deep.equal(
      builtinDataset.events,
    );
    expect(projected(projectSummits(builtinDataset.events, { count: 3 }))).to.deep.equal([
      '2029 KG',
      '2031 CN',
      '2033 TJ',
    ]);
  });

  it('gives a projected summit the id, precision, place, texts and source the format expects', () => {
    const [e] = projectSummits(builtinDataset.events).filter((x) => x.status === 'projected');
    expect(e!.id).to.equal('summit-2029');
    expect(e!.start).to.equal('2029');
    expect(e!.end).to.equal(undefined);
    expect(e!.kind).to.equal('summit');
    expect(e!.place).to.deep.equal({
      country: { en: 'Kyrgyzstan', zh: '吉尔吉斯斯坦', ru: 'Кыргызстан', fr: 'Kirghizistan' },
      countryCode: 'KG',
    });
    for (const lang of LANGS) {
      expect(localize(e!.title, lang), lang).to.not.equal('');
      expect(localize(e!.note, lang), lang).to.not.equal('');
      expect(localize(e!.summary, lang), lang).to.include('2029');
      if (lang !== 'en')
        expect(localize(e!.summary, lang)).to.not.equal(localize(e!.summary, 'en'));
    }
    expect(localize(e!.summary, 'en')).to.match(/projection/i);
    expect(localize(e!.summary, 'en')).to.include("Xi'an Declaration");
    expect(localize(e!.summary, 'en')).to.include('Kyrgyzstan');
    expect(localize(e!.summary, 'zh')).to.include('西安宣言');
    expect(e!.sources).to.deep.equal([XIAN_DECLARATION_SOURCE]);
  });

  it('yields data that is valid in the format', () => {
    const data = {
      ...builtinDataset,
      events: projectSummits(builtinDataset.events, { count: 20 }),
    };
    expect(parseTimeline(data).events).to.have.length(builtinDataset.events.length + 20);
  });

  it('continues any start and host', () => {
    expect(projected(projectSummits([summit(2031, 'CN')], { count: 4 }))).to.deep.equal([
      '2033 KZ',
      '2035 CN',
      '2037 KG',
      '2039 CN',
    ]);
    expect(projected(projectSummits([summit(2010, 'TJ')], { count: 3 }))).to.deep.equal([
      '2012 CN',
      '2014 TM',
      '2016 CN',
    ]);
    expect(
      projected(projectSummits([summit(2001, 'TM'), summit(2003, 'CN')], { count: 2 })),
    ).to.deep.equal(['2005 UZ', '2007 CN']);
  });

  it('wraps from Uzbekistan to Kazakhstan', () => {
    expect(projected(projectSummits([summit(2041, 'UZ')], { count: 4 }))).to.deep.equal([
      '2043 CN',
      '2045 KZ',
      '2047 CN',
      '2049 KG',
    ]);
    expect(projected(projectSummits([summit(2039, 'UZ'), summit(2041, 'CN')]))).to.deep.equal([
      '2043 KZ',
    ]);
  });

  it('starts from the last held or announced summit, in any order of the input', () => {
    const events = [summit(2027, 'CN', 'announced'), summit(2023, 'CN'), summit(2025, 'KZ')];
    expect(projected(projectSummits(events, { count: 2 }))).to.deep.equal(['2029 KG', '2031 CN']);
  });

  it('ignores ministerial meetings, virtual summits and summits outside the rotation', () => {
    const events: TimelineEvent[] = [
      summit(2023, 'CN'),
      { ...summit(2024, 'UZ'), id: 'fm', kind: 'ministerial' },
      { ...summit(2024, 'TM'), id: 'v', kind: 'virtual-summit' },
      { ...summit(2025, 'FR'), id: 'paris' },
      { ...summit(2026, 'KZ'), id: 'nowhere', place: {} },
    ];
    expect(projected(projectSummits(events))).to.deep.equal(['2025 KZ']);
  });

  it('never duplicates a summit the data already has', () => {
    const base = builtinDataset.events;
    // The data already projects 2029 itself: nothing to add for count 1; 2031 for count 2.
    const own: TimelineEvent = { ...summit(2029, 'KG', 'projected'), id: 'my-2029' };
    expect(projectSummits([...base, own]).filter((e) => e.start.startsWith('2029'))).to.have.length(
      1,
    );
    expect(projected(projectSummits([...base, own], { count: 2 }))).to.deep.equal([
      '2029-06-01 KG',
      '2031 CN',
    ]);
    // An event already holds the id a projection would take.
    const taken: TimelineEvent = {
      ...summit(2031, 'CN', 'held'),
      id: 'summit-2031',
      kind: 'milestone',
    };
    const out = projectSummits([...base, taken], { count: 2 });
    expect(out.filter((e) => e.id === 'summit-2031')).to.have.length(1);
    // A summit with no host given in a projected year counts as that year's summit.
    const unplaced: TimelineEvent = { ...summit(2029, 'CN', 'announced'), id: 'x', place: {} };
    expect(projected(projectSummits([...base, unplaced], { count: 2 }))).to.deep.equal(['2031 CN']);
    // Projecting the output again adds nothing new for the same count.
    const once = projectSummits(base, { count: 3 });
    expect(projectSummits(once, { count: 3 })).to.deep.equal(once);
    const ids = projectSummits(once, { count: 5 }).map((e) => e.id);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('does not mutate its input', () => {
    const events = [summit(2023, 'CN'), summit(2025, 'KZ')];
    const copy = structuredClone(events);
    const out = projectSummits(events, { count: 3 });
    expect(events).to.deep.equal(copy);
    expect(out).to.not.equal(events);
  });

  it('adds nothing without a rotation summit, and tolerates odd input', () => {
    expect(projectSummits([])).to.deep.equal([]);
    expect(projectSummits([{ ...summit(2023, 'CN'), status: 'projected' }])).to.have.length(1);
    expect(projectSummits(builtinDataset.events, { count: -2 })).to.have.length(
      builtinDataset.events.length,
    );
    expect(projected(projectSummits(builtinDataset.events, { count: 2.7 }))).to.have.length(2);
    expect(projectSummits(builtinDataset.events, { count: Number.NaN })).to.have.length(
      builtinDataset.events.length,
    );
    expect(projectSummits(null as unknown as TimelineEvent[])).to.deep.equal([]);
  });
});
