/**
 * schema.org NewsArticle (JSON-LD) to card fields: pure, no DOM, no imports (the CDN bundle loads
 * it on demand).
 *
 * Reads real-world JSON-LD as it comes: arrays of blocks, `@graph`, `@type` arrays or prefixed
 * types, `@id` references, `mainEntity`, Article and its subtypes (NewsArticle, BlogPosting,
 * ReportageNewsArticle…), authors as text, Person, Organization or arrays, images as URL,
 * ImageObject or arrays. URLs come back as written: the caller sanitises and resolves them.
 */
import type { CardFields } from './fields.js';

/** A schema.org NewsArticle as found in JSON-LD, or any JSON-LD document holding one. */
export type NewsArticleInput = object;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Text of a JSON-LD value: a string, a number, `{"@value": …}` or the first of an array. */
function text(v: unknown): string | undefined {
  if (Array.isArray(v)) {
    for (const x of v) {
      const t = text(x);
      if (t) return t;
    }
    return undefined;
  }
  if (isObj(v)) v = v['@value'];
  if (typeof v === 'number') v = String(v);
  return (typeof v === 'string' && v.replace(/\s+/g, ' ').trim()) || undefined;
}

const isArticle = (o: Obj) =>
  [o['@type']]
    .flat()
    .some(
      (t) => typeof t === 'string' && /(Article|Posting|^Report)$/.test(t.replace(/^.*[/:#]/, '')),
    );

/**
 * Reads the first Article (or subtype) in `data`, else the first object with a headline, into
 * card fields. Never throws; returns `{}` when nothing usable is found. Of several images, the
 * first whose URL `usableImage` accepts is taken (with its caption); by default, the first.
 */
export function articleToFields(
  data: unknown,
  usableImage: (url: string) => boolean = () => true,
): CardFields {
  const nodes: Obj[] = [];
  const ids = new Map<string, Obj>();
  const walk = (v: unknown, depth: number) => {
    if (depth > 6 || nodes.length > 500) return;
    if (Array.isArray(v)) return v.forEach((x) => walk(x, depth + 1));
    if (!isObj(v)) return;
    nodes.push(v);
    if (typeof v['@id'] === 'string') ids.set(v['@id'], v);
    walk(v['@graph'], depth + 1);
    walk(v.mainEntity, depth + 1);
  };
  walk(data, 0);
  const deref = (v: unknown): unknown =>
    (isObj(v) && typeof v['@id'] === 'string' && ids.get(v['@id'])) || v;
  const names = (v: unknown) =>
    [v]
      .flat()
      .map((x) => ((x = deref(x)), text(isObj(x) ? x.name : x)))
      .filter((x): x is string => !!x);
  const url = (v: unknown) => {
    v = deref(v);
    return text(isObj(v) ? (v.url ?? v.contentUrl ?? v['@id']) : v);
  };

  const a = nodes.find(isArticle) ?? nodes.find((o) => text(o.headline));
  if (!a) return {};
  const image = [a.image]
    .flat()
    .map(deref)
    .find((i) => {
      const u = url(i);
      return !!u && usableImage(u);
    });
  const by = names(a.author);
  return {
    headline: text(a.headline) ?? text(a.name),
    dek: text(a.alternativeHeadline) ?? text(a.description),
    kicker: text(a.articleSection),
    byline: by.length > 1 ? by : by[0],
    source: names(a.publisher)[0],
    published: text(a.datePublished),
    updated: text(a.dateModified),
    href: text(a.url) ?? url(a.mainEntityOfPage),
    image: url(image),
    imageAlt: isObj(image) ? text(image.caption) : undefined,
    lang: text(a.inLanguage),
  };
}
