// Entry of the CDN bundle (dist/cdn/article-card.js), for `<script type="module" src=…>`: registers
// <article-card> and exports nothing, so the bundle carries only what a card from attributes uses
// (the class is `customElements.get('article-card')`). JSON-LD and `src` load on demand.
import { ArticleCard } from './article-card.js';
import { defineElement } from './define.js';

defineElement('article-card', ArticleCard);
