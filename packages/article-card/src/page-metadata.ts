/**
 * Reads an HTML page's metadata for the card: its JSON-LD (anywhere in the document) first, then
 * Open Graph and `article:*` meta tags, then `<meta name="author">`, `<meta name="description">`
 * and `<title>`, all from the document's `<head>`. Never the body: its text, and meta tags or a
 * title that navigation, footers, comments or spam put there, cannot reach the card. Parsed with
 * DOMParser, so nothing on the page runs or loads.
 *
 * Pure at import time (no DOM until called). Returns JSON-LD-shaped data, highest precedence
 * first, for `articleToFields`.
 */
export function readPageMetadata(html: string): unknown[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const blocks: unknown[] = [];
  for (const s of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    try {
      blocks.push(JSON.parse(s.textContent ?? ''));
    } catch {
      /* a broken block: the others and the meta tags still count */
    }
  }
  const all = (key: string) =>
    [...doc.head.querySelectorAll(`meta[property="${key}"],meta[name="${key}"]`)]
      .map((m) => m.getAttribute('content')?.trim())
      .filter(Boolean);
  const meta = (key: string) => all(key)[0];
  const og = {
    '@type': 'NewsArticle',
    headline: meta('og:title'),
    description: meta('og:description'),
    image: { url: meta('og:image:secure_url') ?? meta('og:image'), caption: meta('og:image:alt') },
    url: meta('og:url'),
    publisher: { name: meta('og:site_name') },
    datePublished: meta('article:published_time'),
    dateModified: meta('article:modified_time'),
    articleSection: meta('article:section'),
    // article:author is often a profile URL rather than a name: keep names only.
    author: all('article:author').filter((a) => !/^[a-z][\w+.-]*:|^\//i.test(a!)),
    inLanguage: meta('og:locale')?.replace('_', '-'),
  };
  const basic = {
    '@type': 'NewsArticle',
    headline: doc.head.querySelector('title')?.textContent,
    description: meta('description'),
    author: meta('author'),
    inLanguage: doc.documentElement.lang,
  };
  return [blocks, og, basic];
}
