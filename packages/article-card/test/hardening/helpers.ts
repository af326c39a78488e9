// Helpers shared by the hardening tests of both components (the timeline's import this file).
import { executeServerCommand } from '@web/test-runner-commands';
import { nativeFetch } from './instrument.js';

let n = 0;
/** A unique id for a request, so the fault server can say what it saw of it. */
export const uid = (label = 'r') => `${label}-${Date.now().toString(36)}-${(n++).toString(36)}`;

/** A URL of the fault server (scripts/wtr/fault-middleware.mjs), as an absolute URL. */
export function fault(route: string, params: Record<string, string | number> = {}): string {
  const url = new URL(`/__fault/${route}`, location.href);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, String(v));
  return url.href;
}

export interface ServerLog {
  received: boolean;
  aborted: boolean;
  finished: boolean;
  bytes: number;
  /** How many requests came with this id (the flags are the latest one's). */
  requests: number;
}

/** What the fault server saw of request `id`. */
export async function serverLog(id: string): Promise<ServerLog> {
  const res = await nativeFetch(fault('log', { id }));
  return (await res.json()) as ServerLog;
}

/** Answers a request the fault server holds (`hang`); false when it is no longer held. */
export async function release(id: string): Promise<boolean> {
  const res = await nativeFetch(fault('release', { id }));
  return ((await res.json()) as { released: boolean }).released;
}

/** Requests the fault server holds, and its pending timers. */
export async function serverOpen(): Promise<{ held: number; timers: number }> {
  return (await (await nativeFetch(fault('open'))).json()) as { held: number; timers: number };
}

/** The next animation frame (twice: after it, layout and paint have run). */
export const frame = () =>
  new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));

/**
 * Polls `check` (each frame) until it returns a truthy value, and returns it. Bounded by the
 * test's own timeout, not by a time of its own: nothing here asserts how long anything takes.
 */
export async function until<T>(
  check: () => T | Promise<T>,
  what: string,
  maxFrames = 2000,
): Promise<T> {
  for (let i = 0; i < maxFrames; i++) {
    const v = await check();
    if (v) return v;
    await frame();
  }
  throw new Error(`gave up waiting for ${what}`);
}

/** Polls `check` each frame until it is truthy or `maxFrames` pass; returns its last value. */
export async function poll<T>(check: () => T | Promise<T>, maxFrames = 120): Promise<T> {
  let v = await check();
  for (let i = 0; i < maxFrames && !v; i++) {
    await frame();
    v = await check();
  }
  return v;
}

/** Collects unhandled rejections and uncaught errors while a test runs. */
export function trapErrors() {
  const errors: string[] = [];
  const onRejection = (e: PromiseRejectionEvent) => {
    errors.push(`unhandled rejection: ${String(e.reason?.stack ?? e.reason)}`);
  };
  const onError = (e: ErrorEvent) => {
    errors.push(`uncaught error: ${e.message}`);
  };
  window.addEventListener('unhandledrejection', onRejection);
  window.addEventListener('error', onError);
  return {
    errors,
    dispose() {
      window.removeEventListener('unhandledrejection', onRejection);
      window.removeEventListener('error', onError);
    },
  };
}

/** Every element under `root`, through open shadow roots. */
export function deepElements(root: Node): Element[] {
  const out: Element[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child instanceof Element) {
        out.push(child);
        if (child.shadowRoot) walk(child.shadowRoot);
      }
      walk(child);
    }
  };
  if (root instanceof Element && root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  return out;
}

/** Tag names and how often each occurs, under `root` (through shadow roots). */
export function tagCounts(root: Node): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const el of deepElements(root)) {
    const tag = el.localName;
    counts[tag] = (counts[tag] ?? 0) + 1;
  }
  return counts;
}

/**
 * Every attribute that holds one URL, under `root`, with where it is. (`srcset` lists candidates,
 * not one URL: the card's hostile tests split it and check each of its URLs.)
 */
