// Both entry points import in Node with no DOM (SSR and build tools call the pure functions), and
// the three pure functions run there: parse -> project -> lay out. Imports the built package by
// its own name (run `npm run build` first).
import { test } from 'node:test';
import assert from 'node:assert/strict';

test('there is no DOM here', () => {
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof globalThis.HTMLElement, 'undefined');
});

for (const entry of ['@tianshan/summit-timeline', '@tianshan/summit-timeline/element']) {
  test(`${entry}: parseTimeline, projectSummits and layoutTimeline run without a DOM`, async () => {
    const mod = await import(entry);
    const { parseTimeline, projectSummits, layoutTimeline, TimelineDataError } = mod;
    assert.equal(typeof mod.SummitTimeline, 'function');

    const data = parseTimeline({
      version: 1,
      rotation: 'china-central-asia',
      events: [
        {
          id: 'summit-2023',
          start: '2023-05-18',
          end: '2023-05-19',
          kind: 'summit',
          status: 'held',
          title: "Xi'an summit",
          place: { countryCode: 'CN' },
        },
        {
          id: 'summit-2025',
          start: '2025-06-17',
          kind: 'summit',
          status: 'held',
          title: 'Astana summit',
          place: { countryCode: 'KZ' },
        },
      ],
    });
    assert.throws(
      () => parseTimeline({ version: 1, events: [{ id: 'x', start: '2025-13-45' }] }),
      (err) => err instanceof TimelineDataError && /events\[0\]/.test(err.message),
    );

    const events = projectSummits(data.events, { count: 2 });
    assert.deepEqual(
      events.slice(2).map((e) => [e.id, e.start, e.status, e.place?.countryCode]),
      [
        ['summit-2027', '2027', 'projected', 'CN'],
        ['summit-2029', '2029', 'projected', 'KG'],
      ],
    );

    const layout = layoutTimeline(events, {
      width: 960,
      height: 360,
      transform: { k: 1, x: 0, y: 0 },
      now: Date.UTC(2026, 10, 28),
    });
    const placed = layout.events.length + layout.clusters.reduce((n, c) => n + c.count, 0);
    assert.equal(placed, events.length);
    for (const e of layout.events) {
      assert.ok(e.box.x >= 0 && e.box.x + e.box.width <= 960, `${e.id} inside the width`);
    }
    assert.ok(layout.ticks.length > 1);
    assert.ok(
      layout.ticks.every((t) => /^\d{4}$/.test(t.label)),
      'year ticks',
    );
  });
}
