// The details panel of the selected event. Loaded on the first selection, together with
// <article-card> (registered, unless that name is taken) for the related articles.
import '@tianshan/article-card';
import { css, html, nothing, type TemplateResult } from 'lit';
import {
  colorBorder,
  fontSizeLg,
  fontSizeSm,
  lineHeightTight,
  radiusMd,
  radiusSm,
  shadowMd,
  space1,
  space2,
  space3,
} from '@tianshan/tokens';
import { localize } from './data/text.js';
import type { Lang, TimelineEvent } from './data/types.js';
import { formatEventDate, formatPlace } from './format.js';
import { isSafeUrl } from './urls.js';
import { detailsCatalogs } from './details-messages.js';
import type { Messages } from './messages.js';

export interface DetailsContext {
  lang: Lang;
  m: Messages;
  /** Base URL for relative links (the document's). */
  base: string;
  onClose: () => void;
}

/** Styles of the panel and the sources list, adopted by the element when this module loads. */
export const detailsStyles = css`
  .source-list {
    position: absolute;
    z-index: 3;
    inset-inline: var(--_pad);
    inset-block-start: 4.5rem;
    max-block-size: calc(100% - 5.5rem);
    overflow: auto;
    margin: 0;
    padding: ${space2} ${space3} ${space2} 1.75rem;
    background: var(--_panel);
    color: var(--_text);
    border: 1px solid ${colorBorder};
    border-radius: ${radiusMd};
    box-shadow: ${shadowMd};
    font-size: ${fontSizeSm};
  }
  .source-list li + li {
    margin-block-start: ${space1};
  }
  .panel-wrap {
    position: absolute;
    z-index: 2;
    inset-block: 0;
    inset-inline-end: 0;
    inline-size: min(26rem, 55%);
  }
  .vertical .panel-wrap {
    inline-size: 100%;
  }
  .panel {
    block-size: 100%;
    overflow: auto;
    overflow-wrap: anywhere;
    padding: var(--_pad);
    background: var(--_panel);
    border-inline-start: 1px solid ${colorBorder};
    box-shadow: ${shadowMd};
    font-size: ${fontSizeSm};
  }
  .panel-head {
    display: flex;
    align-items: flex-start;
    gap: ${space2};
  }
  .panel-title {
    flex: 1;
    margin: 0;
    font-size: ${fontSizeLg};
    line-height: ${lineHeightTight};
  }
  .close {
    flex: none;
    padding: ${space1} ${space2};
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_line);
    border-radius: ${radiusSm};
    cursor: pointer;
  }
  .facts {
    display: grid;
    gap: ${space1};
    margin: ${space2} 0;
  }
  .facts div {
    display: flex;
    gap: ${space2};
  }
  .facts dt {
    min-inline-size: 5rem;
    color: var(--_muted);
  }
  .facts dd {
    margin: 0;
  }
  .panel h4 {
    margin: ${space3} 0 ${space1};
    font-size: ${fontSizeSm};
  }
  .panel ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .panel p {
    margin: ${space2} 0;
  }
  .related {
    display: block;
    margin-block-start: ${space2};
  }
`;

const list = (items: string[]) =>
  html`<ul>
    ${items.map((t) => html`<li>${t}</li>`)}
  </ul>`;

/** The panel: a region named by its heading. */
export function renderDetails(event: TimelineEvent, ctx: DetailsContext): TemplateResult {
  const { lang, m } = ctx;
  const dm = detailsCatalogs[lang];
  const t = (x: Parameters<typeof localize>[0]) => localize(x, lang);
  const place = formatPlace(event.place, lang, m);
  const outcomes = (event.outcomes ?? []).map(t).filter(Boolean);
  const leaders = (event.leaders ?? []).map(t).filter(Boolean);
  const sources = Array.isArray(event.sources) ? event.sources : [];
  const articles = Array.isArray(event.articles) ? event.articles : [];
  return html`<section class="panel" part="details" aria-labelledby="details-title">
    <div class="panel-head">
      <h3 id="details-title" class="panel-title" part="details-title" tabindex="-1">
        ${t(event.title) || event.id}
      </h3>
      <button type="button" class="close" part="close" @click=${ctx.onClose}>${dm.close}</button>
    </div>
    <dl class="facts">
      <div>
        <dt>${dm.dates}</dt>
        <dd>${formatEventDate(event, lang)}</dd>
      </div>
      ${
        place
          ? html`<div>
              <dt>${m.place}</dt>
              <dd>${place}</dd>
            </div>`
          : nothing
      }
      <div>
        <dt>${dm.statusLabel}</dt>
        <dd>
          <span class="status-word status-${event.status}">${m.status[event.status] ?? ''}</span>
          · ${m.kind[event.kind] ?? ''}
        </dd>
      </div>
    </dl>
    ${event.summary ? html`<p class="summary">${t(event.summary)}</p>` : nothing}
    ${
      event.note
        ? html`<div class="note">
            <h4>${dm.note}</h4>
            <p>${t(event.note)}</p>
          </div>`
        : nothing
    }
    ${
      outcomes.length
        ? html`<div>
            <h4>${dm.outcomes}</h4>
            ${list(outcomes)}
          </div>`
        : nothing
    }
    ${
      leaders.length
        ? html`<div>
            <h4>${dm.leaders}</h4>
            ${list(leaders)}
          </div>`
        : nothing
    }
    ${
      sources.length
        ? html`<div>
            <h4>${m.sources}</h4>
            <ul class="sources">
              ${sources.map((s) => {
                const label = [s?.title, s?.publisher].filter((x) => typeof x === 'string' && x);
                const text = label.join(' — ') || String(s?.url ?? '');
                return html`<li>
                  ${
                    isSafeUrl(s?.url, ctx.base)
                      ? html`<a href=${s.url} rel="noopener noreferrer">${text}</a>`
                      : html`<span>${text}</span>`
                  }
                </li>`;
              })}
            </ul>
          </div>`
        : nothing
    }
    ${
      articles.length
        ? html`<div>
            <h4>${dm.related}</h4>
            ${articles.map(
              (a) => html`<article-card class="related" .article=${a} lang=${lang}></article-card>`,
            )}
          </div>`
        : nothing
    }
  </section>`;
}

/** The sources of all events, without repeats, as a list (links only for http(s) and relative URLs). */
export function renderSources(events: readonly TimelineEvent[], base: string): TemplateResult {
  const seen = new Set<string>();
  const items: TemplateResult[] = [];
  for (const e of events) {
    for (const s of Array.isArray(e.sources) ? e.sources : []) {
      const key = `${s?.url}|${s?.title}`;
      if (!s || seen.has(key)) continue;
      seen.add(key);
      const text = [s.title, s.publisher].filter((x) => typeof x === 'string' && x).join(' — ');
      items.push(
        html`<li>
          ${
            isSafeUrl(s.url, base)
              ? html`<a href=${s.url} rel="noopener noreferrer">${text}</a>`
              : text
          }
        </li>`,
      );
    }
  }
  return html`<ul class="source-list">
    ${items}
  </ul>`;
}
