import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { styles } from './summit-timeline.styles.js';
import type { TimelineData } from './types.js';

/**
 * A timeline of the China–Central Asia summits.
 *
 * Minimal first version: the title and an ordered list of the events of `data`.
 *
 * @summary A timeline of events.
 * @csspart title - The timeline's title.
 * @csspart list - The ordered list of events.
 * @cssprop --summit-timeline-color - Text colour. Defaults to `--tian-color-text`.
 * @cssprop --summit-timeline-background - Background. Defaults to `--tian-color-surface`.
 * @cssprop --summit-timeline-padding - Inner spacing. Defaults to `--tian-space-4`.
 * @cssprop --summit-timeline-font-family - Font. Defaults to `--tian-font-family-sans`.
 */
export class SummitTimeline extends LitElement {
  static override styles = styles;

  /** The timeline's data. */
  @property({ attribute: false }) data?: TimelineData;

  /** Colour scheme: `auto` follows the page's `color-scheme`; `light` or `dark` force one. */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  override render() {
    const events = this.data?.events ?? [];
    return html`
      ${this.data?.title ? html`<h2 part="title">${this.data.title}</h2>` : null}
      <ol part="list">
        ${repeat(
          events,
          (e) => e.id,
          (e) => html`<li><time datetime=${e.start}>${e.start}</time> ${e.title}</li>`,
        )}
      </ol>
    `;
  }
}
