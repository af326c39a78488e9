// Which URLs of the data become links. Used by the details panel only, so it loads with it (not
// with the first render). Pure.

/** Schemes that run script or carry a whole document: never a link, however they are written. */
const UNSAFE_SCHEME = /^(?:javascript|vbscript|data):/;

/**
 * The string as markup would read it if it were ever written into an attribute unescaped
 * (character references such as `&#106;` or `&colon;` decoded), without the whitespace and control
 * characters that URL parsers drop or that hide a scheme from a naive check, in lower case.
 */
function schemeProbe(url: string): string {
  return url
    .replace(
      /&(?:#x([\da-f]+);?|#(\d+);?|(colon|tab|newline|nbsp);)/gi,
      (_, hex?: string, dec?: string, name?: string) => {
        if (name) return { colon: ':', tab: '\t', newline: '\n', nbsp: ' ' }[name.toLowerCase()]!;
        const cp = hex ? parseInt(hex, 16) : Number(dec);
        return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd';
      },
    )
    .replace(/[\s\p{Cc}\u200b-\u200f]/gu, '')
    .toLowerCase();
}

/**
 * Whether a URL may become a link: http(s), or relative (resolved against `base`). Never a
 * `javascript:`, `vbscript:` or `data:` URL, whatever its case, padding or character references.
 */
export function isSafeUrl(url: unknown, base: string): url is string {
  if (typeof url !== 'string' || url.trim() === '') return false;
  if (UNSAFE_SCHEME.test(schemeProbe(url))) return false;
  try {
    const u = new URL(url, base);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}
