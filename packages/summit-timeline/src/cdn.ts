// Entry of the CDN bundle (dist/cdn/summit-timeline.js): registers <summit-timeline> and keeps the
// first render small. Loaded on demand, in chunks beside it: the validator (parseTimeline, with
// valibot) for custom data, d3-zoom on the first gesture or zoom key, the details panel with
// <article-card> on the first selection, the dataset's other languages.
import { defineElement } from './define.js';
import { SummitTimeline } from './summit-timeline.js';

export { SummitTimeline };
export { layoutTimeline } from './layout/layout.js';

defineElement('summit-timeline', SummitTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'summit-timeline': SummitTimeline;
  }
}
