// Registers <summit-timeline> and <article-card> (each unless already defined: silently for
// Tianshan's own copy, with one warning for a foreign element) and exports the class, the types
// and the pure functions.
import '@tianshan/article-card';
import { defineElement } from './define.js';
import { SummitTimeline } from './summit-timeline.js';

export * from './element.js';

defineElement('summit-timeline', SummitTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'summit-timeline': SummitTimeline;
  }
}
