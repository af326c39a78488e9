// Custom data: fetch (with a timeout and an AbortController), parse and validate. Loaded on demand
// with the validator, so neither is part of the first render of the built-in dataset.
import { parseTimeline } from './data/parse.js';
import type { TimelineData } from './data/types.js';

export interface LoadError {
  reason: 'fetch' | 'parse' | 'invalid';
  /** Technical message (English), e.g. `events[3].start: "2025-13-45" is not a date`. */
  message: string;
  path?: string;
  url?: string;
  /** Set when the fetch timed out (ms). */
  timeout?: number;
  /** Set when the server answered with an error status. */
  status?: number;
  /**
   * A fetch that failed for a reason the status line words in the reader's language (the
   * technical `message` is for developers): the request itself failed (offline, refused, reset,
   * blocked), or a part of the component's own code could not load: the built-in dataset or the
   * data's validator.
   */
  cause?: 'network' | 'dataset' | 'code';
}

export type LoadOutcome = { data: TimelineData } | { error: LoadError } | { aborted: true };

/** The largest document `src` may send (a broken or hostile server could send gigabytes). */
export const MAX_BYTES = 5 * 1024 * 1024;

/**
 * Whether a response's media type (its Content-Type without parameters, in lower case) may hold
 * the data: JSON (`application/json`, `text/json`, any `…+json` such as `application/ld+json`), or
 * `text/plain` (raw file hosts serve JSON files so). No Content-Type at all is given the benefit of
 * the doubt: the parser decides.
 */
export function isJsonType(type: string | undefined): boolean {
  return (
    type === undefined ||
    type === 'application/json' ||
    type === 'text/json' ||
    type === 'text/plain' ||
    /^[a-z0-9!#$&^_.-]+\/[a-z0-9!#$&^_.+-]*\+json$/.test(type)
  );
}

/** The body as text, or undefined past `MAX_BYTES` (reading stops there). */
async function readCapped(res: Response): Promise<string | undefined> {
  if (Number(res.headers.get('content-length')) > MAX_BYTES) return undefined;
  const reader = res.body?.getReader?.();
  if (!reader) {
    const text = await res.text();
    return text.length > MAX_BYTES ? undefined : text;
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_BYTES) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/** Validates an object or a JSON string. */
export function parseInput(input: unknown): LoadOutcome {
  try {
    return { data: parseTimeline(input) };
  } catch (err) {
    const e = err as { reason?: string; message?: string; path?: string };
    const error: LoadError = {
      reason: e?.reason === 'parse' ? 'parse' : 'invalid',
      message: String(e?.message ?? err),
    };
    if (typeof e?.path === 'string') error.path = e.path;
    return { error };
  }
}

/**
 * Fetches `src` (resolved against `base`) and validates it. Gives up after `timeout` ms; resolves
 * `{ aborted: true }` when `controller` is aborted by the caller (a newer load, a disconnect).
 * Never rejects.
 */
export async function loadSource(
  src: string,
  base: string,
  timeout: number,
  controller: AbortController,
): Promise<LoadOutcome> {
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  try {
    const res = await fetch(new URL(src, base).href, {
      signal: controller.signal,
      credentials: 'same-origin',
    });
    if (!res.ok) {
      return {
        error: {
          reason: 'fetch',
          message: `HTTP ${res.status} for ${src}`,
          url: src,
          status: res.status,
        },
      };
    }
    const type = res.headers.get('content-type')?.split(';')[0]!.trim().toLowerCase() || undefined;
    if (!isJsonType(type)) {
      // An image, an HTML error page, a script: not the data, whatever its bytes; not read.
      controller.abort();
      return { error: { reason: 'parse', message: `not JSON: ${type}`, url: src } };
    }
    const text = await readCapped(res);
    if (text === undefined) {
      controller.abort();
      return {
        error: {
          reason: 'fetch',
          message: `${src} is larger than ${MAX_BYTES / 1024 / 1024} MB`,
          url: src,
        },
      };
    }
    return parseInput(text);
  } catch (err) {
    if (controller.signal.aborted && !timedOut) return { aborted: true };
    if (timedOut) {
      return {
        error: {
          reason: 'fetch',
          message: `no answer from ${src} within ${timeout} ms`,
          url: src,
          timeout,
        },
      };
    }
    const why = err instanceof Error ? err.message : String(err);
    return { error: { reason: 'fetch', message: `${src}: ${why}`, url: src, cause: 'network' } };
  } finally {
    clearTimeout(timer);
  }
}