export function urlAttributes(root: Node): { tag: string; name: string; value: string }[] {
  const out: { tag: string; name: string; value: string }[] = [];
  for (const el of deepElements(root)) {
    for (const name of ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data']) {
      const value = el.getAttribute(name);
      if (value !== null) out.push({ tag: el.localName, name, value });
    }
  }
  return out;
}

/** Attributes named on…, under `root`: a component never renders event-handler attributes. */
export function handlerAttributes(root: Node): string[] {
  return deepElements(root).flatMap((el) =>
    [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `<${el.localName} ${a.name}>`),
  );
}

/** The fast-check seed and run count of this test run (FC_SEED replays a failure). */
export async function fcSettings(): Promise<{ seed: number; runs: number }> {
  const r = (await executeServerCommand('tianshan-fc-seed')) as { seed: number; runs: number };
  return r;
}

/** A full garbage collection (Chromium); `supported: false` elsewhere. */
export async function collectGarbage(): Promise<{ supported: boolean; usedBytes?: number }> {
  return (await executeServerCommand('tianshan-gc')) as { supported: boolean; usedBytes?: number };
}

/** Emulates the reader's time zone (Chromium); `supported: false` elsewhere. */
export async function emulateTimezone(timezone: string | null): Promise<boolean> {
  const r = (await executeServerCommand('tianshan-timezone', { timezone })) as {
    supported: boolean;
  };
  return !!r?.supported;
}

/** The engine this test runs in. */
export const engine: 'chromium' | 'firefox' | 'webkit' = /Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrom(e|ium)\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

declare global {
  interface Window {
    /** Set by a payload if it ever runs. */
    __pwned?: string;
  }
}

/**
 * Hostile strings for text fields: each would set `window.__pwned` if it ever ran, or add an
 * element if it were parsed as markup.
 */
export const TEXT_PAYLOADS: Record<string, string> = {
  script: '<script>window.__pwned="script"</script>',
  'img onerror': '<img src="x" onerror="window.__pwned=\'img\'">',
  'svg onload': '<svg onload="window.__pwned=\'svg\'"><circle r="5"/></svg>',
  'svg script': '<svg><script>window.__pwned="svg-script"</script></svg>',
  'attribute breakout': '" onmouseover="window.__pwned=\'attr\'" x="',
  'single-quote breakout': "' autofocus onfocus='window.__pwned=\"focus\"' x='",
  iframe: '<iframe srcdoc="<script>parent.__pwned=\'iframe\'</script>"></iframe>',
  'closing script': '</script><script>window.__pwned="close"</script>',
  'template injection':
    '${window.__pwned="template"}{{constructor.constructor("window.__pwned=1")()}}',
  'style tag': '<style>*{display:none!important}</style>',
  'css expression': 'red;}:host{display:none}*{background:url(javascript:window.__pwned=1)',
  'bidi override': '\u202Eevil.exe\u202C \u2066isolate\u2069 \u200F',
  'html entities': '&lt;b&gt;not bold&lt;/b&gt; &amp; &#x3C;i&#x3E;',
  'null and controls': 'a\u0000b\u0001c\u001fd\u007fe',
};

/** Hostile URLs: none may become a link, an image, or run. */
export const URL_PAYLOADS: Record<string, string> = {
  javascript: 'javascript:window.__pwned="js"',
  'javascript mixed case': ' JaVaScRiPt:window.__pwned="js2"',
  'javascript with tab and newline': 'java\tscr\nipt:window.__pwned="js3"',
  'javascript with leading control': '\u0001javascript:window.__pwned="js4"',
  'javascript entity-encoded': 'javascript&colon;window.__pwned="js5"',
  vbscript: 'vbscript:msgbox(1)',
  'data html': 'data:text/html,<script>parent.__pwned="data"</script>',
  'data svg':
    'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="parent.__pwned=1"/>',
  'data svg base64': 'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+',
  file: 'file:///etc/passwd',
  blob: 'blob:https://evil.example/1234',
};

/** A string of `length` characters that wraps nowhere (no spaces) or everywhere. */
export const longString = (length: number, word = false) =>
  word
    ? 'Lorem ipsum dolor sit amet '.repeat(Math.ceil(length / 27)).slice(0, length)
    : 'W'.repeat(length);
