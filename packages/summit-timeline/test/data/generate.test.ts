import { expect } from '@open-wc/testing';
import { generateEvents } from '../../src/data/generate.js';
import { parseTimeline } from '../../src/data/parse.js';

describe('generateEvents', () => {
  it('gives n valid events with unique ids', () => {
    const events = generateEvents(2000, 7);
    expect(events).to.have.length(2000);
    expect(parseTimeline({ version: 1, events }).events).to.deep.equal(events);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateEvents(50, 3)).to.deep.equal(generateEvents(50, 3));
    expect(generateEvents(50, 3)).to.not.deep.equal(generateEvents(50, 4));
  });

  it('mixes kinds, statuses and precisions', () => {
    const events = generateEvents(1000, 1);
    expect(new Set(events.map((e) => e.kind)).size).to.equal(4);
    expect(new Set(events.map((e) => e.status)).size).to.equal(3);
    expect(new Set(events.map((e) => e.start.length)).size).to.equal(3);
    expect(events.some((e) => e.end)).to.equal(true);
  });

  it('returns nothing for 0 or a bad count', () => {
    expect(generateEvents(0, 1)).to.deep.equal([]);
    expect(generateEvents(-5, 1)).to.deep.equal([]);
    expect(generateEvents(Number.NaN, 1)).to.deep.equal([]);
  });
});
