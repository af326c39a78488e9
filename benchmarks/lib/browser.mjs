// The machine's Chromium through playwright-core (nothing is downloaded), and cold pages that can
// reach 127.0.0.1 only.
import { chromium } from 'playwright-core';

export const CHROME_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchBrowser() {
  const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
  try {
    return await chromium.launch({ executablePath, headless: true, args: CHROME_ARGS });
  } catch (err) {
    throw new Error(
      `Could not start Chromium at ${executablePath} (set CHROME_PATH to another binary): ${err.message.split('\n')[0]}`,
    );
  }
}

/**
 * A fresh browser context (empty HTTP cache, no code cache) with one page. Requests that do not
 * go to `origin` are aborted and listed in `blocked`.
 */
export async function coldPage(browser, origin, { countBytes = false } = {}) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    serviceWorkers: 'block',
  });
  const blocked = [];
  await context.route(
    (url) => url.origin !== origin,
    (route) => {
      blocked.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (err) => pageErrors.push(String(err.message).split('\n')[0]));
  const transfers = [];
  if (countBytes) {
    page.on('requestfinished', async (req) => {
      try {
        const sizes = await req.sizes();
        transfers.push({ url: req.url().slice(origin.length), bytes: sizes.responseBodySize });
      } catch {
        // the context was closed meanwhile
      }
    });
  }
  return {
    context,
    page,
    blocked,
    pageErrors,
    transfers,
    close: () => context.close().catch(() => {}),
  };
}

/** Resolves with the promise's value, or with `{ timeout: true }` after `ms`. */
export function withTimeout(promise, ms) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((resolve) => {
      timer = setTimeout(() => resolve({ timeout: true }), ms);
    }),
  ]);
}

/** JS heap in use after a full garbage collection (CDP), in bytes. */
export async function heapAfterGc(context, page) {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize, totalSize } = await cdp.send('Runtime.getHeapUsage');
    return { used: usedSize, total: totalSize };
  } finally {
    await cdp.detach().catch(() => {});
  }
}
