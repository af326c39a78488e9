// The pure layout: no DOM is used (pixels in, pixels out), so these are plain input→output checks.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { builtinDataset } from '../src/data/builtin.js';
import { generateEvents } from '../src/data/generate.js';
import { projectSummits } from '../src/data/project.js';
import type { TimelineEvent } from '../src/data/types.js';
import {
  assignLanes,
  autoOrientation,
  clusterByDistance,
  computeTicks,
  defaultMeasure,
  layoutTimeline,
  mirrorLayout,
  moveLayout,
  moveView,
  joinStrips,
  stripTransform,
  MAX_STRIPS,
  type GestureBase,
  sortEvents,
  toLayoutTransform,
  tickUnit,
  timeScale,
  zoomedScale,
  type Box,
  type TimelineLayout,
} from '../src/layout/index.js';
import { calendarInterval, calendarTicks, niceStep } from '../src/layout/calendar.js';
import { cullLayout, restartGesture, shiftLayout, shownLabels } from '../src/layout/pan.js';

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const iso = (d: Date) => d.toISOString().slice(0, 10);
const builtin = projectSummits(builtinDataset.events, { count: 3 });

function overlaps(a: Box, b: Box) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Asserts that no two label boxes, and no two cluster badges, overlap. */
function expectNoOverlap(l: TimelineLayout) {
  const boxes = l.events.map((e) => e.box);
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      expect(overlaps(boxes[i]!, boxes[j]!), `${l.events[i]!.id} / ${l.events[j]!.id}`).to.equal(
        false,
      );
    }
  }
  const badges = l.clusters.map((c) => c.box);
  for (let i = 0; i < badges.length; i++) {
    for (let j = i + 1; j < badges.length; j++) {
      expect(overlaps(badges[i]!, badges[j]!), `badges ${i} / ${j}`).to.equal(false);
    }
  }
}

describe('layout: the time scale', () => {
  it('maps dates linearly (UTC) and inverts', () => {
    const s = timeScale([utc(2020), utc(2030)], [0, 1000]);
    expect(s(utc(2020))).to.equal(0);
    expect(s(utc(2030))).to.be.closeTo(1000, 1e-9);
    expect(s(new Date(utc(2025)))).to.be.closeTo(500, 1);
    expect(s.invert(0).getTime()).to.equal(utc(2020));
    expect(s.range()).to.deep.equal([0, 1000]);
    expect(s.domain().map((d) => d.getTime())).to.deep.equal([utc(2020), utc(2030)]);
  });

  it('applies a d3-zoom-like transform: k × base + x', () => {
    const domain: [number, number] = [utc(2000), utc(2040)];
    const base = timeScale(domain, [0, 800]);
    const z = zoomedScale(domain, [0, 800], { k: 4, x: -1200, y: 99 }, 'x');
    for (const y of [2001, 2010, 2017, 2039]) {
      expect(z(utc(y))).to.be.closeTo(4 * base(utc(y)) - 1200, 1e-6);
    }
    const zy = zoomedScale(domain, [0, 800], { k: 2, x: 99, y: -100 }, 'y');
    expect(zy(utc(2010))).to.be.closeTo(2 * base(utc(2010)) - 100, 1e-6);
  });

  it('chooses years, months or days as the span shrinks', () => {
    expect(calendarInterval(utc(1990), utc(2030), 10)).to.deep.equal({ unit: 'year', step: 5 });
    expect(calendarInterval(utc(2020), utc(2021), 12).unit).to.equal('month');
    expect(calendarInterval(utc(2020, 5, 1), utc(2020, 5, 15), 7)).to.deep.equal({
      unit: 'day',
      step: 2,
    });
    expect(niceStep(0.5)).to.equal(1);
    expect(niceStep(3.7)).to.equal(5);
    expect(niceStep(13)).to.equal(10);
    expect(niceStep(17)).to.equal(20);
  });

  it('gives calendar-aligned ticks in UTC', () => {
    expect(calendarTicks(utc(1991, 6), utc(2011, 2), 5).map(iso)).to.deep.equal([
      '1995-01-01',
      '2000-01-01',
      '2005-01-01',
      '2010-01-01',
    ]);
    const months = calendarTicks(utc(2023, 2, 10), utc(2023, 9, 1), 3);
    expect(months.map(iso)).to.deep.equal(['2023-04-01', '2023-07-01']);
    const days = calendarTicks(utc(2023, 5, 17), utc(2023, 5, 21), 4);
    expect(days.map(iso)).to.deep.equal([
      '2023-05-17',
      '2023-05-18',
      '2023-05-19',
      '2023-05-20',
      '2023-05-21',
    ]);
    expect(calendarTicks(utc(2020), utc(2019), 5)).to.deep.equal([]);
    expect(calendarTicks(NaN, utc(2019), 5)).to.deep.equal([]);
  });
});

