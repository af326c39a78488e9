/**
 * URL sanitising for the card: pure, no DOM.
 *
 * Links accept `http:`, `https:` and relative URLs; images also accept
 * `data:image/(png|jpeg|gif|webp|avif)`. Anything else is dropped with a console warning.
 */
const DATA_IMAGE = /^data:image\/(png|jpeg|gif|webp|avif)[;,]/i;

/** One warning naming what was dropped (cut to 160 characters). */
const warn = (what: string) => console.warn(`<article-card> dropped URL ${what.slice(0, 160)}`);

/**
 * Returns a URL that is safe to use, or `undefined` (with a console warning when the value was
 * rejected, unless `quiet`). With `base`, a relative URL is resolved against it; without, it is
 * returned as written (the browser resolves it against the page).
 */
export function safeUrl(
  value: unknown,
  base?: string,
  image = false,
  quiet = false,
): string | undefined {
  const raw = typeof value === 'string' ? value.trim() : '';
  if (!raw) return undefined;
  try {
    // The URL parser strips tabs and newlines as browsers do, so `java\nscript:` is caught.
    const url = new URL(raw, base ?? 'http://x');
    if (/^https?:$/.test(url.protocol) || (image && DATA_IMAGE.test(url.href))) {
      return base ? url.href : raw;
    }
  } catch {
    /* not a URL: dropped below */
  }
  if (!quiet) warn(raw);
  return undefined;
}

/**
 * Returns a `srcset` keeping only the candidates whose URL is a safe image URL (the rule of
 * `safeUrl` for images), or `undefined` when none is left; one console warning names those
 * dropped. Candidates are split as the HTML standard's parser splits them: after whitespace and
 * commas, a URL runs to whitespace, and if it ends with commas they end the candidate;
 * else descriptors run to a comma outside parentheses. A kept URL never ends with a comma (one
 * that would after resolving is dropped), so a browser splits the result the same way: the URLs
 * it reads are exactly those kept.
 */
export function safeSrcset(value: unknown, base?: string): string | undefined {
  const kept: string[] = [];
  const dropped: string[] = [];
  // (`\s` also splits at other spaces, NBSP and the like, which the standard leaves in a URL:
  // harmless, as what is kept is written back with ASCII spaces.)
  for (const [, raw, desc = ''] of (typeof value === 'string' ? value : '').matchAll(
    /[\s,]*([^\s,]\S*?)(?:,+(?=\s|$)|(?=\s|$)((?:[^,(]|\([^)]*\)?)*))/g,
  )) {
    const url = safeUrl(raw, base, true, true);
    if (url && !url.endsWith(',')) kept.push(`${url} ${desc.trim()}`.trim());
    else dropped.push(raw!);
  }
  if (dropped[0]) warn(dropped.join(', '));
  return kept.join(', ') || undefined;
}
