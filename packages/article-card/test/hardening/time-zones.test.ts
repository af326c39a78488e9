// Time zones: the reader's zone is emulated by puppeteer, over the DevTools protocol in Chromium and
// WebDriver BiDi in Firefox (see scripts/wtr/commands.mjs). Skipped in WebKit: WebKitGTK's
// WebDriver (classic) has no time-zone emulation, and MiniBrowser's zone is fixed for the run.
// A date alone is a calendar date: the same for every reader. A date-time is an instant: shown in
// the card's `time-zone` when given (the same for every reader), else in the reader's zone.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { ArticleCard } from '../../src/index.js';
import { emulateTimezone, engine } from './helpers.js';

const ZONES = ['UTC', 'Asia/Shanghai', 'Asia/Almaty', 'America/Los_Angeles'] as const;
// The seed article: updated 2025-06-14 07:22 Beijing time, i.e. 2025-06-13 23:22 UTC.
const INSTANT = '2025-06-14T07:22:00+08:00';
/** The reader's own date for that instant, in each zone (Almaty is UTC+5 since 2024). */
const READER_DATE: Record<(typeof ZONES)[number], string> = {
  UTC: 'June 13, 2025',
  'Asia/Shanghai': 'June 14, 2025',
  'Asia/Almaty': 'June 14, 2025',
  'America/Los_Angeles': 'June 13, 2025',
};

describe('<article-card> dates for readers in four time zones', () => {
  before(function () {
    // WebKit: WebKitGTK's WebDriver (classic) has no time-zone emulation command.
    if (engine === 'webkit') this.skip();
  });
  after(async () => {
    if (engine !== 'webkit') await emulateTimezone(null);
  });

  const date = (el: ArticleCard) => el.shadowRoot!.querySelector('time')!;
  const card = (attrs: { published: string; zone?: string; lang?: string }) =>
    fixture<ArticleCard>(
      html`<article-card
        headline="Headline"
        href="https://news.example/"
        published=${attrs.published}
        time-zone=${attrs.zone ?? ''}
        lang=${attrs.lang ?? 'en'}
      ></article-card>`,
    );

  for (const tz of ZONES) {
    it(`a reader in ${tz}`, async () => {
      expect(await emulateTimezone(tz)).to.equal(true);
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(tz);

      // A calendar date reads as written, whatever the zones.
      for (const zone of ['', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
        const el = await card({ published: '2025-06-14', zone });
        expect(date(el).textContent, `calendar date, time-zone="${zone}"`).to.equal(
          'June 14, 2025',
        );
        expect(date(el).getAttribute('datetime')).to.equal('2025-06-14');
      }
      // A date-time with the card's time-zone: the same date for every reader.
      let el = await card({ published: INSTANT, zone: 'Asia/Shanghai' });
      expect(date(el).textContent).to.equal('June 14, 2025');
      expect(date(el).getAttribute('datetime')).to.equal('2025-06-13T23:22:00.000Z');
      el = await card({ published: INSTANT, zone: 'Asia/Shanghai', lang: 'zh' });
      expect(date(el).textContent).to.equal('2025年6月14日');
      el = await card({ published: INSTANT, zone: 'America/Los_Angeles' });
      expect(date(el).textContent).to.equal('June 13, 2025');
      // Without one, the reader's own date; an unknown zone falls back to the reader's.
      el = await card({ published: INSTANT });
      expect(date(el).textContent).to.equal(READER_DATE[tz]);
      el = await card({ published: INSTANT, zone: 'Mars/Olympus_Mons' });
      expect(date(el).textContent).to.equal(READER_DATE[tz]);
    });
  }
});
