import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { ArticleCard, CardErrorDetail } from '../src/index.js';

/** The shadow root of a card. */
export const root = (el: ArticleCard) => el.shadowRoot!;

/** The element of a card that carries `part`. */
export const part = (el: ArticleCard, name: string) =>
  root(el).querySelector<HTMLElement>(`[part~="${name}"]`);

/** The text a reader sees in the card (its shadow tree), whitespace collapsed. */
export const shownText = (el: ArticleCard) =>
  (root(el).textContent ?? '').replace(/\s+/g, ' ').trim();

/** Renders a template and returns the first <article-card> in it, updated. */
export async function card(template: TemplateResult): Promise<ArticleCard> {
  const host = await fixture<HTMLElement>(template);
  const el = (
    host.localName === 'article-card' ? host : host.querySelector('article-card')
  ) as ArticleCard;
  await el.updateComplete;
  return el;
}

/** Waits until the card is neither loading `src` nor its JSON-LD reader. */
export async function settled(el: ArticleCard) {
  await waitUntil(() => !root(el).querySelector('[aria-busy]'), 'card still loading', {
    timeout: 5000,
  });
  await el.updateComplete;
  return el;
}

/** Collects `card-error` details from a card (listening from the document: they bubble out). */
export function errorsOf(el: EventTarget): CardErrorDetail[] {
  const errors: CardErrorDetail[] = [];
  el.addEventListener('card-error', (e) => errors.push((e as CustomEvent<CardErrorDetail>).detail));
  return errors;
}

/** Records console.warn calls while `fn` runs. */
export async function warnings(fn: () => unknown): Promise<string[]> {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void seen.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return seen;
}

/** A promise with its resolve function outside. */
export function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** Replaces window.fetch for one test; returns a restore function. */
export function stubFetch(
  impl: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>,
) {
  const original = window.fetch;
  window.fetch = impl as typeof fetch;
  return () => {
    window.fetch = original;
  };
}

/** A fetch that never answers, until aborted (then rejects as fetch does). */
export function hangingFetch(signals: AbortSignal[] = []) {
  return (_input: RequestInfo | URL, init?: RequestInit) =>
    new Promise<Response>((_resolve, reject) => {
      const signal = init?.signal;
      if (signal) signals.push(signal);
      signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
    });
}

/** Clears the URL's hash (tests follow links to `#…` targets). */
export function clearHash() {
  history.replaceState(null, '', location.pathname + location.search);
}

/** A URL of a fixture file, served by the test server. */
export const fixtureUrl = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).href;

/** Waits until the page has followed a link to `hash` (some engines navigate asynchronously). */
export async function navigatedTo(hash: string) {
  await waitUntil(() => location.hash === hash, `did not navigate to ${hash}`, { timeout: 2000 });
}

/** Waits long enough for a navigation that should not happen to have happened. */
export async function settle() {
  for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
}
