import { expect } from '@open-wc/testing';
import {
  daysInMonth,
  eventInterval,
  parseCalendarDate,
  periodEnd,
  periodStart,
} from '../../src/data/dates.js';

describe('calendar dates', () => {
  it('parses the three forms, whose form is the precision', () => {
    expect(parseCalendarDate('2027')).to.deep.equal({ year: 2027, precision: 'year' });
    expect(parseCalendarDate('2020-07')).to.deep.equal({
      year: 2020,
      month: 7,
      precision: 'month',
    });
    expect(parseCalendarDate('2024-02-29')).to.deep.equal({
      year: 2024,
      month: 2,
      day: 29,
      precision: 'day',
    });
  });

  it('rejects impossible dates and other forms', () => {
    for (const s of [
      '2025-13-45',
      '2025-02-29',
      '2023-04-31',
      '2023-00',
      '2023-1-5',
      '23',
      '2023-05-18T00:00',
      ' 2023',
      '',
    ]) {
      expect(parseCalendarDate(s), s).to.equal(undefined);
    }
  });

  it('knows month lengths, leap years included', () => {
    expect(daysInMonth(2024, 2)).to.equal(29);
    expect(daysInMonth(2100, 2)).to.equal(28);
    expect(daysInMonth(2000, 2)).to.equal(29);
    expect(daysInMonth(2025, 4)).to.equal(30);
  });

  it('gives UTC periods, the same in every time zone', () => {
    expect(periodStart(parseCalendarDate('2025-06-17')!).toISOString()).to.equal(
      '2025-06-17T00:00:00.000Z',
    );
    expect(periodEnd(parseCalendarDate('2025-06-17')!).toISOString()).to.equal(
      '2025-06-18T00:00:00.000Z',
    );
    expect(periodEnd(parseCalendarDate('2025-12')!).toISOString()).to.equal(
      '2026-01-01T00:00:00.000Z',
    );
    expect(periodEnd(parseCalendarDate('2027')!).toISOString()).to.equal(
      '2028-01-01T00:00:00.000Z',
    );
    expect(periodStart(parseCalendarDate('0050')!).getUTCFullYear()).to.equal(50);
  });

  it('gives an event its interval, from the start of start to the end of end', () => {
    const i = eventInterval('2023-05-18', '2023-05-19');
    expect(i.start.toISOString()).to.equal('2023-05-18T00:00:00.000Z');
    expect(i.end.toISOString()).to.equal('2023-05-20T00:00:00.000Z');
    expect(i.precision).to.equal('day');
    expect(eventInterval('2027').end.toISOString()).to.equal('2028-01-01T00:00:00.000Z');
    expect(() => eventInterval('2023-13')).to.throw(RangeError);
  });
});
