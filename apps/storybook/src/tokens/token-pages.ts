// The token pages: every value comes from @tianshan/tokens (names, CSS properties, values,
// descriptions, contrast pairs); every swatch and sample is painted by the CSS custom property
// itself, so what a page shows is what tokens.css delivers.
import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { contrastPairs, type Token } from '@tianshan/tokens';
import { SCHEMES, colorToken, pairRatio, tokensWithPrefix, type Scheme } from './contrast.js';
import './token-pages.css';

const ratioFormat = new Intl.NumberFormat('en', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
/** `4.5` → `4.50:1`. */
export const formatRatio = (r: number) => `${ratioFormat.format(r)}:1`;

/** Shown value of a token: colours as light / dark, anything else as it is. */
const valueOf = (t: Token) => String(t.value);

/** `0.25rem` → `0.25rem (4 px)`, at the browser's default 16 px root size. */
function withPixels(value: string): string {
  const rem = /^([\d.]+)rem$/.exec(value);
  return rem ? `${value} (${Number(rem[1]) * 16} px)` : value;
}

const nameCell = (t: Token) =>
  html`<th scope="row" class="tp-name">
    <code>${t.cssVar}</code>
    <span class="tp-js"><code>${t.name}</code></span>
  </th>`;

const description = (t: Token) => (t.description ? t.description : nothing);

function page(title: string, intro: string, ...sections: TemplateResult[]) {
  return html`<article class="tp-page">
    <h1>${title}</h1>
    <p class="tp-intro">${intro}</p>
    ${sections}
  </article>`;
}

// Colours -------------------------------------------------------------------------------------

function swatch(t: Token, scheme: Scheme) {
  return html`<td class="tp-scheme-cell" data-theme=${scheme}>
    <span
      class="tp-swatch"
      data-token=${t.name}
      data-scheme=${scheme}
      style=${styleMap({ '--tp-color': `var(${t.cssVar})` })}
    ></span>
    <code class="tp-hex">${t[scheme] ?? valueOf(t)}</code>
  </td>`;
}

function contrastSample(fg: Token, bg: Token, min: number, scheme: Scheme) {
  const vars = styleMap({ '--tp-fg': `var(${fg.cssVar})`, '--tp-bg': `var(${bg.cssVar})` });
  const ratio = pairRatio(fg, bg, scheme);
  // Pairs held to 3:1 are boundaries and focus rings, not text: drawn as a border on the surface.
  const sample =
    min >= 4.5
      ? html`<span class="tp-sample tp-sample-text" style=${vars}>Aa 峰会 Саммит</span>`
      : html`<span class="tp-sample tp-sample-edge" style=${vars}></span>`;
  return html`<td
    class="tp-scheme-cell"
    data-theme=${scheme}
    data-pair=${`${fg.name}/${bg.name}`}
    data-ratio=${ratio ?? ''}
  >
    ${sample}
    <span class="tp-ratio">${ratio === null ? 'n/a' : formatRatio(ratio)}</span>
    ${
      ratio !== null && ratio < min
        ? html`<strong class="tp-fail">below ${formatRatio(min)}</strong>`
        : nothing
    }
  </td>`;
}

export function coloursPage() {
  const colours = tokensWithPrefix('--tian-color-', '--tian-focus-ring-color');
  const pairs = contrastPairs.map((p) => ({ ...p, f: colorToken(p.fg), b: colorToken(p.bg) }));
  return page(
    'Colours',
    'Every colour token has a light and a dark value, written as light-dark() so that it follows ' +
      'the colour scheme of the element it is used in. Each swatch below is painted by the custom ' +
      'property itself, once under a forced light scheme and once under a forced dark one.',
    html`<section aria-labelledby="tp-colours">
      <h2 id="tp-colours">Palette</h2>
      <table class="tp-table">
        <thead>
          <tr>
            <th scope="col">Token</th>
            <th scope="col">Light</th>
            <th scope="col">Dark</th>
            <th scope="col">Use</th>
          </tr>
        </thead>
        <tbody>
          ${colours.map(
            (t) =>
              html`<tr>
                ${nameCell(t)} ${SCHEMES.map((s) => swatch(t, s))}
                <td>${description(t)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </section>`,
    html`<section aria-labelledby="tp-contrast">
      <h2 id="tp-contrast">Contrast of the pairs the components use</h2>
      <p>
        WCAG 2.2 asks for 4.5:1 for text (1.4.3) and 3:1 for the edges of controls and for focus
        indicators (1.4.11). The ratios are computed here from the token values; the tokens package
        tests the same pairs, and this page checks that the painted colours match the values.
      </p>
      <table class="tp-table">
        <thead>
          <tr>
            <th scope="col">Foreground on background</th>
            <th scope="col">Light</th>
            <th scope="col">Dark</th>
            <th scope="col">Minimum</th>
          </tr>
        </thead>
        <tbody>
          ${pairs.map(({ fg, bg, min, f, b }) =>
            f && b
              ? html`<tr>
                  <th scope="row" class="tp-name">
                    <code>${f.cssVar}</code> on <code>${b.cssVar}</code>
                  </th>
                  ${SCHEMES.map((s) => contrastSample(f, b, min, s))}
                  <td>${formatRatio(min)} ${min >= 4.5 ? 'text' : 'edge'}</td>
                </tr>`
              : html`<tr>
                  <th scope="row">${fg} on ${bg}</th>
                  <td colspan="3"><strong class="tp-fail">no such colour token</strong></td>
                </tr>`,
          )}
        </tbody>
      </table>
    </section>`,
  );
}

// Type scale ----------------------------------------------------------------------------------

const PANGRAM = 'Summit in Astana · 阿斯塔纳峰会 · Саммит в Астане';

export function typeScalePage() {
  const families = tokensWithPrefix('--tian-font-family-');
  const sizes = tokensWithPrefix('--tian-font-size-');
  const weights = tokensWithPrefix('--tian-font-weight-');
  const lineHeights = tokensWithPrefix('--tian-line-height-');
  const sample = (t: Token, prop: string, text = PANGRAM) =>
    html`<p class="tp-type-sample" style=${styleMap({ [prop]: `var(${t.cssVar})` })}>${text}</p>`;
  const rows = (list: Token[], prop: string, show: (t: Token) => string, text?: string) =>
    list.map(
      (t) =>
        html`<tr>
          ${nameCell(t)}
          <td><code>${show(t)}</code></td>
          <td>${sample(t, prop, text)}</td>
        </tr>`,
    );
  const table = (id: string, title: string, body: TemplateResult[], note?: string) =>
    html`<section aria-labelledby=${id}>
      <h2 id=${id}>${title}</h2>
      ${note ? html`<p>${note}</p>` : nothing}
      <table class="tp-table">
        <thead>
          <tr>
            <th scope="col">Token</th>
            <th scope="col">Value</th>
            <th scope="col">Sample</th>
          </tr>
        </thead>
        <tbody>
          ${body}
        </tbody>
      </table>
    </section>`;
  return page(
    'Type scale',
    'System font stacks only: nothing is downloaded, and each stack names fonts that cover Latin, ' +
      'Cyrillic and Simplified Chinese on the common systems. Samples mix all three scripts.',
    table('tp-families', 'Families', rows(families, 'font-family', valueOf)),
    table(
      'tp-sizes',
      'Sizes',
      rows(sizes, 'font-size', (t) => withPixels(valueOf(t))),
    ),
    table('tp-weights', 'Weights', rows(weights, 'font-weight', valueOf)),
    table(
      'tp-line-heights',
      'Line heights',
      rows(
        lineHeights,
        'line-height',
        valueOf,
        'Leaders of China and the five Central Asian states met in Xi’an in 2023 and in Astana ' +
          'in 2025; the third summit is due in China in 2027. 第三届峰会将于2027年在中国举行。',
      ),
      'Each sample wraps onto several lines in a narrow column, so the spacing between lines shows.',
    ),
  );
}

// Spacing -------------------------------------------------------------------------------------

export function spacingPage() {
  const spaces = tokensWithPrefix('--tian-space-');
  return page(
    'Spacing',
    'One scale of spacing for padding, gaps and margins. The bars are as long as each value.',
    html`<table class="tp-table">
      <thead>
        <tr>
          <th scope="col">Token</th>
          <th scope="col">Value</th>
          <th scope="col">Size</th>
        </tr>
      </thead>
      <tbody>
        ${spaces.map(
          (t) =>
            html`<tr>
              ${nameCell(t)}
              <td><code>${withPixels(valueOf(t))}</code></td>
              <td>
                <span
                  class="tp-bar"
                  data-token=${t.name}
                  style=${styleMap({ '--tp-size': `var(${t.cssVar})` })}
                ></span>
              </td>
            </tr>`,
        )}
      </tbody>
    </table>`,
  );
}

// Radius and shadow ---------------------------------------------------------------------------

export function radiusPage() {
  const radii = tokensWithPrefix('--tian-radius-');
  const shadows = tokensWithPrefix('--tian-shadow-');
  const focus = tokensWithPrefix('--tian-focus-ring-');
  const row = (t: Token, cls: string, prop: string) =>
    html`<tr>
      ${nameCell(t)}
      <td><code>${withPixels(valueOf(t))}</code></td>
      <td>
        <span class=${`tp-box ${cls}`} style=${styleMap({ [prop]: `var(${t.cssVar})` })}></span>
      </td>
    </tr>`;
  const table = (
    id: string,
    title: string,
    body: TemplateResult[],
    note?: TemplateResult,
    third = 'Sample',
  ) =>
    html`<section aria-labelledby=${id}>
      <h2 id=${id}>${title}</h2>
      ${note ?? nothing}
      <table class="tp-table">
        <thead>
          <tr>
            <th scope="col">Token</th>
            <th scope="col">Value</th>
            <th scope="col">${third}</th>
          </tr>
        </thead>
        <tbody>
          ${body}
        </tbody>
      </table>
    </section>`;
  return page(
    'Radius and shadow',
    'Corner radii, the two elevations, and the focus ring that every interactive part draws.',
    table(
      'tp-radius',
      'Radius',
      radii.map((t) => row(t, 'tp-box-radius', '--tp-radius')),
    ),
    table(
      'tp-shadow',
      'Shadow',
      shadows.map((t) => row(t, 'tp-box-shadow', '--tp-shadow')),
    ),
    table(
      'tp-focus',
      'Focus ring',
      focus.map(
        (t) =>
          html`<tr>
            ${nameCell(t)}
            <td><code>${t.type === 'color' ? `${t.light} / ${t.dark}` : valueOf(t)}</code></td>
            <td>${description(t)}</td>
          </tr>`,
      ),
      html`<p>
        This button draws the ring from these tokens when it has keyboard focus:
        <button type="button" class="tp-focus-sample">Focus me with Tab</button>
      </p>`,
      'Use',
    ),
  );
}

// Motion --------------------------------------------------------------------------------------

function toggleMotion(e: Event) {
  const button = e.currentTarget as HTMLButtonElement;
  const track = button.closest('tr')?.querySelector('.tp-track');
  const moved = track?.classList.toggle('tp-moved') ?? false;
  button.setAttribute('aria-pressed', String(moved));
}

export function motionPage() {
  const durations = tokensWithPrefix('--tian-motion-duration-');
  const easings = tokensWithPrefix('--tian-motion-easing-');
  return page(
    'Motion',
    'Durations and the easing curve of the few transitions the components use. When the reader ' +
      'asks for reduced motion (prefers-reduced-motion: reduce), the components drop their ' +
      'transitions, and so do the samples here.',
    html`<section aria-labelledby="tp-durations">
      <h2 id="tp-durations">Durations</h2>
      <table class="tp-table">
        <thead>
          <tr>
            <th scope="col">Token</th>
            <th scope="col">Value</th>
            <th scope="col">Sample</th>
          </tr>
        </thead>
        <tbody>
          ${durations.map(
            (t) =>
              html`<tr>
                ${nameCell(t)}
                <td><code>${valueOf(t)}</code></td>
                <td>
                  <div class="tp-motion-cell">
                    <button type="button" aria-pressed="false" @click=${toggleMotion}>
                      Move (${valueOf(t)})
                    </button>
                    <span
                      class="tp-track"
                      style=${styleMap({ '--tp-duration': `var(${t.cssVar})` })}
                      ><span class="tp-dot"></span
                    ></span>
                  </div>
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </section>`,
    html`<section aria-labelledby="tp-easing">
      <h2 id="tp-easing">Easing</h2>
      <table class="tp-table">
        <thead>
          <tr>
            <th scope="col">Token</th>
            <th scope="col">Value</th>
            <th scope="col">Use</th>
          </tr>
        </thead>
        <tbody>
          ${easings.map(
            (t) =>
              html`<tr>
                ${nameCell(t)}
                <td><code>${valueOf(t)}</code></td>
                <td>Used with every duration above. ${description(t)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </section>`,
  );
}
