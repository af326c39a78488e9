/** Card fields and how sources combine: pure, no DOM. */

/** What a card shows. Every field is optional; a card needs `headline` and `href`. */
export interface CardFields {
  href?: string;
  headline?: string;
  dek?: string;
  kicker?: string;
  /** One name, or several (joined with the language's list format). */
  byline?: string | string[];
  source?: string;
  published?: string;
  updated?: string;
  image?: string;
  imageAlt?: string;
  imageSrcset?: string;
  imageSizes?: string;
  /** Language of the article's text (`inLanguage`). */
  lang?: string;
}

/**
 * Merges card fields by precedence, field by field: the first source with a value wins. The
 * image's alt text, `srcset` and `sizes` come only from the image's own source or a higher one.
 */
export function mergeFields(...sources: CardFields[]): CardFields {
  const out: CardFields = {};
  const img = sources.findIndex((s) => s.image) + 1;
  for (const [i, s] of sources.entries()) {
    for (const [k, v] of Object.entries(s) as [keyof CardFields, string][]) {
      if (v && !out[k] && (i < img || !/^image./.test(k))) out[k] = v;
    }
  }
  return out;
}
