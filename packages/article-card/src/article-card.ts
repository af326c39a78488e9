import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { styles } from './article-card.styles.js';

/**
 * A news article card.
 *
 * Minimal first version: a headline that links to the article, from the `headline` and `href`
 * attributes. Without both it renders its light-DOM content (the publisher's fallback).
 *
 * @summary A card that links a news story.
 * @slot - Fallback content (e.g. a plain link), shown until the card has a headline and a link.
 * @csspart card - The card's outer box.
 * @csspart headline - The heading that holds the link.
 * @csspart link - The link to the article.
 * @cssprop --article-card-color - Text colour. Defaults to `--tian-color-text`.
 * @cssprop --article-card-background - Background. Defaults to `--tian-color-surface`.
 * @cssprop --article-card-link-color - Link colour. Defaults to `--tian-color-link`.
 * @cssprop --article-card-padding - Inner spacing. Defaults to `--tian-space-4`.
 * @cssprop --article-card-font-family - Text font. Defaults to `--tian-font-family-sans`.
 * @cssprop --article-card-headline-font-family - Headline font. Defaults to `--tian-font-family-serif`.
 * @cssprop --article-card-headline-size - Headline size. Defaults to `--tian-font-size-xl`.
 */
export class ArticleCard extends LitElement {
  static override styles = styles;

  /** URL of the article. */
  @property() href = '';

  /** The article's headline. */
  @property() headline = '';

  /** Colour scheme: `auto` follows the page's `color-scheme`; `light` or `dark` force one. */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  override render() {
    if (!this.headline || !this.href) return html`<slot></slot>`;
    return html`<article part="card" class="card">
      <h3 part="headline" class="headline">
        <a part="link" href=${this.href}>${this.headline}</a>
      </h3>
    </article>${nothing}`;
  }
}
