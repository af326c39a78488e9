// The server-rendered variant of the demo article (/ssr.html): the same page as site/index.html,
// with the related-stories rail and the timeline rendered in Node by the packages' SSR helpers
// (declarative shadow DOM), and Lit's hydration support loaded before the bundles.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PACKAGES } from './packages.mjs';

/**
 * A package's SSR helpers. A publisher imports them as `@tianshan/<name>/ssr`; the demo loads the
 * built file of the package it serves (see packages.mjs), which may be another build.
 */
function ssrModule(name) {
  const pkg = PACKAGES.find((p) => p.name === name);
  return import(pathToFileURL(join(pkg.dir, 'dist', 'ssr.js')).href);
}

/** The rail's cards, as the server knows them (the first one is the story page's own metadata). */
export const RELATED = [
  {
    href: '/stories/xian-2023.html',
    headline: "How Xi'an turned a meeting into a mechanism",
    kicker: 'China',
    dek: 'The first in-person summit, in May 2023, made the six-country format permanent.',
    source: 'Tianshan Courier',
    published: '2023-05-20',
    image: '/img/xian.svg',
  },
  {
    href: '/stories/ministers.html',
    headline: 'Six meetings of foreign ministers, from a video call to Almaty',
    kicker: 'Diplomacy',
    dek: "How the ministers' track prepared each summit of the six countries.",
    source: 'Tianshan Courier',
    published: '2025-04-28',
    image: '/img/almaty.svg',
    imageAlt: 'Mountains above a city, drawn in blue',
  },
  {
    variant: 'compact',
    href: '/stories/rotation.html',
    headline: 'Who hosts next? The summit rotation, explained',
    kicker: 'Explainer',
    source: 'Tianshan Courier',
    published: '2025-06-12',
  },
];

const between = (text, name, replacement) => {
  const begin = `<!-- ${name}:begin -->`;
  const end = `<!-- ${name}:end -->`;
  const a = text.indexOf(begin);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`index.html has no ${name} markers`);
  return text.slice(0, a) + replacement + text.slice(b + end.length);
};

/** The server-rendered page's HTML, its inline styles carrying `nonce`. */
export async function renderSsrPage({ siteDir, nonce, lang = 'en', timeZone = 'Asia/Shanghai' }) {
  const [{ renderArticleCard }, { renderSummitTimeline }] = await Promise.all([
    ssrModule('article-card'),
    ssrModule('summit-timeline'),
  ]);
  const cards = await Promise.all(
    RELATED.map((props) => renderArticleCard(props, { lang, timeZone, nonce })),
  );
  const timeline = await renderSummitTimeline({ selected: 'summit-2025' }, { lang, nonce });
  let page = await readFile(join(siteDir, 'index.html'), 'utf8');
  page = between(page, 'rail', cards.map((c) => `<li>${c}</li>`).join('\n'));
  page = between(page, 'timeline', timeline);
  page = page.replace('</title>', ' (server-rendered)</title>');
  // Hydration support first: it must run before any LitElement class is defined.
  const first = page.indexOf('<script type="module"');
  return `${page.slice(0, first)}<script type="module" src="/vendor/lit-hydrate-support.js"></script>\n    ${page.slice(first)}`;
}
