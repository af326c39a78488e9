// Registers <article-card> (unless that name is taken) and exports the class and helpers.
import { ArticleCard, type CardErrorDetail } from './article-card.js';
import { defineElement } from './define.js';

export * from './element.js';

defineElement('article-card', ArticleCard);

declare global {
  interface HTMLElementTagNameMap {
    'article-card': ArticleCard;
  }
  interface HTMLElementEventMap {
    'card-error': CustomEvent<CardErrorDetail>;
  }
}
