import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/index.js';
import { generateEvents } from '../src/data/generate.js';
import type { TimelineData } from '../src/data/types.js';
import './summit-timeline.stories.css';

// Files in ./fixtures/ are served by Storybook at /fixtures/summit-timeline/.
const FIXTURES = 'fixtures/summit-timeline';

/** The element takes its container's width: horizontal from 640 px, vertical below. */
const width =
  (w: 'narrow' | 'wide' | 'auto' = 'auto') =>
  (story: () => unknown) =>
    html`<div class="st-story" data-width=${w}>${story()}</div>`;

const meta: Meta = {
  title: 'Components/Summit timeline',
  component: 'summit-timeline',
  decorators: [width('wide')],
};
export default meta;
type Story = StoryObj;

/** A small custom dataset (our own sample text). */
const custom: TimelineData = {
  version: 1,
  title: 'A newsroom’s own timeline',
  asOf: '2026-11-01',
  events: [
    {
      id: 'kickoff',
      start: '2024-03-04',
      kind: 'milestone',
      status: 'held',
      title: 'Project starts',
      summary: 'Sample data passed in the data property.',
    },
    {
      id: 'talks',
      start: '2024-09-10',
      end: '2024-09-12',
      kind: 'ministerial',
      status: 'held',
      title: 'Three days of talks',
      place: { city: 'Bishkek', country: 'Kyrgyzstan', countryCode: 'KG' },
    },
    {
      id: 'summit',
      start: '2026-05',
      kind: 'summit',
      status: 'announced',
      title: 'A summit planned for May',
    },
  ],
};

/** The built-in dataset: the China–Central Asia summits, sourced, with one projected summit. */
export const BuiltIn: Story = {};

/** Horizontal, whatever the width. */
export const Horizontal: Story = { args: { orientation: 'horizontal' } };

/**
 * Vertical (`orientation="vertical"`, also what `auto` picks below 640 px): scrolls natively inside
 * the element's height.
 */
export const Vertical: Story = {
  args: { orientation: 'vertical' },
  decorators: [width('narrow')],
};

/** No projected summit. */
export const ProjectionsNone: Story = { args: { projections: 0 } };

/** One projected summit (the default): 2029, Kyrgyzstan. */
export const ProjectionsOne: Story = { args: { projections: 1 } };

/** Three projected summits: 2029 Kyrgyzstan, 2031 China, 2033 Tajikistan. */
export const ProjectionsThree: Story = { args: { projections: 3 } };

/** Only the summits (the `kinds` filter). */
export const SummitsOnly: Story = { args: { kinds: 'summit virtual-summit' } };

/** The Astana summit selected: its details are open (as a publisher's deep link would do). */
export const Selected: Story = { args: { selected: 'summit-2025' } };

/** Starting on a range: `from` and `to`. */
export const FromTo: Story = { args: { from: '2022', to: '2026' } };

/** Custom data through the `data` property. */
export const CustomDataProperty: Story = {
  render: () => html`<summit-timeline .data=${custom}></summit-timeline>`,
};

/** Custom data in a child `<script type="application/json">`. */
export const CustomInlineJson: Story = {
  render: () =>
    html`<summit-timeline>
      <script type="application/json">
        ${JSON.stringify({ ...custom, title: 'From inline JSON' })}
      </script>
    </summit-timeline>`,
};

/** Custom data fetched from `src`. */
export const CustomSrc: Story = {
  render: () => html`<summit-timeline src="${FIXTURES}/custom-timeline.json"></summit-timeline>`,
};

/** An empty event list: the "no events" state. */
export const Empty: Story = {
  render: () =>
    html`<summit-timeline
      .data=${{ version: 1, title: 'Nothing yet', events: [] }}
    ></summit-timeline>`,
};

/** Off-format data: the message names the problem and its path (and `timeline-error` fires). */
export const InvalidData: Story = {
  render: () =>
    html`<summit-timeline>
      <script type="application/json">
        {
          "version": 1,
          "events": [
            {
              "id": "ok",
              "start": "2024-02-01",
              "kind": "summit",
              "status": "held",
              "title": "Fine"
            },
            {
              "id": "bad",
              "start": "2025-13-45",
              "kind": "summit",
              "status": "held",
              "title": "Bad"
            }
          ]
        }
      </script>
    </summit-timeline>`,
};

/** Not JSON at all. */
export const InvalidJson: Story = {
  render: () =>
    html`<summit-timeline>
      <script type="application/json">
        { "version": 1, "events": [
      </script>
    </summit-timeline>`,
};

const many: TimelineData = {
  version: 1,
  title: '10,000 generated events',
  events: generateEvents(10_000, 1),
};

/** 10,000 generated events: clustered into count badges, only what is visible in the DOM. */
export const TenThousandEvents: Story = {
  render: () => html`<summit-timeline .data=${many}></summit-timeline>`,
};

/** The colour scheme forced dark. */
export const Dark: Story = { args: { theme: 'dark' } };

const inLang = (lang: string): TemplateResult =>
  html`<summit-timeline lang=${lang} selected="summit-2023"></summit-timeline>`;

/** English. */
export const English: Story = { render: () => inLang('en') };

/** Chinese (Simplified): interface, dates and the dataset. */
export const Chinese: Story = { render: () => inLang('zh') };

/** Russian. */
export const Russian: Story = { render: () => inLang('ru') };

/** French. */
export const French: Story = { render: () => inLang('fr') };

/** Two languages on one page: each element in its own. */
export const Bilingual: Story = {
  render: () =>
    html`<div class="st-story-stack">
      <summit-timeline lang="zh"></summit-timeline>
      <summit-timeline lang="ru"></summit-timeline>
    </div>`,
};

/** Right-to-left sample content (our own Arabic text; no right-to-left catalog ships). */
const rtlSample: TimelineData = {
  version: 1,
  title: 'قمم الصين وآسيا الوسطى',
  events: [
    {
      id: 'xian',
      start: '2023-05-18',
      end: '2023-05-19',
      kind: 'summit',
      status: 'held',
      title: 'القمة الأولى في شيآن',
      place: { city: 'شيآن', country: 'الصين', countryCode: 'CN' },
    },
    {
      id: 'astana',
      start: '2025-06-17',
      kind: 'summit',
      status: 'held',
      title: 'القمة الثانية في أستانا',
      place: { city: 'أستانا', country: 'كازاخستان', countryCode: 'KZ' },
    },
    { id: 'third', start: '2027', kind: 'summit', status: 'announced', title: 'القمة الثالثة' },
  ],
};

/** Right to left (`dir="rtl"` on the page): time runs from right to left; ← moves later. */
export const RightToLeft: Story = {
  render: () =>
    html`<div dir="rtl" lang="ar"><summit-timeline .data=${rtlSample}></summit-timeline></div>`,
};

/** Right to left, vertical: the axis at the right, the labels to its left. */
export const RightToLeftVertical: Story = {
  decorators: [width('narrow')],
  render: () =>
    html`<div dir="rtl" lang="ar"><summit-timeline .data=${rtlSample}></summit-timeline></div>`,
};
