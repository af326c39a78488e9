// The class and helpers, with nothing registered: for another tag name or a scoped registry.
export { ArticleCard } from './article-card.js';
export { defineElement, isTianshanElement, brand } from './define.js';