describe('layout: ticks', () => {
  it('labels each unit with Intl, in UTC, in the given language', () => {
    const s = timeScale([utc(2020), utc(2030)], [0, 1000]);
    const years = computeTicks(s, 0, 1000, { spacing: 100 });
    expect(years[0]!.unit).to.equal('year');
    expect(years.map((t) => t.label)).to.include('2025');
    const m = timeScale([utc(2023, 1), utc(2023, 12)], [0, 1000]);
    const months = computeTicks(m, 0, 1000, { spacing: 150, locale: 'fr' });
    expect(months[0]!.unit).to.equal('month');
    expect(months.some((t) => /2023/.test(t.label) && /avr|juil/.test(t.label))).to.equal(true);
    const zh = computeTicks(m, 0, 1000, { spacing: 150, locale: 'zh' });
    expect(zh.some((t) => t.label.includes('年'))).to.equal(true);
    const d = timeScale([utc(2023, 5, 10), utc(2023, 5, 24)], [0, 1000]);
    const days = computeTicks(d, 0, 1000, { spacing: 100, locale: 'en' });
    expect(days[0]!.unit).to.equal('day');
    expect(days.map((t) => t.label)).to.include('May 18');
  });

  it('thins the ticks until their labels do not collide', () => {
    const s = timeScale([utc(1900), utc(2030)], [0, 300]);
    const ticks = computeTicks(s, 0, 300, { spacing: 20, measure: defaultMeasure, gap: 12 });
    for (let i = 1; i < ticks.length; i++) {
      const a = ticks[i - 1]!;
      const b = ticks[i]!;
      expect(b.pos - defaultMeasure(b.label) / 2).to.be.at.least(
        a.pos + defaultMeasure(a.label) / 2 + 12,
      );
    }
  });

  it('finds the coarsest aligned unit', () => {
    expect(tickUnit([new Date(utc(2020)), new Date(utc(2021))])).to.equal('year');
    expect(tickUnit([new Date(utc(2020)), new Date(utc(2020, 4))])).to.equal('month');
    expect(tickUnit([new Date(utc(2020, 4, 1)), new Date(utc(2020, 4, 8))])).to.equal('day');
  });
});

describe('layout: lanes and clusters', () => {
  it('puts no two overlapping extents in one lane, in the order given', () => {
    const extents = [
      { start: 0, end: 100 },
      { start: 50, end: 150 },
      { start: 120, end: 200 },
      { start: 60, end: 70 },
    ];
    expect([...assignLanes(extents, 2)]).to.deep.equal([0, 1, 0, -1]);
    // Placed first, the short one takes lane 0.
    expect([...assignLanes(extents, 2, [3, 0, 1, 2])]).to.deep.equal([1, -1, 0, 0]);
    expect([...assignLanes(extents, 0)]).to.deep.equal([-1, -1, -1, -1]);
  });

  it('satisfies the lane invariant for any input (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 300 })), {
          maxLength: 60,
        }),
        fc.integer({ min: 0, max: 6 }),
        (pairs, lanes) => {
          const extents = pairs.map(([s, w]) => ({ start: s, end: s + w }));
          const out = assignLanes(extents, lanes);
          for (let i = 0; i < extents.length; i++) {
            for (let j = i + 1; j < extents.length; j++) {
              if (out[i] === -1 || out[i] !== out[j]) continue;
              const a = extents[i]!;
              const b = extents[j]!;
              if (a.start < b.end && b.start < a.end) return false;
            }
          }
          return [...out].every((l) => l >= -1 && l < lanes);
        },
      ),
    );
  });

  it('clusters by distance from the cluster’s first item', () => {
    const groups = clusterByDistance([0, 10, 39, 40, 41, 100], (x) => x, 40);
    expect(groups.map((g) => g.members)).to.deep.equal([[0, 10, 39], [40, 41], [100]]);
    expect(groups.map((g) => g.pos)).to.deep.equal([0, 40, 100]);
  });
});

