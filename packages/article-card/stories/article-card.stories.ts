import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../src/index.js';
import './article-card.stories.css';
import { SEED, SEED_JSONLD } from '../test/fixtures/seed.js';

// The seed article's metadata only (China Daily, 2025-06-14); its body is never used. Its own URL
// is unknown, so the cards link the publisher's home page (see test/fixtures/seed.ts).
// Fixture files in ./fixtures/ are served by Storybook at /fixtures/article-card/.
const FIXTURES = 'fixtures/article-card';
const IMAGE = `${FIXTURES}/images/astana.png`;
const IMAGE_ALT = 'Illustration: a blue sky over a ridge';

const seedArgs = {
  kicker: SEED.kicker,
  headline: SEED.headline,
  dek: SEED.dek,
  byline: SEED.byline,
  source: SEED.source,
  updated: SEED.updated,
  href: SEED.href,
  image: IMAGE,
  'image-alt': IMAGE_ALT,
  'time-zone': 'Asia/Shanghai',
};

/** Cards have no width of their own: the stories give them a column's. */
const column =
  (width = 'default') =>
  (story: () => unknown) =>
    html`<div class="ac-story-column" data-width=${width}>${story()}</div>`;

const meta: Meta = {
  title: 'Components/Article card',
  component: 'article-card',
  args: seedArgs,
};
export default meta;
type Story = StoryObj;

/** The seed article from attributes: section, headline, standfirst, byline, source, date, image. */
export const Standard: Story = { decorators: [column()] };

/** Image beside the text. */
export const Horizontal: Story = { args: { variant: 'horizontal' }, decorators: [column('wide')] };

/** No image: for lists and rails. */
export const Compact: Story = { args: { variant: 'compact' }, decorators: [column()] };

/** The colour scheme forced dark, whatever the page's. */
export const Dark: Story = { args: { theme: 'dark' }, decorators: [column()] };

/** The same card from a child `<script type="application/ld+json">`: no attributes at all. */
export const FromJsonLd: Story = {
  args: {},
  render: () =>
    html`<article-card time-zone="Asia/Shanghai">
      <script type="application/ld+json">
        ${JSON.stringify(SEED_JSONLD)}
      </script>
      <a href=${SEED.href}>${SEED.headline}</a>
    </article-card>`,
  decorators: [column()],
};

/** The same card from the `article` property (a NewsArticle object, as in JSON-LD). */
export const FromArticleProperty: Story = {
  args: {},
  render: () =>
    html`<article-card time-zone="Asia/Shanghai" .article=${SEED_JSONLD}></article-card>`,
  decorators: [column()],
};

/**
 * The same card from an HTML page's metadata (`src`): Open Graph and article:* tags. The page
 * also carries navigation, body text and spam links; none of it reaches the card.
 */
export const FromPage: Story = {
  args: {},
  render: () =>
    html`<article-card src="${FIXTURES}/seed-article.html" time-zone="Asia/Shanghai">
      <a href=${SEED.href}>${SEED.headline}</a>
    </article-card>`,
  decorators: [column()],
};

/** No image: the text takes the whole card. */
export const NoImage: Story = {
  args: { image: undefined, 'image-alt': undefined },
  decorators: [column()],
};

/** An image that fails to load becomes a neutral placeholder of the same size. */
export const FailingImage: Story = {
  args: { image: 'data:image/png;base64,AAAA', 'image-alt': undefined },
  decorators: [column()],
};

/** A very long headline and standfirst clamp to three lines each; a long unbroken word wraps. */
export const LongHeadline: Story = {
  args: {
    headline:
      'China and the five Central Asian states sign a treaty of permanent good-neighbourliness, friendship and cooperation at the second summit in Astana, and agree that China will host the third summit in 2027',
    dek: 'Leaders adopt the Astana Declaration, twelve cooperation documents and more than one hundred sister-city pairs, and name 2025 and 2026 years of high-quality development of cooperation: https://example.com/a/very/long/address/that/has/no/spaces/at/all/in/it',
  },
  decorators: [column('narrow')],
};

/** Chinese: labels and dates in Chinese, text breaking between characters. */
export const Chinese: Story = {
  args: {
    lang: 'zh',
    kicker: '习近平出访',
    headline: '中国同中亚关系将获新动力',
    dek: '阿斯塔纳峰会将进一步巩固互信、凝聚更广泛共识',
    byline: '周进',
    source: '中国日报',
    image: undefined,
    'image-alt': undefined,
  },
  decorators: [column('narrow')],
};

