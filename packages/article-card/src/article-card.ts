import {
  LitElement,
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { styles } from './article-card.styles.js';
import type { NewsArticleInput } from './article.js';
import { mergeFields, type CardFields } from './fields.js';
import { formatDate, parseDate } from './dates.js';
import { catalogs, languageOf, resolveLanguage } from './messages.js';
import { safeSrcset, safeUrl } from './urls.js';

/** Layouts: `standard` (image above), `horizontal` (image beside), `compact` (no image). */
export const VARIANTS = ['standard', 'horizontal', 'compact'] as const;
export type ArticleCardVariant = (typeof VARIANTS)[number];

/** Why a card could not show its data. */
export type CardErrorReason = 'fetch' | 'parse' | 'invalid';

/** Detail of the `card-error` event. */
export interface CardErrorDetail {
  /** `fetch`: `src` failed, timed out or was too large; `parse`: unreadable data; `invalid`: no headline or no usable link. */
  reason: CardErrorReason;
  /** What went wrong, for developers (English). */
  message: string;
  /** The `src` concerned, for `src` errors. */
  src?: string;
}

const text = (v: unknown) =>
  typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '';

/** `articleToFields`: JSON-LD to fields, taking the first image whose URL `usableImage` accepts. */
type JsonLdReader = (data: unknown, usableImage?: (url: string) => boolean) => CardFields;
let readJsonLd: JsonLdReader | undefined;

/**
 * Installs the JSON-LD reader (`articleToFields`), so that `article` and inline JSON-LD render
 * synchronously, as in server-side rendering. The package's `index` and `element` entries do this;
 * the CDN bundle loads the reader on first use instead, keeping a card from attributes small.
 */
export function installJsonLdReader(reader: JsonLdReader) {
  readJsonLd = reader;
}

/** Loads the reader on demand; if it cannot load, JSON-LD reads as empty (attributes still work). */
const loadJsonLd = () =>
  import('./article.js').then(
    (m) => (readJsonLd ??= m.articleToFields),
    () => (readJsonLd ??= () => ({})),
  );

/** Sanitises a source's URLs, resolving relative ones against `base` when given. */
const clean = (f: CardFields, base?: string): CardFields => ({
  ...f,
  href: safeUrl(f.href, base),
  image: safeUrl(f.image, base, true),
  imageSrcset: safeSrcset(f.imageSrcset, base),
});

/** Reads JSON-LD, skipping images with unsafe URLs (warned about) for the next one, then cleans. */
const readClean = (read: JsonLdReader, data: unknown, base?: string) =>
  clean(
    read(data, (url) => !!safeUrl(url, base, true)),
    base,
  );

/** Text attributes, copied as they are into the card's fields. */
const TEXT = [
  'headline',
  'dek',
  'kicker',
  'byline',
  'source',
  'published',
  'imageAlt',
  'imageSrcset',
  'imageSizes',
] as const;

/**
 * A news article card: section, headline, standfirst, byline, source, date and picture, with one
 * link (the headline's) and the whole card clickable. Data comes from attributes, the `article`
 * property, a child `<script type="application/ld+json">` or the page or JSON-LD at `src`, in that
 * order of precedence, field by field. Without a headline and a usable link it fires `card-error`
 * and shows its light-DOM content instead.
 *
 * @summary A card that links a news story.
 * @tagname article-card
 *
 * @attr {string} lang - Language of the card's labels and dates (`en`, `zh`, `ru`, `fr`; region subtags fall back). Default: the nearest ancestor's `lang`, else the document's, else English.
 *
 * @slot - Fallback content (e.g. a plain link to the story): shown when the card has no headline or no usable link, or its data failed to load, and to readers without JavaScript.
 *
 * @fires {CardErrorDetail} card-error - The card's data is unusable: a `src` fetch failed or timed out, data could not be parsed, or there is no headline or link. detail `{ reason: 'fetch' | 'parse' | 'invalid', message: string, src?: string }`. Bubbles and is composed.
 *
 * @csspart card - The card's box (an `<article>`).
 * @csspart media - The image's box, its size reserved by `--article-card-image-ratio`; a neutral placeholder when there is no image or it fails.
 * @csspart image - The `<img>`.
 * @csspart body - The text column.
 * @csspart kicker - The section.
 * @csspart headline - The heading (`h2`–`h6`, from `headline-level`).
 * @csspart link - The link in the heading: the card's only link.
 * @csspart dek - The standfirst.
 * @csspart meta - The line with byline, source and date.
 * @csspart byline - The author(s).
 * @csspart source - The publisher.
 * @csspart date - The `<time>` element.
 *
 * @cssprop --article-card-background - Card background. Default `--tian-color-surface`.
 * @cssprop --article-card-color - Text colour. Default `--tian-color-text`.
 * @cssprop --article-card-muted-color - Standfirst and meta line colour. Default `--tian-color-text-muted`.
 * @cssprop --article-card-kicker-color - Section colour. Default `--tian-color-accent`.
 * @cssprop --article-card-border - Card border. Default `1px solid` `--tian-color-border`.
 * @cssprop --article-card-radius - Corner radius. Default `--tian-radius-md`.
 * @cssprop --article-card-padding - Inner spacing. Default `--tian-space-4`.
 * @cssprop --article-card-gap - Space between the text rows. Default `--tian-space-2`.
 * @cssprop --article-card-font-family - Text font. Default `--tian-font-family-sans` when the page sets it (tokens.css), else the page's own font.
 * @cssprop --article-card-headline-font-family - Headline font. Default: the text font.
 * @cssprop --article-card-headline-size - Headline size. Default `--tian-font-size-xl`.
 * @cssprop --article-card-headline-lines - Lines the headline is clamped to. Default `3`.
 * @cssprop --article-card-dek-lines - Lines the standfirst is clamped to. Default `3`.
 * @cssprop --article-card-image-ratio - Aspect ratio of the image box. Default `16 / 9`.
 * @cssprop --article-card-media-size - Width of the image in the `horizontal` variant. Default `40%`.
 * @cssprop --article-card-placeholder - Background of an empty or failed image box. Default `--tian-color-surface-muted`.
 * @cssprop --article-card-skeleton - Colour of the loading skeleton. Default `--tian-color-skeleton`.
 * @cssprop --article-card-focus-ring - Colour of the link's focus outline. Default `--tian-focus-ring-color`.
 */
export class ArticleCard extends LitElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    href: {},
    headline: {},
    dek: {},
    kicker: {},
    byline: {},
    source: {},
    published: {},
    dateModified: { attribute: 'updated' },
    image: {},
    imageAlt: { attribute: 'image-alt' },
    imageSrcset: { attribute: 'image-srcset' },
    imageSizes: { attribute: 'image-sizes' },
    variant: {},
    headlineLevel: { attribute: 'headline-level', type: Number },
    timeZone: { attribute: 'time-zone' },
    src: {},
    theme: { reflect: true },
    article: { attribute: false },
  };

  /** Milliseconds before a `src` fetch is abandoned with `card-error` (default 10 000). */
  static fetchTimeout?: number;

  /** Largest `src` response read, in bytes (default 5 MB); larger ones fail with `card-error`. */
  static maxResponseBytes?: number;

  /** URL of the article: `http:`, `https:` or relative; anything else is dropped with a warning. */
  declare href?: string;

  /** The headline: the text of the card's one link. */
  declare headline?: string;

  /** The standfirst (dek): one or two sentences under the headline. */
  declare dek?: string;

  /** The section, shown above the headline (e.g. "China"). */
  declare kicker?: string;

  /** The author(s), shown after "By". */
  declare byline?: string;

  /** The publisher's name. */
  declare source?: string;

  /** Publication date: ISO 8601 date-time with offset, or a date alone (a calendar date). */
  declare published?: string;

  /**
   * Date of the last update (attribute `updated`), same formats as `published`; shown instead of
   * it when given. The property is `dateModified` because `updated` is Lit's lifecycle method; in
   * plain JavaScript, assigning a string to `updated` sets `dateModified` too.
   */
  declare dateModified?: string;

  /** Image URL: `http:`, `https:`, relative or `data:image/(png|jpeg|gif|webp|avif)`. */
  declare image?: string;

  /** Text alternative of the image; empty (decorative) when not given. */
  declare imageAlt?: string;

  /**
   * `srcset` of the image (candidates separated by a comma and a space). Each candidate's URL
   * follows the rule of `image`: unsafe ones are dropped with a console warning.
   */
  declare imageSrcset?: string;

  /** `sizes` of the image. */
  declare imageSizes?: string;

  /** Layout: `standard` (default; image above), `horizontal` (image beside) or `compact` (no image). Any other value lays out as `standard`. */
  // (Spelled out, not ArticleCardVariant: the manifest and Storybook's control list the values.)
  declare variant?: 'standard' | 'horizontal' | 'compact';

  /** Level of the headline's heading, 2–6 (default 3; any other value gives 3). */
  declare headlineLevel?: number;

  /** IANA time zone for date-times (e.g. `Asia/Shanghai`); default the reader's. */
  declare timeZone?: string;

  /**
   * URL of a JSON-LD document or an HTML page to read the article's metadata from (same-origin or
   * CORS), read by its Content-Type: JSON types as JSON-LD, `text/html` and
   * `application/xhtml+xml` as a page, `text/plain` by its first character; any other type fails
   * with `card-error` (`parse`).
   */
  declare src?: string;

  /** Colour scheme: `auto` (default) follows the page's `color-scheme`; `light` or `dark` force one. Any other value acts as `auto`. */
  declare theme?: 'auto' | 'light' | 'dark';

  /** A schema.org NewsArticle object as found in JSON-LD (or a JSON-LD document holding one). */
  declare article?: NewsArticleInput | null;

  #remote?: { src: string; fields: CardFields };
  #failedImage?: string;
  #fields: CardFields = {};
  #article?: unknown;
  #articleFields: CardFields = {};
  #inline?: string;
  #inlineFields: CardFields = {};
  #needsJsonLd = false;
  #ctrl?: AbortController;
  #observer?: MutationObserver;
  #pending: CardErrorDetail[] = [];
  #errored = false;
  #down?: MouseEvent;
  #updatedOverride?: unknown;

  constructor() {
    super();
    // `updated` assigned before the element was upgraded is an own property that would hide the
    // accessor below (and Lit would call it): hand it to the accessor instead.
    const self: { updated?: unknown } = this as never;
    if (Object.hasOwn(self, 'updated')) {
      const value = self.updated;
      delete self.updated;
      self.updated = value;
    }
  }

  override connectedCallback() {
    super.connectedCallback();
    // Re-render when a child JSON-LD script or a `lang` (own, ancestor or document) changes.
    const mo = (this.#observer = new MutationObserver(() => this.requestUpdate()));
    const opts = { subtree: true, attributeFilter: ['lang'] };
    mo.observe(this, { ...opts, childList: true });
    mo.observe(document.documentElement, opts);
    if (this.hasUpdated) void this.#load();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    this.#ctrl?.abort();
  }

  /** True while `src`, or the JSON-LD reader the data needs, is loading. */
  get #loading() {
    return (!!this.src && this.#remote?.src !== this.src) || (!readJsonLd && this.#needsJsonLd);
  }

  override willUpdate() {
    const scripts = [
      ...(this.querySelectorAll?.(':scope > script[type="application/ld+json" i]') ?? []),
    ].map((s) => s.textContent);
    const inline = scripts.join('\0');
    this.#needsJsonLd = !!(inline || this.article);
    if (!readJsonLd) {
      if (this.#needsJsonLd) void loadJsonLd().then(() => this.requestUpdate());
    } else {
      if (this.article !== this.#article) {
        this.#article = this.article;
        this.#articleFields = readClean(readJsonLd, this.article);
      }
      if (inline !== this.#inline) {
        this.#inline = inline;
        const data = [];
        for (const s of scripts) {
          try {
            data.push(JSON.parse(s!));
          } catch {
            this.#pending.push({ reason: 'parse', message: 'Invalid inline JSON-LD' });
          }
        }
        this.#inlineFields = readClean(readJsonLd, data);
      }
    }
    const own: CardFields = {
      image: this.image,
      href: this.href,
      updated: text(this.dateModified),
    };
    for (const k of TEXT) own[k] = text(this[k]);
    this.#fields = mergeFields(
      clean(own),
      this.#articleFields,
      this.#inlineFields,
      (this.#remote?.src === this.src && this.#remote?.fields) || {},
    );
  }

  static {
    // `updated` is both an attribute (whose property is `dateModified`) and Lit's lifecycle
    // method. An accessor on this class's prototype keeps both: reading `updated` gives the
    // lifecycle method (or a function assigned to override it, as on any Lit element); assigning
    // anything else sets `dateModified`, so `card.updated = '2025-06-14'` works as the attribute
    // does instead of breaking the element. Subclasses may still define their own `updated()`.
    function lifecycle(this: ArticleCard, changed: PropertyValues<ArticleCard>) {
      if (changed.has('src')) void this.#load();
      const f = this.#fields;
      // One failure, one event: no `invalid` on top of a `fetch` or `parse` error for the same state.
      if ((f.headline && f.href) || this.#loading) this.#errored = false;
      else if (!this.#errored && !this.#pending.length)
        this.#pending.push({
          reason: 'invalid',
          message: 'No headline or no usable link',
        });
      for (const detail of this.#pending.splice(0)) {
        this.#errored = true;
        this.dispatchEvent(
          new CustomEvent('card-error', { detail, bubbles: true, composed: true }),
        );
      }
    }
    Object.defineProperty(this.prototype, 'updated', {
      configurable: true,
      get(this: ArticleCard) {
        return (#updatedOverride in this && this.#updatedOverride) || lifecycle;
      },
      set(this: ArticleCard, value: unknown) {
        if (typeof value === 'function') this.#updatedOverride = value;
        else this.dateModified = value as string;
      },
    });
  }

  /** Loads `src` unless it is loaded; a newer call (or leaving the page) aborts an older one. */
  async #load() {
    this.#ctrl?.abort();
    const src = this.src;
    if (!src || this.#remote?.src === src) return;
    const ctrl = (this.#ctrl = new AbortController());
    const C = this.constructor as typeof ArticleCard;
    let fields: CardFields = {};
    const url = safeUrl(src);
    try {
      const [{ fetchSource }, read] = await Promise.all([
        import('./fetch-source.js'),
        loadJsonLd(),
      ]);
      if (!url) throw Error('unsafe URL');
      const r = await fetchSource(url, ctrl.signal, C.fetchTimeout, C.maxResponseBytes);
      fields = mergeFields(...r.items.map((d) => readClean(read, d, r.url)), { href: r.url });
    } catch (e) {
      if (ctrl.signal.aborted) return;
      const { reason = 'fetch', message } = e as Partial<CardErrorDetail>;
      this.#pending.push({ reason, message: String(message), src });
    }
    if (!ctrl.signal.aborted) {
      this.#remote = { src, fields };
      this.requestUpdate();
    }
  }

  /**
   * Clicks anywhere on the card follow the link, unless they end a text selection (text is
   * selected, or the pointer moved since it went down) or are meant for the browser (another
   * button, a modifier key, a page listener that cancelled it).
   */
  #onClick(e: MouseEvent) {
    const a = this.renderRoot.querySelector('a');
    const down = this.#down;
    this.#down = undefined;
    if (
      a &&
      !e.defaultPrevented &&
      !e.button &&
      !(e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) &&
      !e.composedPath().includes(a) &&
      !String(getSelection()) &&
      !(down && Math.hypot(e.clientX - down.clientX, e.clientY - down.clientY) > 4)
    )
      a.click();
  }

  override render() {
    const lang = languageOf(this);
    // Labels, dates and lists all speak the catalog's language (`en-GB` reads as `en`).
    const locale = resolveLanguage(lang);
    const m = catalogs[locale];
    const f = this.#fields;
    const loading = this.#loading;
    if (!loading && !(f.headline && f.href)) return html`<slot></slot>`;

    // Only a known variant becomes a class: anything else lays out as `standard`.
    const variant = VARIANTS.includes(this.variant!) ? this.variant! : 'standard';
    const reserve = !!this.src || loading;
    const src = loading || f.image === this.#failedImage ? '' : f.image;
    const updated = parseDate(f.updated);
    const date = updated ?? parseDate(f.published);
    const byline = Array.isArray(f.byline)
      ? new Intl.ListFormat(locale, { type: 'conjunction' }).format(f.byline)
      : f.byline;
    const img = src
      ? html`<img
          part="image"
          src=${src}
          alt=${f.imageAlt ?? ''}
          srcset=${f.imageSrcset || nothing}
          sizes=${f.imageSizes || nothing}
          loading="lazy"
          decoding="async"
          @error=${() => {
            this.#failedImage = src;
            this.requestUpdate();
          }}
        />`
      : nothing;
    const time = date
      ? html`<span
          >${date === updated ? m.updated : ''}<time part="date" datetime=${date.iso}
            >${formatDate(date, locale, this.timeZone)}</time
          ></span
        >`
      : nothing;

    // The whole card is clickable for pointer users; keyboard users have the link itself.
    /* eslint-disable lit-a11y/click-events-have-key-events */
    return html`<article
      part="card"
      class="card ${variant}${reserve ? ' reserve' : ''}${loading ? ' skeleton' : ''}"
      aria-busy=${loading || nothing}
      aria-label=${loading ? m.loading : nothing}
      @mousedown=${(e: MouseEvent) => (this.#down = e)}
      @click=${this.#onClick}
    >
      ${
        variant !== 'compact' && (f.image || reserve)
          ? html`<div part="media" class="media">${img}</div>`
          : nothing
      }
      <div part="body" class="body" lang=${f.lang || nothing} aria-hidden=${loading || nothing}>
        ${f.kicker || reserve ? html`<p part="kicker" class="kicker">${f.kicker}</p>` : nothing}
        ${heading(
          Number(this.headlineLevel),
          loading ? nothing : html`<a part="link" href=${f.href!}>${f.headline}</a>`,
        )}
        ${f.dek || reserve ? html`<p part="dek" class="dek">${f.dek}</p>` : nothing}
        <p part="meta" class="meta" lang=${f.lang ? lang : nothing}>
          ${time}${byline ? html`<span part="byline">${m.by}${byline}</span>` : nothing}${
            f.source ? html`<span part="source">${f.source}</span>` : nothing
          }
        </p>
      </div>
    </article>`;
    /* eslint-enable lit-a11y/click-events-have-key-events */
  }
}

/** The headline's heading: `h2`–`h6` by `headline-level`, `h3` for anything else. */
function heading(level: number, content: unknown): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 part="headline" class="headline">${content}</h2>`;
    case 4:
      return html`<h4 part="headline" class="headline">${content}</h4>`;
    case 5:
      return html`<h5 part="headline" class="headline">${content}</h5>`;
    case 6:
      return html`<h6 part="headline" class="headline">${content}</h6>`;
    default:
      return html`<h3 part="headline" class="headline">${content}</h3>`;
  }
}