describe('layoutTimeline', () => {
  it('switches orientation at 640 px', () => {
    expect(autoOrientation(639)).to.equal('vertical');
    expect(autoOrientation(640)).to.equal('horizontal');
    expect(layoutTimeline(builtin, { width: 700, height: 400 }).orientation).to.equal('horizontal');
    expect(layoutTimeline(builtin, { width: 500, height: 400 }).orientation).to.equal('vertical');
  });

  it('places every event in time order: a label, or a cluster badge', () => {
    const l = layoutTimeline(builtin, { width: 1000, height: 380 });
    expect(l.total).to.equal(builtin.length);
    const shown = [...l.events.map((e) => e.index), ...l.clusters.flatMap((c) => c.indices)];
    expect(shown.sort((a, b) => a - b)).to.deep.equal(builtin.map((_, i) => i));
    // Markers sit on the axis, left to right in time order.
    const sorted = [...l.events].sort((a, b) => a.index - b.index);
    for (let i = 1; i < sorted.length; i++) {
      expect(sorted[i]!.pos).to.be.at.least(sorted[i - 1]!.pos);
    }
    for (const e of l.events) expect(e.marker.y).to.equal(l.axis[1]);
    expectNoOverlap(l);
  });

  it('keeps labels inside the width and clear of each other at every zoom (property)', () => {
    const events = generateEvents(300, 7);
    fc.assert(
      fc.property(
        fc.integer({ min: 320, max: 1600 }),
        fc.integer({ min: 200, max: 700 }),
        fc.double({ min: 1, max: 200, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom('horizontal' as const, 'vertical' as const),
        (width, height, k, pan, orientation) => {
          const x = -pan * width * (k - 1);
          const l = layoutTimeline(events, {
            width,
            height,
            orientation,
            transform: { k, x, y: 0 },
            scroll: pan * 2000,
          });
          expectNoOverlap(l);
          for (const e of l.events) {
            expect(e.box.x).to.be.at.least(0);
            expect(e.box.x + e.box.width).to.be.at.most(width + 1e-6);
          }
          return true;
        },
      ),
      { numRuns: 60 },
    );
  });

  it('zooms and pans with the transform', () => {
    const a = layoutTimeline(builtin, { width: 1000, height: 380 });
    const b = layoutTimeline(builtin, {
      width: 1000,
      height: 380,
      transform: { k: 3, x: -500, y: 0 },
    });
    const t = utc(2024);
    expect(b.position(t)).to.be.closeTo(3 * a.position(t) - 500, 1e-6);
    expect(b.visible[1].getTime() - b.visible[0].getTime()).to.be.closeTo(
      (a.visible[1].getTime() - a.visible[0].getTime()) / 3,
      1000,
    );
    // Zoomed in, more of the 2020s events get a label.
    const count = (l: TimelineLayout) => l.events.filter((e) => e.id.startsWith('fm-')).length;
    const c = layoutTimeline(builtin, { width: 1000, height: 380, domain: [utc(2020), utc(2026)] });
    expect(count(c)).to.be.greaterThan(count(a));
  });

  it('adapts the ticks to the zoom: years, months, days', () => {
    const wide = layoutTimeline(builtin, { width: 1000, height: 380 });
    expect(wide.ticks.every((t) => t.unit === 'year')).to.equal(true);
    const year = layoutTimeline(builtin, {
      width: 1000,
      height: 380,
      domain: [utc(2023, 1, 1), utc(2024, 1, 1)],
    });
    expect(year.ticks[0]!.unit).to.equal('month');
    const fortnight = layoutTimeline(builtin, {
      width: 1000,
      height: 380,
      domain: [utc(2023, 5, 10), utc(2023, 5, 24)],
    });
    expect(fortnight.ticks[0]!.unit).to.equal('day');
    expect(fortnight.ticks.every((t) => /^May \d+$/.test(t.label))).to.equal(true);
  });

  it('places the "today" marker from now, and only then', () => {
    const now = utc(2026, 11, 28);
    const l = layoutTimeline(builtin, { width: 1000, height: 380, now, todayLabel: 'Today' });
    expect(l.today).to.not.equal(null);
    expect(l.today!.pos).to.be.closeTo(l.position(now), 1e-6);
    expect(l.today!.label).to.equal('Today');
    expect(layoutTimeline(builtin, { width: 1000, height: 380 }).today).to.equal(null);
    // Out of view: no marker.
    expect(layoutTimeline(builtin, { width: 1000, height: 380, now: utc(1900) }).today).to.equal(
      null,
    );
  });

  it('vertical: taller content, scrolled natively, laid out only near the window', () => {
    const events = generateEvents(2000, 3);
    const top = layoutTimeline(events, { width: 400, height: 400, orientation: 'vertical' });
    expect(top.contentHeight).to.be.greaterThan(400);
    expect(top.axis[0]).to.equal(top.axis[2]);
    for (const e of top.events) expect(e.box.y).to.be.at.most(800 + 40);
    const lower = layoutTimeline(events, {
      width: 400,
      height: 400,
      orientation: 'vertical',
      scroll: 3000,
    });
    for (const e of lower.events) {
      expect(e.pos).to.be.within(3000 - 400, 3000 + 800);
      expect(e.marker.x).to.equal(lower.axis[0]);
    }
    expectNoOverlap(lower);
  });

  it('measures deterministically by default, wider for CJK', () => {
    expect(defaultMeasure('abcd')).to.equal(28);
    expect(defaultMeasure('峰会')).to.equal(26);
    expect(defaultMeasure('')).to.equal(0);
    const a = layoutTimeline(builtin, { width: 1000, height: 380 });
    const b = layoutTimeline(builtin, { width: 1000, height: 380 });
    expect(JSON.stringify(a.events.map((e) => e.box))).to.equal(
      JSON.stringify(b.events.map((e) => e.box)),
    );
  });

  it('never throws on bad input', () => {
    const bad = [
      { id: 'x', start: 'not a date', kind: 'summit', status: 'held', title: 'X' },
      { id: 'y', start: '2020-02-30', kind: 'summit', status: 'held', title: 'Y' },
      null,
      { id: 'z', start: '2020-01-01', kind: 'summit', status: 'held', title: { en: 'Z' } },
    ] as unknown as TimelineEvent[];
    const l = layoutTimeline(bad, { width: 800, height: 300, transform: { k: NaN, x: NaN, y: 0 } });
    expect(l.total).to.equal(1);
    expect(l.events.map((e) => e.id)).to.deep.equal(['z']);
    expect(layoutTimeline([], { width: 0, height: 0 }).events).to.deep.equal([]);
    expect(layoutTimeline(builtin, { width: NaN, height: -5 }).events).to.deep.equal([]);
    expect(sortEvents(undefined as unknown as TimelineEvent[])).to.deep.equal([]);
  });

  // How fast is measured by the benchmarks, not asserted here (no wall-clock bounds in tests): the
  // work is, by counting what is composed and measured, which is what keeps the layout fast.
  it('lays out 10,000 events composing and measuring only the labels that can show', () => {
    const events = generateEvents(10_000, 42);
    for (const orientation of ['horizontal', 'vertical'] as const) {
      for (let run = 0; run < 5; run++) {
        let composed = 0;
        let measured = 0;
        const l = layoutTimeline(events, {
          width: 1200,
          height: 380,
          orientation,
          now: utc(2026, 11, 28),
          transform: { k: 1 + run, x: -100 * run, y: 0 },
          label: (e) => {
            composed++;
            return [String(e.title), e.start];
          },
          measure: (text) => {
            measured++;
            return defaultMeasure(text);
          },
        });
        expect(l.total).to.equal(10_000);
        // Virtualised: only what is visible is returned, and only candidates for a lane are
        // composed and measured (not the thousands that end up in count badges).
        expect(l.events.length + l.clusters.length).to.be.below(400);
        expect(composed, 'labels composed').to.be.below(1000);
        expect(measured, 'texts measured').to.be.below(2500);
      }
    }
  });
});

describe('layout: right to left (mirrorLayout)', () => {
  const mirrored = (width: number, k = 1) => {
    const options = { width, height: 380, transform: { k, x: (width * (1 - k)) / 2, y: 0 } };
    return [
      layoutTimeline(builtin, options),
      mirrorLayout(layoutTimeline(builtin, options)),
    ] as const;
  };

  it('runs time from right to left, horizontally, with every box inside the width', () => {
    const [ltr, rtl] = mirrored(1000, 2);
    expect(rtl.events.map((e) => e.id)).to.deep.equal(ltr.events.map((e) => e.id));
    const sorted = [...rtl.events].sort((a, b) => a.index - b.index);
    for (let i = 1; i < sorted.length; i++) {
      expect(sorted[i]!.pos).to.be.at.most(sorted[i - 1]!.pos);
    }
    for (const e of rtl.events) {
      expect(e.marker.x).to.equal(e.pos);
      expect(e.box.x).to.be.at.least(0);
      expect(e.box.x + e.box.width).to.be.at.most(1000 + 1e-9);
    }
    expectNoOverlap(rtl);
    // position and invert agree with what is drawn.
    const d = Date.UTC(2025, 5, 17);
    expect(rtl.position(d)).to.be.closeTo(1000 - ltr.position(d), 1e-6);
    expect(rtl.invert(rtl.position(d)).getTime()).to.be.closeTo(d, 1);
  });

  it('keeps vertical positions and mirrors the axis and labels across', () => {
    const l = layoutTimeline(builtin, { width: 480, height: 600 });
    const r = mirrorLayout(l);
    expect(r.axis[0]).to.equal(480 - l.axis[0]);
    for (let i = 0; i < l.events.length; i++) {
      expect(r.events[i]!.pos).to.equal(l.events[i]!.pos);
      expect(r.events[i]!.box.x + r.events[i]!.box.width).to.equal(480 - l.events[i]!.box.x);
      // Labels sit on the other side of the axis.
      expect(r.events[i]!.box.x).to.be.below(r.axis[0]);
    }
  });

  it('converts d3-zoom transforms between a mirrored screen and the layout, both ways', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 64, noNaN: true }),
        fc.double({ min: -1e5, max: 1e5, noNaN: true }),
        fc.integer({ min: 1, max: 4000 }),
        (k, x, width) => {
          const t = { k, x, y: 0 };
          const back = toLayoutTransform(toLayoutTransform(t, width), width);
          expect(back.k).to.equal(k);
          expect(back.x).to.be.closeTo(x, 1e-6 * Math.max(1, Math.abs(x), width * k));
          // A screen point p stays on the same date: layout position W − p under the converted
          // transform equals the mirror of the screen position.
          const base = 123.5;
          const screen = k * (width - base) + x;
          const layout = toLayoutTransform(t, width);
          expect(width - (k * base + layout.x)).to.be.closeTo(screen, 1e-6 * width * k + 1e-6);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('layout: moved by a gesture (moveLayout)', () => {
  const opts = { width: 1000, height: 380, measure: defaultMeasure };

  it('puts every marker, span, badge and the today marker where a full layout would', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 8, noNaN: true }),
        fc.double({ min: 0.5, max: 2, noNaN: true }),
        fc.double({ min: -300, max: 300, noNaN: true }),
        (k0, r, dx) => {
          const from = { k: k0, x: (1000 * (1 - k0)) / 2, y: 0 };
          const to = { k: k0 * r, x: r * from.x + dx + (1 - r) * 500, y: 0 };
          const now = Date.UTC(2026, 10, 28);
          const base = layoutTimeline(builtin, { ...opts, transform: from, now });
          const moved = moveLayout(base, from, to, { measure: defaultMeasure });
          const full = layoutTimeline(builtin, { ...opts, transform: to, now });
          // The same date is at the same place in the moved and the full layout.
          for (const d of [Date.UTC(2015, 0, 1), Date.UTC(2023, 4, 19), Date.UTC(2027, 6, 1)]) {
            expect(moved.position(d)).to.be.closeTo(full.position(d), 1e-6 * Math.max(1, to.k));
          }
          for (const e of moved.events) {
            expect(e.marker.x).to.be.closeTo(e.pos, 1e-9);
            expect(e.box.x).to.be.at.least(0);
            expect(e.box.x + e.box.width).to.be.at.most(1000 + 1e-9);
          }
          if (moved.today && full.today) {
            expect(moved.today.pos).to.be.closeTo(full.today.pos, 1e-6 * Math.max(1, to.k));
          }
          expect(moved.visible[0].getTime()).to.be.closeTo(full.visible[0].getTime(), 1000);
          for (const t of moved.ticks) {
            expect(t.x).to.be.within(0, 1000);
            expect(t.pos).to.be.closeTo(full.position(t.value), 1e-6 * Math.max(1, to.k));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps the elements shown (same ids) and leaves vertical layouts alone', () => {
    const from = { k: 2, x: -500, y: 0 };
    const base = layoutTimeline(builtin, { ...opts, transform: from });
    const moved = moveLayout(base, from, { k: 2.5, x: -700, y: 0 }, { measure: defaultMeasure });
    expect(moved.events.map((e) => e.id)).to.deep.equal(base.events.map((e) => e.id));
    expect(moved.clusters.map((c) => c.key)).to.deep.equal(base.clusters.map((c) => c.key));
    const vertical = layoutTimeline(builtin, { width: 480, height: 600 });
    expect(moveLayout(vertical, from, { k: 3, x: 0, y: 0 }, { measure: defaultMeasure })).to.equal(
      vertical,
    );
  });
});

describe('layout: a drag beside the view (moveView, joinStrips)', () => {
  const events = generateEvents(1000, 7);
  const now = Date.UTC(2026, 10, 28);
  const opts = { width: 1000, height: 380, measure: defaultMeasure, now };
  const t0 = { k: 6, x: -2500, y: 0 };
  const layoutAt = (transform: { k: number; x: number; y: number }) =>
    layoutTimeline(events, { ...opts, transform });
  const view = { measure: defaultMeasure, layoutAt };

  it('joins strips laid out beside the view: each event once, where a full layout puts it, no labels overlapping', () => {
    const base = layoutAt(t0);
    const strips = new Map([-1, 1].map((i) => [i, layoutAt(stripTransform(t0, i, 1000))]));
    const joined = joinStrips(base, strips);
    const ids = joined.events.map((e) => e.id);
    expect(new Set(ids).size).to.equal(ids.length);
    expect(joined.events.map((e) => e.index)).to.deep.equal(
      [...joined.events.map((e) => e.index)].sort((a, b) => a - b),
    );
    // A strip is the view beside: its events are there, moved by a view-width.
    const right = strips.get(1)!;
    expect(right.events.length).to.be.greaterThan(0);
    for (const e of right.events) {
      const j = joined.events.find((x) => x.id === e.id)!;
      expect(j.pos).to.be.closeTo(e.pos + 1000, 1e-9);
      expect(j.box.x).to.be.at.least(1000 - 1e-9);
    }
    for (const d of [Date.UTC(2001, 0, 1), Date.UTC(2003, 6, 1)]) {
      expect(right.position(d) + 1000).to.be.closeTo(base.position(d), 1e-6);
    }
    for (const e of joined.events) expect(e.pos).to.be.within(-1000 - 1e-9, 2000 + 1e-9);
    expectNoOverlap(joined);
    expect(joined.axis[0]).to.be.at.most(-1000 + 20);
    expect(joined.axis[2]).to.be.at.least(2000 - 20);
  });

  it('never overlaps two labels or two badges, wherever the view is', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 2, max: 40, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (k, at) => {
          const t = { k, x: -at * 1000 * (k - 1), y: 0 };
          const strips = new Map([-1, 1].map((i) => [i, layoutAt(stripTransform(t, i, 1000))]));
          expectNoOverlap(joinStrips(layoutAt(t), strips));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('lays out the strips a drag brings near the view, on that side only, once', () => {
    const base: GestureBase = { layout: layoutAt(t0), transform: t0 };
    let calls = 0;
    const counted = {
      ...view,
      layoutAt: (t: { k: number; x: number; y: number }) => (calls++, layoutAt(t)),
    };
    // Dragged 20 px to the left: the view to the right comes near (a quarter of a view ahead).
    const a = moveView(base, { ...t0, x: t0.x - 20 }, counted)!;
    expect(a.k).to.equal(1);
    expect(a.dx).to.equal(-20);
    expect([...base.strips!.keys()]).to.deep.equal([1]);
    expect(calls).to.equal(1);
    moveView(base, { ...t0, x: t0.x - 200 }, counted);
    expect(calls, 'kept for the rest of the drag').to.equal(1);
    // What is drawn is what the drag has brought near the view (from 0 to 1,600 here, with a
    // margin), and every marker there is where a full layout at that transform puts its date.
    const b = moveView(base, { ...t0, x: t0.x - 600 }, counted)!;
    const full = layoutAt({ ...t0, x: t0.x - 600 });
    const near = (e: { box: { x: number; width: number }; pos: number }) =>
      e.box.x + e.box.width >= -200 && e.box.x <= 1600 + 200;
    expect(b.layout.events.every(near)).to.equal(true);
    const shownIds = new Set(b.layout.events.map((e) => e.id));
    for (const e of full.events) {
      if (!shownIds.has(e.id)) continue;
      const m = b.layout.events.find((x) => x.id === e.id)!;
      expect(m.pos - 600, e.id).to.be.closeTo(e.pos, 1e-6);
    }
    // Labels in the half the drag brought into view.
    expect(b.layout.events.some((e) => e.box.x >= 1300 && e.box.x < 1600)).to.equal(true);
  });

  it('lays a strip out in a task of its own when asked to (not in the drag step that needs it)', () => {
    const base: GestureBase = { layout: layoutAt(t0), transform: t0 };
    const tasks: (() => void)[] = [];
    const later = { ...view, later: (run: () => void) => tasks.push(run) };
    const before = moveView(base, { ...t0, x: t0.x - 20 }, later)!;
    expect(tasks.length).to.equal(1);
    expect(base.strips!.size).to.equal(0);
    expect(before.layout.events.every((e) => e.box.x < 1000)).to.equal(true);
    moveView(base, { ...t0, x: t0.x - 40 }, later);
    expect(tasks.length, 'asked for once').to.equal(1);
    tasks[0]!();
    const after = moveView(base, { ...t0, x: t0.x - 60 }, later)!;
    expect([...base.strips!.keys()]).to.deep.equal([1]);
    expect(after.layout.events.some((e) => e.box.x >= 1000)).to.equal(true);
  });

  it('gives up (the caller lays out again) past the strips, or when a pinch would leave the view a third empty', () => {
    const base: GestureBase = { layout: layoutAt(t0), transform: t0 };
    expect(moveView(base, { ...t0, x: t0.x - 1000 * MAX_STRIPS }, view)).to.equal(null);
    expect(moveView(base, { ...t0, x: t0.x + 1000 * (MAX_STRIPS + 0.5) }, view)).to.equal(null);
    const pinch = { k: 12, x: 2 * t0.x - 500, y: 0 };
    const moved = moveView(base, pinch, view)!;
    expect(moved.k).to.equal(2);
    expect(moved.dx).to.equal(0);
    expect(moved.layout.events.map((e) => e.id)).to.deep.equal(
      moveLayout(base.layout, t0, pinch, view).events.map((e) => e.id),
    );
    expect(moveView(base, { k: 12, x: 2 * t0.x + 800, y: 0 }, view)).to.equal(null);
  });

  it('a drag right after a pinch starts from what the view shows: events whose markers are in it', () => {
    const pinch = { k: 9, x: 1.5 * t0.x - 250, y: 0 };
    const moved = moveLayout(layoutAt(t0), t0, pinch, view);
    const inView = (e: { pos: number; span?: [number, number] | null }) =>
      (e.span?.[1] ?? e.pos) >= 0 && (e.span?.[0] ?? e.pos) <= 1000;
    // The pinch holds labels at the view's edge for markers it moved out of view.
    expect(moved.events.some((e) => !inView(e))).to.equal(true);
    const base = restartGesture(moved, pinch);
    expect(base.transform).to.equal(pinch);
    expect(base.layout.events.length).to.be.greaterThan(0);
    expect(base.layout.events.every(inView)).to.equal(true);
    expect(base.layout.events.map((e) => e.id)).to.deep.equal(
      moved.events.filter(inView).map((e) => e.id),
    );
    // Culled by label as well (what a drag draws), those labels stay.
    expect(cullLayout(moved, 0, 1000).events.length).to.be.greaterThan(base.layout.events.length);
  });
});

describe('layout: laid out again at the same zoom (keep)', () => {
  const events = generateEvents(1000, 11);
  const opts = { width: 1000, height: 380, measure: defaultMeasure };
  const t0 = { k: 6, x: -2500, y: 0 };
  const at = (t: { k: number; x: number; y: number }, more: object = {}) =>
    layoutTimeline(events, { ...opts, transform: t, ...more });
  /** Labels of `before` that `after` shows where they were (moved with the view by `d`). */
  const stayed = (before: TimelineLayout, after: TimelineLayout, d: number) =>
    before.events.filter((e) => {
      const a = after.events.find((x) => x.id === e.id);
      return a && a.lane === e.lane && Math.abs(a.box.x - (e.box.x + d)) < 1e-6;
    }).length;

  it('leaves every label where it was when it still fits there (events of equal priority)', () => {
    const same = { priority: () => 0 };
    const before = at(t0, same);
    const keep = shownLabels(before);
    for (const d of [-300, -120, 45, 260]) {
      const t = { ...t0, x: t0.x + d };
      const after = at(t, { ...same, keep });
      expectNoOverlap(after);
      // Every label whose place, moved with the view, is still inside it is there, in its lane.
      const fits = before.events.filter(
        (e) => e.box.x + d >= 0 && e.box.x + e.box.width + d <= 1000,
      );
      expect(fits.length).to.be.greaterThan(10);
      for (const e of fits) {
        const a = after.events.find((x) => x.id === e.id);
        expect(a, `${e.id} (view moved ${d} px)`).to.not.equal(undefined);
        expect(a!.lane, e.id).to.equal(e.lane);
        expect(a!.box.x, e.id).to.be.closeTo(e.box.x + d, 1e-6);
        expect(a!.pos, e.id).to.be.closeTo(e.pos + d, 1e-6);
      }
      // Without `keep`, the view laid out afresh moves labels about.
      expect(stayed(before, at(t, same), d), `moved ${d} px`).to.be.below(fits.length);
    }
  });

  it('still gives a label to a more important event first, and never overlaps two', () => {
    // One lane: a summit that comes into view takes the place of a meeting shown before (the
    // summit's label, beside it, would overlap the meeting's).
    const one = { ...opts, height: 120, measure: defaultMeasure };
    const meeting = {
      id: 'meeting',
      kind: 'ministerial' as const,
      status: 'held' as const,
      start: '2020-06-01',
      title: { en: 'A meeting of ministers' },
    };
    const summit = { ...meeting, id: 'summit', kind: 'summit' as const, start: '2020-05-15' };
    const both = [meeting, summit, { ...meeting, id: 'early', start: '2019-01-01' }];
    const view = (x: number) =>
      layoutTimeline(both as TimelineEvent[], { ...one, transform: { k: 4, x, y: 0 } });
    const before = view(-3678);
    expect(before.lanes).to.equal(1);
    expect(before.events.map((e) => e.id)).to.include('meeting');
    expect(before.events.map((e) => e.id)).to.not.include('summit');
    const keep = shownLabels(before);
    const after = layoutTimeline(both as TimelineEvent[], {
      ...one,
      transform: { k: 4, x: -3478, y: 0 },
      keep,
    });
    expect(after.events.map((e) => e.id)).to.deep.equal(['summit']);
    expect(after.clusters.flatMap((c) => c.ids)).to.deep.equal(['meeting']);
    expectNoOverlap(after);
    fc.assert(
      fc.property(
        fc.double({ min: 2, max: 40, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: -600, max: 600, noNaN: true }),
        (k, where, d) => {
          const t = { k, x: -where * 1000 * (k - 1), y: 0 };
          const prev = at(t);
          const next = at({ ...t, x: t.x + d }, { keep: shownLabels(prev) });
          expectNoOverlap(next);
          for (const e of next.events) {
            expect(e.box.x).to.be.at.least(-1e-6);
            expect(e.box.x + e.box.width).to.be.at.most(1000 + 1e-6);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('shiftLayout moves every x by the offset, rounded to a hundredth of a pixel', () => {
    const l = at(t0, { now: Date.UTC(2004, 0, 1) });
    const moved = shiftLayout(l, 123.4567);
    const r = (v: number) => Math.round((v + 123.4567) * 100) / 100;
    expect(moved.events.length).to.equal(l.events.length);
    l.events.forEach((e, i) => {
      const m = moved.events[i]!;
      expect(m.box).to.deep.equal({ ...e.box, x: r(e.box.x) });
      expect(m.marker).to.deep.equal({ x: r(e.marker.x), y: e.marker.y });
      expect(m.leader).to.deep.equal([r(e.leader[0]), e.leader[1], r(e.leader[2]), e.leader[3]]);
    });
    expect(moved.ticks.map((t) => t.x)).to.deep.equal(l.ticks.map((t) => r(t.x)));
    expect(moved.clusters.map((c) => c.box.x)).to.deep.equal(l.clusters.map((c) => r(c.box.x)));
    expect(moved.axis).to.deep.equal([r(l.axis[0]), l.axis[1], r(l.axis[2]), l.axis[3]]);
    const day = Date.UTC(2001, 4, 1);
    expect(moved.position(day)).to.be.closeTo(l.position(day) + 123.4567, 1e-6);
    expect(moved.invert(moved.position(day)).getTime()).to.be.closeTo(day, 1);
  });
});
