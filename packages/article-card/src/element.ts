// The class and helpers, with nothing registered: for another tag name or a scoped registry.
import { installJsonLdReader } from './article-card.js';
import { articleToFields } from './article.js';

// The npm entries read JSON-LD synchronously (the CDN bundle loads the reader on demand).
installJsonLdReader(articleToFields);

export {
  ArticleCard,
  installJsonLdReader,
  VARIANTS,
  type ArticleCardVariant,
  type CardErrorDetail,
  type CardErrorReason,
} from './article-card.js';
export { articleToFields, type NewsArticleInput } from './article.js';
export { mergeFields, type CardFields } from './fields.js';
export { parseDate, formatDate, type ParsedDate } from './dates.js';
export { safeSrcset, safeUrl } from './urls.js';
export {
  catalogs,
  languageOf,
  resolveLanguage,
  LANGUAGES,
  type Language,
  type Messages,
} from './messages.js';
export { defineElement, isTianshanElement, brand } from './define.js';
