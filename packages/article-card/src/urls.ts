/**
 * URL sanitising for the card: pure, no DOM.
 *
 * Links accept `http:`, `https:` and relative URLs; images also accept
 * `data:image/(png|jpeg|gif|webp|avif)`. Anything else is dropped with a console warning.
 */
const DATA_IMAGE = /^data:image\/(png|jpeg|gif|webp|avif)[;,]/i;

/**
 * Returns a URL that is safe to use, or `undefined` (with a console warning when the value was
 * rejected). With `base`, a relative URL is resolved against it; without, it is returned as
 * written (the browser resolves it against the page).
 */
export function safeUrl(value: unknown, base?: string, image = false): string | undefined {
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
  console.warn(`<article-card> dropped URL ${raw.slice(0, 80)}`);
  return undefined;
}
