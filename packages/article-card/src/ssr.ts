/**
 * Server-side rendering of `<article-card>` with @lit-labs/ssr, for Node (`@tianshan/article-card/ssr`).
 *
 * The card renders to declarative shadow DOM: the whole card, readable before (or without) any
 * JavaScript; in the browser, `@lit-labs/ssr-client/lit-element-hydrate-support.js` loaded before
 * the card's bundle hydrates it without re-creating it. The server knows neither the reader's
 * language nor their time zone, so both are options. A plain link to the story goes inside the
 * element as its no-JS fallback (shown by browsers without declarative shadow DOM).
 *
 * `@lit-labs/ssr` is an optional peer dependency: install it where you render on the server.
 */
// @lit-labs/ssr first: it prepares the DOM shim the component modules need in Node.
import { html, render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { nothing } from 'lit';
import './index.js';
import {
  articleToFields,
  safeSrcset,
  safeUrl,
  type ArticleCardVariant,
  type NewsArticleInput,
} from './element.js';

/** The card's data: its attributes (camelCased), and/or a schema.org NewsArticle. */
export interface ArticleCardProps {
  href?: string;
  headline?: string;
  dek?: string;
  kicker?: string;
  byline?: string;
  source?: string;
  published?: string;
  updated?: string;
  image?: string;
  imageAlt?: string;
  imageSrcset?: string;
  imageSizes?: string;
  variant?: ArticleCardVariant;
  headlineLevel?: number;
  theme?: 'auto' | 'light' | 'dark';
  /** A NewsArticle (JSON-LD) object; its fields fill what the attributes above leave empty. */
  article?: NewsArticleInput;
}

/** What the server must say because it cannot know it. */
export interface ArticleCardSsrOptions {
  /** Language of the card's labels and dates (a BCP 47 tag such as `en`, `zh-CN`). */
  lang: string;
  /** IANA time zone that date-times are shown in (e.g. `Asia/Shanghai`). */
  timeZone: string;
  /** CSP nonce put on the inline `<style>` the card emits (`style-src 'nonce-…'`). */
  nonce?: string;
}

const NONCE = /^[A-Za-z0-9+/_=-]+$/;

/** Checks a BCP 47 tag; throws a RangeError otherwise. */
export function checkLang(lang: unknown): string {
  try {
    if (typeof lang === 'string' && lang.trim()) return Intl.getCanonicalLocales(lang.trim())[0]!;
  } catch {
    // reported below
  }
  throw new RangeError(`lang must be a BCP 47 language tag, got ${JSON.stringify(lang)}`);
}

/** Checks a CSP nonce (base64 characters); throws a RangeError otherwise. */
export function checkNonce(nonce: unknown): string | undefined {
  if (nonce === undefined) return undefined;
  if (typeof nonce === 'string' && NONCE.test(nonce)) return nonce;
  throw new RangeError('nonce must be a base64 string');
}

/**
 * Puts `nonce` on the `<style>` elements that @lit-labs/ssr emits. Text and attribute values are
 * escaped by Lit, so a literal `<style>` in the output can only come from a component's styles.
 */
export function addNonce(markup: string, nonce: string | undefined): string {
  return nonce ? markup.replaceAll('<style>', `<style nonce="${nonce}">`) : markup;
}

/** Checks an IANA time zone; throws a RangeError otherwise. */
export function checkTimeZone(timeZone: unknown): string {
  try {
    if (typeof timeZone === 'string' && timeZone) {
      return new Intl.DateTimeFormat('en', { timeZone }).resolvedOptions().timeZone;
    }
  } catch {
    // reported below
  }
  throw new RangeError(`timeZone must be an IANA time zone, got ${JSON.stringify(timeZone)}`);
}

/**
 * Collapses the blank runs that attributes rendered as `nothing` leave in the element's opening
 * tag, and any in its closing tag. Attribute values are escaped by Lit, so the first `>` ends the tag.
 */
export function tidyOpeningTag(markup: string): string {
  return markup
    .replace(/^<([a-z][a-z0-9-]*)([^>]*)>/, (_, tag: string, attrs: string) => {
      const tidy = attrs.replace(/\s+/g, ' ').trimEnd();
      return `<${tag}${tidy}>`;
    })
    .replace(/<\/([a-z][a-z0-9-]*)\s+>$/, '</$1>');
}

const str = (v: unknown) =>
  typeof v === 'string' || typeof v === 'number' ? String(v).trim() || undefined : undefined;

/**
 * Renders an `<article-card>` to HTML with declarative shadow DOM. Resolves to a string to place
 * in the page as it is. Rejects with a RangeError for an invalid `lang`, `timeZone` or `nonce`.
 *
 * @example
 * const markup = await renderArticleCard(
 *   { href: '/astana.html', headline: 'C. Asia ties to get new boost', published: '2025-06-13T23:22:00Z' },
 *   { lang: 'en', timeZone: 'Asia/Shanghai', nonce },
 * );
 */
export async function renderArticleCard(
  props: ArticleCardProps,
  options: ArticleCardSsrOptions,
): Promise<string> {
  const lang = checkLang(options?.lang);
  const nonce = checkNonce(options?.nonce);
  const timeZone = checkTimeZone(options?.timeZone);
  const p: ArticleCardProps = props ?? {};
  // The article object becomes attributes too, so the browser's first render (from the same
  // attributes) is the server's, as hydration requires.
  const a = p.article ? articleToFields(p.article, (u) => !!safeUrl(u, undefined, true)) : {};
  const byline = Array.isArray(a.byline)
    ? new Intl.ListFormat(lang, { type: 'conjunction' }).format(a.byline)
    : a.byline;
  const f = {
    href: str(p.href) ?? a.href,
    headline: str(p.headline) ?? a.headline,
    dek: str(p.dek) ?? a.dek,
    kicker: str(p.kicker) ?? a.kicker,
    byline: str(p.byline) ?? byline,
    source: str(p.source) ?? a.source,
    published: str(p.published) ?? a.published,
    updated: str(p.updated) ?? a.updated,
    image: str(p.image) ?? a.image,
    imageAlt: str(p.imageAlt) ?? a.imageAlt,
    imageSrcset: str(p.imageSrcset) ?? a.imageSrcset,
    imageSizes: str(p.imageSizes) ?? a.imageSizes,
  };
  const level = Number(p.headlineLevel);
  // Unsafe URLs (javascript: and the like) are dropped here, with the card's warning.
  const link = safeUrl(f.href);
  const image = safeUrl(f.image, undefined, true);
  const fallback = link && f.headline ? html`<a href=${link}>${f.headline}</a>` : nothing;
  const v = (x: unknown) => (x === undefined || x === null || x === '' ? nothing : String(x));
  const markup = await collectResult(
    render(
      html`<article-card
        data-ssr
        lang=${lang}
        time-zone=${timeZone}
        href=${v(link)}
        headline=${v(f.headline)}
        dek=${v(f.dek)}
        kicker=${v(f.kicker)}
        byline=${v(f.byline)}
        source=${v(f.source)}
        published=${v(f.published)}
        updated=${v(f.updated)}
        image=${v(image)}
        image-alt=${v(f.imageAlt)}
        image-srcset=${v(safeSrcset(f.imageSrcset))}
        image-sizes=${v(f.imageSizes)}
        variant=${v(p.variant)}
        headline-level=${level >= 2 && level <= 6 ? String(Math.trunc(level)) : nothing}
        theme=${v(p.theme)}
        >${fallback}</article-card
      >`,
    ),
  );
  return addNonce(tidyOpeningTag(markup), nonce);
}
