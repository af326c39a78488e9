/**
 * Server-side rendering of `<summit-timeline>` with @lit-labs/ssr, for Node
 * (`@tianshan/summit-timeline/ssr`).
 *
 * The server cannot know the reader's width, so it renders what does not depend on the browser:
 * the element with its declarative shadow root (the component's own server render) and, inside the
 * element, the timeline's title and the ordered list of its events, in `lang`. That list is also
 * the no-JS content: readable before and without JavaScript. The chart is left to the browser,
 * which hydrates the element (`@lit-labs/ssr-client/lit-element-hydrate-support.js` loaded before
 * the bundle) and draws it.
 *
 * `@lit-labs/ssr` is an optional peer dependency: install it where you render on the server.
 */
// @lit-labs/ssr first: it prepares the DOM shim the component modules need in Node.
import { html, render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { nothing, type TemplateResult } from 'lit';
import './index.js';
import {
  catalogs,
  formatEventDate,
  formatPlace,
  loadDatasetLanguage,
  localize,
  parseTimeline,
  projectSummits,
  resolveLang,
  sortEvents,
  type TimelineData,
} from './element.js';

/** The timeline's inputs: its attributes (camelCased) and its data. */
export interface SummitTimelineProps {
  /**
   * The data (an object in the timeline format, or its JSON text). Validated; it also goes into the
   * element as inline JSON for the browser. Without `data` and `src`: the built-in dataset.
   */
  data?: unknown;
  /** URL of the data for the browser. Give the server's copy as `data` too to get the list. */
  src?: string;
  orientation?: 'auto' | 'horizontal' | 'vertical';
  selected?: string;
  projections?: number;
  kinds?: string;
  from?: string;
  to?: string;
  theme?: 'auto' | 'light' | 'dark';
  /** Level of the title's heading in the list, 2–6 (default 2). */
  headingLevel?: number;
}

/** What the server must say because it cannot know it. */
export interface SummitTimelineSsrOptions {
  /** Language of the title, the list and the element (a BCP 47 tag such as `en`, `zh-CN`). */
  lang: string;
  /** CSP nonce put on the inline `<style>` the element emits (`style-src 'nonce-…'`). */
  nonce?: string;
}

const NONCE = /^[A-Za-z0-9+/_=-]+$/;

function checkLang(lang: unknown): string {
  try {
    if (typeof lang === 'string' && lang.trim()) return Intl.getCanonicalLocales(lang.trim())[0]!;
  } catch {
    // reported below
  }
  throw new RangeError(`lang must be a BCP 47 language tag, got ${JSON.stringify(lang)}`);
}

function checkNonce(nonce: unknown): string | undefined {
  if (nonce === undefined) return undefined;
  if (typeof nonce === 'string' && NONCE.test(nonce)) return nonce;
  throw new RangeError('nonce must be a base64 string');
}

/** JSON safe inside a `<script>` element: no `<` can close it or open a comment. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

function heading(level: number, text: string): TemplateResult {
  switch (level) {
    case 3:
      return html`<h3>${text}</h3>`;
    case 4:
      return html`<h4>${text}</h4>`;
    case 5:
      return html`<h5>${text}</h5>`;
    case 6:
      return html`<h6>${text}</h6>`;
    default:
      return html`<h2>${text}</h2>`;
  }
}

/**
 * The events the element shows for these props and data, in time order: projected summits added
 * (data that declares `rotation`), filtered by `kinds`.
 */
export function listedEvents(data: TimelineData, props: SummitTimelineProps = {}) {
  let events = Array.isArray(data.events) ? data.events : [];
  const n = Number(props.projections ?? 1);
  const count = Number.isFinite(n) ? Math.max(0, Math.floor(n)) : 1;
  if (data.rotation === 'china-central-asia' && count > 0) {
    events = projectSummits(events, { count });
  }
  const kinds = new Set(
    String(props.kinds ?? '')
      .split(/\s+/)
      .filter(Boolean),
  );
  if (kinds.size) events = events.filter((e) => kinds.has(e.kind));
  return sortEvents(events);
}

/**
 * Renders a `<summit-timeline>` to HTML: declarative shadow DOM plus its title and ordered list
 * of events. Resolves to a string to place in the page as it is. Rejects with a RangeError for an
 * invalid `lang` or `nonce`, and with a TimelineDataError (naming the path) for invalid `data`.
 *
 * @example
 * const markup = await renderSummitTimeline({ selected: 'summit-2025' }, { lang: 'zh', nonce });
 */
export async function renderSummitTimeline(
  props: SummitTimelineProps,
  options: SummitTimelineSsrOptions,
): Promise<string> {
  const tag = checkLang(options?.lang);
  const nonce = checkNonce(options?.nonce);
  const lang = resolveLang(tag);
  const p: SummitTimelineProps = props ?? {};
  const custom = p.data !== undefined && p.data !== null;
  const src = typeof p.src === 'string' && p.src.trim() ? p.src.trim() : undefined;
  const data: TimelineData | undefined = custom
    ? parseTimeline(p.data)
    : src
      ? undefined
      : await loadDatasetLanguage(lang);

  const m = catalogs[lang];
  const title = localize(data?.title, lang) || m.title;
  const events = data ? listedEvents(data, p) : [];
  const level = Number(p.headingLevel);
  const item = (e: (typeof events)[number]) => {
    const place = formatPlace(e.place, lang, m);
    const status = e.status === 'held' ? '' : ` (${m.status[e.status] ?? e.status})`;
    const name = localize(e.title, lang) || e.id;
    const date = formatEventDate(e, lang);
    const text = `${name}${place ? ` — ${place}` : ''}${status}`;
    // prettier-ignore
    return html`<li><time datetime=${e.start}>${date}</time>: ${text}</li>`;
  };
  const v = (x: unknown) => (x === undefined || x === null || x === '' ? nothing : String(x));
  const projections = Number(p.projections);

  // prettier-ignore
  const list = events.length ? html`<ol>${events.map(item)}</ol>` : nothing;
  let markup = await collectResult(
    render(
      html`<summit-timeline
        data-ssr
        lang=${tag}
        src=${v(src)}
        orientation=${v(p.orientation)}
        selected=${v(p.selected)}
        projections=${Number.isFinite(projections) ? String(projections) : nothing}
        kinds=${v(p.kinds)}
        from=${v(p.from)}
        to=${v(p.to)}
        theme=${v(p.theme)}
        >${heading(level, title)}${list}</summit-timeline
      >`,
    ),
  );
  // Custom data goes to the browser as inline JSON (the element reads it before `src`).
  if (custom && data) {
    const at = markup.search(/<\/summit-timeline\s*>$/);
    markup = `${markup.slice(0, at)}<script type="application/json">${scriptJson(data)}</script>${markup.slice(at)}`;
  }
  markup = markup
    .replace(/^<summit-timeline([^>]*)>/, (_, attrs: string) => {
      return `<summit-timeline${attrs.replace(/\s+/g, ' ').trimEnd()}>`;
    })
    .replace(/<\/summit-timeline\s+>$/, '</summit-timeline>');
  return nonce ? markup.replaceAll('<style>', `<style nonce="${nonce}">`) : markup;
}
