// Time zones: the reader's zone is emulated by puppeteer, over the DevTools protocol in Chromium and
// WebDriver BiDi in Firefox (see scripts/wtr/commands.mjs). Skipped in WebKit: WebKitGTK's
// WebDriver (classic) has no time-zone emulation, and MiniBrowser's zone is fixed for the run.
// Events have calendar dates, not instants: every reader, in any zone, sees the same dates in
// the options' names, on the axis and in the details panel.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { SummitTimeline } from '../../src/index.js';
import type { TimelineData } from '../../src/data/types.js';
import { emulateTimezone, engine, frame } from '../../../article-card/test/hardening/helpers.js';

const ZONES = ['UTC', 'Asia/Shanghai', 'Asia/Almaty', 'America/Los_Angeles'];

/** Dates on the edges that a local-midnight bug would move: first and last days of years and months. */
const DATA: TimelineData = {
  version: 1,
  title: 'Edges',
  asOf: '2025-01-01',
  events: [
    { id: 'new-year', start: '2024-01-01', kind: 'milestone', status: 'held', title: 'New Year' },
    { id: 'year-end', start: '2023-12-31', kind: 'milestone', status: 'held', title: 'Year end' },
    {
      id: 'summit',
      start: '2023-05-18',
      end: '2023-05-19',
      kind: 'summit',
      status: 'held',
      title: 'Summit',
    },
    { id: 'leap', start: '2024-02-29', kind: 'ministerial', status: 'held', title: 'Leap day' },
    { id: 'month', start: '2024-03', kind: 'ministerial', status: 'held', title: 'A month' },
    { id: 'year', start: '2027', kind: 'summit', status: 'announced', title: 'A year' },
  ],
};

/** Everything dated that a reader sees: names of options, axis labels, the details panel. */
async function datesShown(
  orientation: 'horizontal' | 'vertical',
  data?: TimelineData,
): Promise<string[]> {
  const el = await fixture<SummitTimeline>(
    html`<summit-timeline orientation=${orientation} .data=${data}></summit-timeline>`,
  );
  // The element starts its work only near the viewport; earlier fixtures of this test stack above.
  el.scrollIntoView();
  for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('[role="option"]'); i++) {
    await frame();
    await el.updateComplete;
  }
  const root = el.shadowRoot!;
  const options = [...root.querySelectorAll('[role="option"]')].map(
    (o) => `option ${o.getAttribute('aria-label')}`,
  );
  const ticks = [...root.querySelectorAll('.tick-label')].map((t) => `tick ${t.textContent}`);
  const meta = root.querySelector('[part~="meta"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  el.selected = data ? 'summit' : 'summit-2025';
  await el.updateComplete;
  const panel = [...root.querySelectorAll('.facts dd')].map(
    (d) => `panel ${d.textContent?.replace(/\s+/g, ' ').trim()}`,
  );
  // (Related articles' cards are left out: their dates are instants, shown in the reader's zone
  // unless the card is given a `time-zone`; see the card's own time-zone tests.)
  return [...options, ...ticks, `meta ${meta}`, ...panel];
}

describe('<summit-timeline> dates for readers in four time zones', () => {
  before(function () {
    // WebKit: WebKitGTK's WebDriver (classic) has no time-zone emulation command.
    if (engine === 'webkit') this.skip();
  });
  after(async () => {
    if (engine !== 'webkit') await emulateTimezone(null);
  });

  for (const orientation of ['horizontal', 'vertical'] as const) {
    for (const [label, data] of [
      ['edge dates', DATA],
      ['the built-in dataset', undefined],
    ] as const) {
      it(`${label}, ${orientation}: the same dates in UTC, Shanghai, Almaty and Los Angeles`, async function () {
        this.timeout(60_000);
        const seen: Record<string, string[]> = {};
        for (const tz of ZONES) {
          expect(await emulateTimezone(tz)).to.equal(true);
          expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(tz);
          seen[tz] = await datesShown(orientation, data);
        }
        expect(seen.UTC!.length).to.be.greaterThan(5);
        for (const tz of ZONES.slice(1)) expect(seen[tz], tz).to.deep.equal(seen.UTC);
        if (data && orientation === 'horizontal') {
          // (Vertical scrolls: its later options are not in the DOM until scrolled to.)
          const all = seen.UTC!.join('\n');
          for (const d of [
            'January 1, 2024',
            'December 31, 2023',
            'February 29, 2024',
            'March 2024',
            '2027',
          ]) {
            expect(all, d).to.contain(d);
          }
          expect(all).to.match(/May 18\s*[–-]\s*19, 2023/);
        }
      });
    }
  }
});
