// First render: one cold page per run; the page itself times script start -> rendered + forced
// layout (see pages.mjs). A run that takes longer than the timeout is recorded as a timeout.
import { coldPage, heapAfterGc, withTimeout } from './browser.mjs';
import { round } from './stats.mjs';
import { busy, mainThreadTasks } from './trace.mjs';

/**
 * Opens the library's page with `n` events and waits for its first render.
 * Leaves the page open when `keep` is set (the interaction benchmark goes on from there).
 */
export async function renderOnce(
  browser,
  origin,
  lib,
  n,
  { timeoutMs = 60_000, keep = false, countBytes = false, cpu = false } = {},
) {
  const session = await coldPage(browser, origin, { countBytes });
  const { context, page, blocked, pageErrors, transfers } = session;
  const started = Date.now();
  let sample;
  // With `cpu`, a trace of the page's main thread (top-level tasks, CPU time) between the start
  // mark and the end of the render: on a shared machine the wall-clock time also holds the time
  // the thread waited for a core.
  let tracing = false;
  if (cpu) {
    await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] });
    tracing = true;
  }
  try {
    const run = (async () => {
      await page.goto(`${origin}/page/${lib}.html?n=${n}`, {
        waitUntil: 'domcontentloaded',
        timeout: timeoutMs,
      });
      await page.evaluate('window.__benchGo()');
      return page.evaluate('window.__benchDone');
    })();
    run.catch(() => {}); // a late rejection after a timeout is not an error of the harness
    const result = await withTimeout(run, timeoutMs);
    if (result.timeout) {
      sample = { timeout: true, ms: null, note: `no first render within ${timeoutMs / 1000} s` };
    } else if (result.error) {
      sample = { error: result.error, ms: null };
    } else {
      let cpuMs = null;
      if (tracing) {
        tracing = false;
        const trace = await browser.stopTracing();
        const { tasks } = mainThreadTasks(trace, 'bench:start', result.startedAt);
        cpuMs = round(busy(tasks, result.startedAt, result.renderedAt).cpu);
      }
      const heap = await heapAfterGc(context, page);
      const errors = await page.evaluate('window.__bench.errors');
      sample = {
        ms: round(result.ms),
        cpuMs,
        loadMs: round(result.loadMs),
        buildMs: round(result.buildMs),
        eventNodes: result.eventNodes,
        domNodes: result.domNodes,
        heapUsed: heap.used,
        renderedAt: round(result.renderedAt),
        resources: result.resources,
        ...(errors.length ? { pageErrors: errors } : {}),
      };
    }
  } catch (err) {
    sample = { error: String(err.message).split('\n')[0], ms: null };
  }
  if (tracing) await withTimeout(browser.stopTracing(), 30_000).catch(() => {});
  sample.wallMs = Date.now() - started;
  if (blocked.length) sample.blocked = blocked;
  if (pageErrors.length) sample.uncaught = pageErrors.slice(0, 5);
  if (countBytes) {
    sample.transfers = transfers.filter(
      (t) => !t.url.startsWith('/data/') && !t.url.startsWith('/page/'),
    );
  }
  if (keep && sample.ms !== null) return { sample, session };
  await session.close();
  return { sample, session: null };
}
