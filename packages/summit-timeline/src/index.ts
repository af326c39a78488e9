// Registers <summit-timeline> and <article-card> (each unless already defined) and exports the class.
import '@tianshan/article-card';
import { defineElement } from '@tianshan/article-card/element';
import { SummitTimeline } from './summit-timeline.js';

export * from './element.js';

defineElement('summit-timeline', SummitTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'summit-timeline': SummitTimeline;
  }
}
