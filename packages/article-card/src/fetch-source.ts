/**
 * The `src` path of `<article-card>`, loaded on demand (a separate chunk in the CDN build).
 *
 * Fetches a JSON-LD document or an HTML page with an AbortController: aborted by the caller's
 * signal (a new `src`, or the element leaving the page), by a timeout, or when the response
 * grows past a byte cap. HTML is parsed through the Trusted Types policy named
 * `tianshan-article-card` where Trusted Types are enforced (DOMParser runs nothing).
 * Imports nothing the entry bundle has, so the build does not split out a shared chunk.
 */
import { readPageMetadata } from './page-metadata.js';

/** The Trusted Types policy name used to hand a fetched page to DOMParser. */
export const TRUSTED_TYPES_POLICY = 'tianshan-article-card';

/** What went wrong: `fetch` (network, HTTP status, timeout, size) or `parse` (unreadable body). */
export class SourceError extends Error {
  constructor(
    readonly reason: 'fetch' | 'parse',
    message: string,
  ) {
    super(message);
  }
}

/** JSON-LD-shaped data, highest precedence first, and the response's URL (the base for links). */
export interface SourceResult {
  items: unknown[];
  url: string;
}

interface HtmlPolicy {
  createHTML(html: string): unknown;
}
let policy: HtmlPolicy | undefined;

/** The page as TrustedHTML where Trusted Types exist (typed as a string for DOMParser). */
function trusted(html: string): string {
  const tt = (
    globalThis as { trustedTypes?: { createPolicy(n: string, r: HtmlPolicy): HtmlPolicy } }
  ).trustedTypes;
  if (!tt) return html;
  // The page is parsed into an inert document by DOMParser: no script runs, nothing loads.
  policy ??= tt.createPolicy(TRUSTED_TYPES_POLICY, { createHTML: (s) => s });
  return policy.createHTML(html) as string;
}

async function readBody(res: Response, maxBytes: number): Promise<string> {
  const reader = res.body?.getReader();
  // Cancelling the body (not only aborting the fetch) is what makes WebKit let the connection go.
  const tooBig = async () => {
    await reader?.cancel().catch(() => {});
    return new SourceError('fetch', `response larger than ${maxBytes} bytes`);
  };
  if (Number(res.headers.get('content-length')) > maxBytes) throw await tooBig();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = reader ? await reader.read() : { done: true, value: undefined };
    if (done || !value) break;
    size += value.byteLength;
    if (size > maxBytes) throw await tooBig();
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  chunks.reduce((at, c) => (bytes.set(c, at), at + c.byteLength), 0);
  const charset = /charset=["']?([\w-]+)/i.exec(res.headers.get('content-type') ?? '')?.[1];
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder().decode(bytes);
  }
}

/**
 * How a response is read, by its Content-Type: JSON types (`application/json`, `application/ld+json`,
 * any `…/…+json`, `text/json`) as JSON-LD; `text/html` and `application/xhtml+xml` as a page;
 * `text/plain` (what raw file hosts serve) or no type, by their first character (`{` or `[`: JSON,
 * `<`: a page). Anything else (`undefined`) is not read.
 */
function kindOf(contentType: string): 'json' | 'html' | 'sniff' | undefined {
  const essence = contentType.split(';')[0]!.trim().toLowerCase();
  if (/^(application\/json|text\/json|[^/\s]+\/[^/\s]+\+json)$/.test(essence)) return 'json';
  if (essence === 'text/html' || essence === 'application/xhtml+xml') return 'html';
  if (essence === 'text/plain' || !essence) return 'sniff';
  return undefined;
}

/**
 * Fetches `src` and reads the article's metadata from it. Rejects with a `SourceError`, or with
 * the abort when `signal` aborts.
 */
export async function fetchSource(
  src: string,
  signal: AbortSignal,
  timeout = 10_000,
  maxBytes = 5 * 1024 * 1024,
): Promise<SourceResult> {
  const ctrl = new AbortController();
  const abort = () => ctrl.abort();
  if (signal.aborted) abort();
  signal.addEventListener('abort', abort);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    ctrl.abort();
  }, timeout);
  try {
    const res = await fetch(src, {
      signal: ctrl.signal,
      credentials: 'same-origin',
      headers: { accept: 'application/ld+json, application/json;q=0.9, text/html;q=0.8' },
    });
    if (!res.ok) {
      await res.body?.cancel().catch(() => {});
      throw new SourceError('fetch', `HTTP ${res.status}`);
    }
    const type = res.headers.get('content-type') ?? '';
    const kind = kindOf(type);
    if (!kind) {
      // Not read at all: an image, a PDF or a video says nothing about an article.
      await res.body?.cancel().catch(() => {});
      throw new SourceError('parse', `unsupported content type ${type}`);
    }
    const body = await readBody(res, maxBytes);
    const url = res.url || new URL(src, globalThis.location?.href).href;
    if (kind === 'json' || (kind === 'sniff' && /^\s*[{[]/.test(body))) {
      try {
        return { items: [JSON.parse(body)], url };
      } catch {
        throw new SourceError('parse', 'invalid JSON');
      }
    }
    if (kind === 'sniff' && !/^\s*</.test(body)) {
      throw new SourceError('parse', `neither JSON nor HTML (content type ${type || '(none)'})`);
    }
    try {
      return { items: readPageMetadata(trusted(body)), url };
    } catch {
      throw new SourceError('parse', 'the page could not be parsed');
    }
  } catch (e) {
    if (signal.aborted || e instanceof SourceError) throw e;
    throw new SourceError('fetch', timedOut ? `timed out after ${timeout} ms` : String(e));
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
    // Lets the connection go when the body was not read to its end (too large, or a failure).
    ctrl.abort();
  }
}