/** Russian (the common language of Central Asia): labels and dates in Russian. */
export const Russian: Story = {
  args: {
    lang: 'ru',
    kicker: 'Визиты Си Цзиньпина',
    headline: 'Связи с Центральной Азией получат новый импульс',
    dek: 'Саммит в Астане укрепит взаимное доверие и расширит согласие между сторонами',
    byline: 'Чжоу Цзинь',
    source: 'China Daily',
  },
  decorators: [column()],
};

/** French. */
export const French: Story = {
  args: {
    lang: 'fr',
    kicker: 'Visites de Xi',
    headline: 'Un nouvel élan pour les liens avec l’Asie centrale',
    dek: 'Le sommet d’Astana doit renforcer la confiance mutuelle et élargir le consensus',
  },
  decorators: [column()],
};

/** Right to left: the layout mirrors (sample Arabic text; no right-to-left catalog ships). */
export const RightToLeft: Story = {
  args: {
    variant: 'horizontal',
    kicker: 'آسيا الوسطى',
    headline: 'قمة الصين وآسيا الوسطى الثانية تنعقد في أستانا',
    dek: 'القادة يوقعون معاهدة حسن الجوار والصداقة والتعاون الدائم',
    byline: undefined,
  },
  render: (args) =>
    html`<div dir="rtl" lang="ar">
      <article-card
        variant=${args['variant']}
        kicker=${args['kicker']}
        headline=${args['headline']}
        dek=${args['dek']}
        href=${SEED.href}
        image=${IMAGE}
        updated="2025-06-17"
      ></article-card>
    </div>`,
  decorators: [column('wide')],
};

let holding = false;
/**
 * Stories cannot slow the network down: this holds every `src` request whose URL ends in `#hold`
 * until its card aborts it, so the skeleton stays on screen.
 */
function holdMarkedRequests() {
  if (holding) return;
  holding = true;
  const fetch = window.fetch.bind(window);
  window.fetch = (input, init) =>
    String(input instanceof Request ? input.url : input).endsWith('#hold')
      ? new Promise((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
        )
      : fetch(input, init);
}

/** While `src` loads: a skeleton of the final size, `aria-busy="true"`. */
export const Loading: Story = {
  args: {},
  render: () => {
    holdMarkedRequests();
    return html`<article-card src="${FIXTURES}/seed-article.html#hold"></article-card>`;
  },
  decorators: [column()],
};

/**
 * A `src` page without usable metadata: the card fires `card-error` and shows its light-DOM
 * content, the publisher's fallback link, instead of an empty box.
 */
export const ErrorWithFallback: Story = {
  args: {},
  render: () =>
    html`<article-card src="${FIXTURES}/no-metadata.html">
      <a href=${SEED.href}>${SEED.headline}</a>
    </article-card>`,
  decorators: [column()],
};

/** A grid of cards: equal heights per row, each with its one link. */
export const Grid: Story = {
  args: {},
  render: () => {
    const cards = [
      { ...seedArgs },
      {
        ...seedArgs,
        kicker: 'Diplomacy',
        headline: 'Foreign ministers meet in Almaty to prepare the Astana summit',
        dek: 'The sixth meeting of the format sets the agenda for the leaders',
        updated: '2025-04-26',
        image: undefined,
      },
      {
        ...seedArgs,
        kicker: 'Trade',
        headline: 'Trade with Central Asia reached a record $94.8 billion in 2024',
        dek: 'Customs data show growth for the fourth year in a row',
        updated: '2025-01-13',
      },
      {
        ...seedArgs,
        kicker: 'Xi’an',
        headline: 'First China–Central Asia Summit launches the summit mechanism',
        dek: undefined,
        updated: '2023-05-19',
      },
    ];
    return html`<div class="ac-story-grid">
      ${cards.map(
        (c) =>
          html`<article-card
            kicker=${c.kicker}
            headline=${c.headline}
            dek=${c.dek ?? ''}
            byline=${c.byline}
            source=${c.source}
            updated=${c.updated}
            href=${c.href}
            image=${c.image ?? ''}
            image-alt=${c.image ? IMAGE_ALT : ''}
            headline-level="2"
          ></article-card>`,
      )}
    </div>`;
  },
};
