#!/usr/bin/env node
// End-to-end check of the publisher embedding (issue 7) in headless Chromium: every clause of the
// issue against the demo pages served on 127.0.0.1. Uses the machine's Chromium through
// playwright-core (CHROME_PATH, default /usr/bin/chromium); downloads nothing; no request may leave
// 127.0.0.1. Prints one line per check, then `N passed, N failed`; exits non-zero on a failure.
// Build first: npm run build (root), or `npx turbo run build --filter=@tianshan/publisher-demo`.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolvePath, startServer } from './server.mjs';
import { staleReadmes } from './sri.mjs';

const TIMEOUT = 15_000;
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

// ---------------------------------------------------------------- instrumentation (in the page)

/** Runs before any page script: layout shifts, CSP violations and first-render times. */
function instrument() {
  const e2e = (window.__e2e = { cls: 0, shifts: [], csp: [], t: {} });
  const name = (n) =>
    n
      ? `${n.nodeName.toLowerCase()}${n.id ? `#${n.id}` : ''}${n.className?.baseVal ?? (typeof n.className === 'string' && n.className ? `.${n.className.split(' ')[0]}` : '')}`
      : '?';
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      e2e.cls += entry.value;
      e2e.shifts.push({
        value: +entry.value.toFixed(5),
        at: Math.round(entry.startTime),
        sources: (entry.sources ?? []).map((s) => {
          const r = s.previousRect;
          const c = s.currentRect;
          return `${name(s.node)} ${r.x},${r.y} ${r.width}x${r.height} → ${c.x},${c.y} ${c.width}x${c.height}`;
        }),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener(
    'securitypolicyviolation',
    (e) =>
      e2e.csp.push(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber} ${e.sample ?? ''}`,
      ),
    true,
  );
  const poll = () => {
    const now = performance.now();
    const tl = document.querySelector('summit-timeline');
    if (!e2e.t.timeline && tl?.shadowRoot?.querySelector('[role="listbox"] [role="option"]')) {
      e2e.t.timeline = now;
    }
    const cards = [...document.querySelectorAll('article-card')];
    if (
      !e2e.t.cards &&
      cards.length &&
      cards.every((c) => c.shadowRoot?.querySelector('[part="link"]'))
    ) {
      e2e.t.cards = now;
    }
    if (!(e2e.t.timeline && e2e.t.cards)) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

/** In the page: what each element shows (works with JavaScript off too). */
function snapshot() {
  const box = (el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x + scrollX, y: r.y + scrollY, w: r.width, h: r.height };
  };
  return {
    cards: [...document.querySelectorAll('article-card')].map((c) => ({
      defined: c.matches(':defined'),
      link: c.shadowRoot?.querySelector('[part="link"]')?.textContent?.trim() ?? null,
      busy: !!c.shadowRoot?.querySelector('[aria-busy="true"]'),
      box: box(c),
    })),
    timelines: [...document.querySelectorAll('summit-timeline')].map((t) => ({
      defined: t.matches(':defined'),
      options: t.shadowRoot?.querySelectorAll('[role="listbox"] [role="option"]').length ?? 0,
      chart: !!t.shadowRoot?.querySelector('svg[part="chart"], svg.chart'),
      panelCard:
        t.shadowRoot
          ?.querySelector('article-card')
          ?.shadowRoot?.querySelector('[part="link"]')
          ?.textContent?.trim() ?? null,
      box: box(t),
    })),
  };
}

// ---------------------------------------------------------------- harness

const results = [];
// E2E_ONLY=<regular expression> runs only the checks whose names match (while developing).
const only = process.env.E2E_ONLY ? new RegExp(process.env.E2E_ONLY, 'i') : null;
async function check(name, fn) {
  if (only && !only.test(name)) return;
  const started = Date.now();
  try {
    const detail = await Promise.race([
      fn(),
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error('timed out after 60 s')), 60_000),
      ),
    ]);
    results.push(true);
    console.log(`ok   ${name}${detail ? `: ${detail}` : ''} (${Date.now() - started} ms)`);
  } catch (err) {
    results.push(false);
    console.log(
      `FAIL ${name}: ${String(err?.message ?? err)
        .split('\n')
        .join('\n       ')}`,
    );
  }
}
function assert(ok, message) {
  if (!ok) throw new Error(message);
}

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const server = await startServer({ csp: 'none' });
const base = server.url;
const offsite = [];
let browser;

/** A fresh context (cold cache) and page, with its errors, warnings and requests recorded. */
async function open(path, { js = true, viewport = DESKTOP, mobile = false, before } = {}) {
  const context = await browser.newContext({
    viewport,
    javaScriptEnabled: js,
    ...(mobile ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  });
  const page = await context.newPage();
  const log = { errors: [], warnings: [], requests: [], responses: [] };
  page.on('pageerror', (e) => log.errors.push(`uncaught: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(`console.error: ${m.text()}`);
    if (m.type() === 'warning') log.warnings.push(`console.warn: ${m.text()}`);
  });
  page.on('request', (r) => {
    log.requests.push(r.url());
    if (!r.url().startsWith(base) && !r.url().startsWith('data:')) offsite.push(r.url());
  });
  page.on('response', (r) => log.responses.push(r));
  if (js) await page.addInitScript(instrument);
  if (before) await before(page);
  const close = () => context.close();
  return { page, log, close };
}

/** Navigates; a page the server cannot make (an HTTP error) fails the check at once. */
async function go(page, path, waitUntil = 'load') {
  const response = await page.goto(`${base}${path}`, { waitUntil });
  if (response && !response.ok()) throw new Error(`${path}: HTTP ${response.status()}`);
  return response;
}

/** Waits until every card shows its link and every timeline its listbox of events. */
async function rendered(page, { panelCard = false, log } = {}) {
  const waiting = page.waitForFunction(
    (panel) => {
      const cards = [...document.querySelectorAll('article-card')];
      const tls = [...document.querySelectorAll('summit-timeline')];
      return (
        cards.every(
          (c) =>
            c.shadowRoot?.querySelector('[part="link"]') &&
            !c.shadowRoot.querySelector('[aria-busy="true"]'),
        ) &&
        tls.every(
          (t) =>
            t.shadowRoot?.querySelector('[role="listbox"] [role="option"]') &&
            (!panel ||
              t.shadowRoot
                .querySelector('article-card')
                ?.shadowRoot?.querySelector('[part="link"]')),
        )
      );
    },
    panelCard,
    { timeout: TIMEOUT, polling: 'raf' },
  );
  try {
    await waiting;
  } catch (err) {
    const state = await page.evaluate(snapshot).catch(() => null);
    const seen = log ? [...log.errors, ...log.warnings].slice(0, 4) : [];
    throw new Error(
      `not rendered within ${TIMEOUT} ms: ${JSON.stringify(state)}${seen.length ? `\n${seen.join('\n')}` : ''}`,
      { cause: err },
    );
  }
  // Two frames and a pause, for late shifts to be recorded.
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
  await page.waitForTimeout(500);
  return page.evaluate(snapshot);
}

const quiet = (log, { warnings = true } = {}) => {
  const problems = [...log.errors, ...(warnings ? log.warnings : [])];
  assert(!problems.length, problems.slice(0, 5).join('\n'));
};
const describeShifts = (e2e) =>
  e2e.shifts.map((s) => `${s.value} at ${s.at} ms: ${s.sources.join('; ')}`).join('\n') || 'none';

// ---------------------------------------------------------------- the checks

const measured = {};

try {
  browser = await chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Nothing but the demo server resolves: no request can leave 127.0.0.1.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });

  await check('demo page: both elements upgrade and render (3 cards, the timeline)', async () => {
    const { page, log, close } = await open('/');
    await go(page, '/');
    const s = await rendered(page, { log });
    await close();
    assert(
      s.cards.length === 3 && s.cards.every((c) => c.defined && c.link),
      'a card did not render',
    );
    assert(s.timelines[0]?.defined && s.timelines[0].options > 0, 'the timeline did not render');
    quiet(log);
    return `cards: ${s.cards.map((c) => JSON.stringify(c.link)).join(', ')}; timeline: ${s.timelines[0].options} events in the listbox`;
  });

  for (const [label, viewport, mobile] of [
    ['desktop 1280×800', DESKTOP, false],
    ['phone 390×844', PHONE, true],
  ]) {
    await check(`no layout shift: CLS 0.00 after both rendered (${label})`, async () => {
      const { page, log, close } = await open('/', { viewport, mobile });
      await go(page, '/');
      await rendered(page, { log });
      const e2e = await page.evaluate(() => window.__e2e);
      await close();
      measured[`cls ${label}`] = e2e.cls;
      assert(e2e.cls < 0.005, `CLS ${e2e.cls.toFixed(4)}; shifts:\n${describeShifts(e2e)}`);
      return `CLS ${e2e.cls.toFixed(2)} (${e2e.shifts.length} shift entries)`;
    });
  }

  await check('fallback gives way without a jump: each box before upgrade = after', async () => {
    const diffs = [];
    for (const viewport of [DESKTOP, PHONE]) {
      const off = await open('/', { js: false, viewport });
      await go(off.page, '/');
      const before = await off.page.evaluate(snapshot);
      await off.close();
      const on = await open('/', { viewport });
      await go(on.page, '/');
      const after = await rendered(on.page, { log: on.log });
      await on.close();
      const pairs = [
        ...before.cards.map((b, i) => [`card ${i + 1}`, b.box, after.cards[i].box]),
        ...before.timelines.map((b, i) => [`timeline ${i + 1}`, b.box, after.timelines[i].box]),
      ];
      for (const [name, b, a] of pairs) {
        const d = Math.max(...['x', 'y', 'w', 'h'].map((k) => Math.abs(a[k] - b[k])));
        diffs.push(d);
        assert(
          d <= 1,
          `${name} at ${viewport.width}px: before ${JSON.stringify(b)}, after ${JSON.stringify(a)}`,
        );
      }
    }
    return `largest difference ${Math.max(...diffs).toFixed(2)} px over ${diffs.length} boxes`;
  });

  await check('no JavaScript: the fallback content is what readers see', async () => {
    const { page, close } = await open('/', { js: false });
    await go(page, '/');
    const links = page.locator('article-card > a');
    assert((await links.count()) === 3, 'three fallback links');
    for (let i = 0; i < 3; i++)
      assert(await links.nth(i).isVisible(), `fallback link ${i + 1} hidden`);
    const items = page.locator('summit-timeline > ol > li');
    const n = await items.count();
    for (let i = 0; i < n; i++) assert(await items.nth(i).isVisible(), `list item ${i + 1} hidden`);
    assert(
      await page.locator('summit-timeline > ol > li', { hasText: 'Astana' }).isVisible(),
      'no Astana',
    );
    const defined = await page.evaluate(
      () => document.querySelectorAll(':defined:is(article-card, summit-timeline)').length,
    );
    await close();
    assert(defined === 0, 'an element upgraded with JavaScript off');
    return `3 links and ${n} list items visible`;
  });

  await check('no JavaScript: the server-rendered page is readable', async () => {
    const { page, close } = await open('/ssr.html', { js: false });
    await go(page, '/ssr.html');
    const cardLinks = page.locator('article-card [part="link"]');
    assert(
      (await cardLinks.count()) === 3,
      `3 server-rendered card links (found ${await cardLinks.count()})`,
    );
    for (let i = 0; i < 3; i++)
      assert(await cardLinks.nth(i).isVisible(), `card ${i + 1} not visible`);
    const title = page
      .locator('summit-timeline', { hasText: 'China–Central Asia summits' })
      .getByText('China–Central Asia summits')
      .first();
    assert(await title.isVisible(), "the timeline's title is not visible");
    const items = page.locator('summit-timeline li');
    const n = await items.count();
    let visible = 0;
    for (let i = 0; i < n; i++) if (await items.nth(i).isVisible()) visible++;
    const astana = page.locator('summit-timeline li', { hasText: 'Astana' }).first();
    const astanaVisible = n > 0 && (await astana.isVisible());
    await close();
    assert(
      n >= 10 && visible === n && astanaVisible,
      `the timeline's list of events is not visible (${visible} of ${n} items)`,
    );
    return `3 cards, the timeline's title and ${n} events visible`;
  });

  await check(
    'server-rendered page hydrates without re-creating content (strict CSP + nonce)',
    async () => {
      let release;
      const gate = new Promise((r) => (release = r));
      const { page, log, close } = await open('/ssr.html', {
        before: (p) =>
          p.route(/\/(npm|vendor)\/.*\.js$/, async (route) => (await gate, route.continue())),
      });
      const navigation = go(page, '/ssr.html?csp=strict');
      await page.waitForSelector('footer', { state: 'attached', timeout: TIMEOUT });
      const captured = await page.evaluate(() => {
        const cards = [...document.querySelectorAll('article-card')];
        const tl = document.querySelector('summit-timeline');
        window.__ssr = {
          cardNodes: cards.map((c) => c.shadowRoot?.querySelector('[part="card"]')),
          links: cards.map((c) => c.shadowRoot?.querySelector('[part="link"]')),
          list: tl?.querySelector(':scope > ol'),
        };
        return {
          cards: window.__ssr.cardNodes.filter(Boolean).length,
          list: !!window.__ssr.list,
          defined: !!customElements.get('article-card'),
        };
      });
      assert(
        captured.cards === 3 && !captured.defined,
        'the page was not server-rendered before the scripts ran',
      );
      release();
      await navigation;
      await rendered(page, { log });
      const kept = await page.evaluate(async () => {
        const cards = [...document.querySelectorAll('article-card')];
        const same = cards.map(
          (c, i) => c.shadowRoot.querySelector('[part="card"]') === window.__ssr.cardNodes[i],
        );
        // Hydrated means live: a property change updates the server's own nodes.
        cards[0].headline = 'Changed after hydration';
        await cards[0].updateComplete;
        const link = cards[0].shadowRoot.querySelector('[part="link"]');
        const tl = document.querySelector('summit-timeline');
        return {
          same,
          live:
            link === window.__ssr.links[0] && link.textContent.trim() === 'Changed after hydration',
          list: !window.__ssr.list || tl.querySelector(':scope > ol') === window.__ssr.list,
          csp: window.__e2e.csp,
        };
      });
      await close();
      quiet(log);
      assert(kept.same.every(Boolean), `a card's shadow content was re-created: ${kept.same}`);
      assert(kept.live, 'the hydrated card does not update its server-rendered link');
      assert(kept.list, "the timeline's server-rendered list was re-created");
      assert(!kept.csp.length, `CSP violations: ${kept.csp.join('; ')}`);
      return '3 cards kept their server nodes and update them; the timeline drew its chart; 0 CSP violations';
    },
  );

  await check('strict CSP: zero securitypolicyviolation events, both components work', async () => {
    const { page, log, close } = await open('/');
    const response = await go(page, '/?csp=strict');
    const policy = response.headers()['content-security-policy'] ?? '';
    assert(
      policy.includes("style-src 'self';") && policy.includes('require-trusted-types-for'),
      `CSP header: ${policy}`,
    );
    const s = await rendered(page, { panelCard: true, log });
    // Work them: open an event with the keyboard, zoom with the toolbar, load a card's src.
    const tl = page.locator('summit-timeline');
    await tl.locator('[role="listbox"]').focus();
    await page.keyboard.press('+');
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(800);
    const e2e = await page.evaluate(() => window.__e2e);
    const after = await page.evaluate(snapshot);
    await close();
    assert(!e2e.csp.length, `${e2e.csp.length} violations:\n${e2e.csp.slice(0, 5).join('\n')}`);
    quiet(log);
    assert(
      s.cards.every((c) => c.link) && after.timelines[0].options > 0,
      'a component did not work',
    );
    assert(s.timelines[0].panelCard, "the details panel's related <article-card> did not render");
    return `0 violations; ${s.cards.length} cards (one from src), timeline selected, zoomed, its panel card rendered`;
  });

  for (const [path, label] of [
    ['/twice-same.html', 'the same bundles from two URLs'],
    ['/twice-both.html', "both bundles, the timeline's first"],
  ]) {
    await check(`loaded twice (${label}): nothing thrown or warned, both work`, async () => {
      const { page, log, close } = await open(path);
      await go(page, path);
      const s = await rendered(page, { panelCard: true, log });
      const scripts = log.requests.filter((u) => /\/(article-card|summit-timeline)\.js$/.test(u));
      await close();
      quiet(log);
      assert(s.cards[0].link && s.timelines[0].options > 0, 'a component did not work');
      assert(s.timelines[0].panelCard, "the timeline's related card did not render");
      return `${scripts.length} bundle loads; card, timeline and the timeline's own card work`;
    });
  }

  await check(
    'lazy start: no fetch, parse or layout until the timeline is near the viewport',
    async () => {
      const { page, log, close } = await open('/lazy.html');
      await go(page, '/lazy.html');
      await page.waitForFunction(() => customElements.get('summit-timeline'), null, {
        timeout: TIMEOUT,
      });
      await page.waitForTimeout(1500);
      const early = await page.evaluate(() => {
        const t = document.querySelector('summit-timeline');
        return {
          top: Math.round(t.getBoundingClientRect().top),
          options: t.shadowRoot?.querySelectorAll('[role="option"]').length ?? 0,
          chart: !!t.shadowRoot?.querySelector('svg'),
        };
      });
      const fetchedEarly = log.requests.some((u) => u.includes('/data/china-central-asia.json'));
      const chunksEarly = log.requests.filter((u) => /\/chunks\//.test(u));
      assert(!fetchedEarly, `fetched its src while ${early.top} px below the top of the viewport`);
      assert(
        !early.options && !early.chart,
        `laid out its chart while ${early.top} px below the top`,
      );
      assert(!chunksEarly.length, `loaded code early: ${chunksEarly.join(', ')}`);
      await page.locator('summit-timeline').scrollIntoViewIfNeeded();
      const t0 = Date.now();
      await rendered(page, { log });
      const fetched = log.requests.some((u) => u.includes('/data/china-central-asia.json'));
      await close();
      quiet(log);
      assert(fetched, 'never fetched its src');
      return `idle ${early.top} px below the top; fetched and drew ${Date.now() - t0} ms after scrolling to it`;
    },
  );

  await check('bytes the demo page downloads for the components', async () => {
    const { page, log, close } = await open('/');
    await go(page, '/');
    await rendered(page, { log });
    const files = [];
    for (const r of log.responses) {
      const u = new URL(r.url());
      if (!/^\/(npm|assets|vendor)\//.test(u.pathname) || r.status() !== 200) continue;
      // The file served (read from disk: a response body may be gone once a module ran).
      const body = readFileSync(resolvePath(u.pathname));
      // Over the wire: as the demo server (and jsDelivr) sends it, gzip.
      const wire = gzipSync(body, { level: 9 }).length;
      files.push({ file: u.pathname.replace(/^.*\/dist\/cdn\//, ''), wire, raw: body.length });
    }
    await close();
    const wire = files.reduce((a, f) => a + f.wire, 0);
    const raw = files.reduce((a, f) => a + f.raw, 0);
    measured.bytes = { wire, raw, files };
    assert(files.length >= 3, 'no component files seen');
    return `${files.length} files, ${(wire / 1024).toFixed(1)} KiB over the wire (gzip), ${(raw / 1024).toFixed(1)} KiB unpacked: ${files
      .map((f) => `${f.file} ${(f.wire / 1024).toFixed(1)}`)
      .join(', ')}`;
  });

  await check("time to the timeline's first render (median of 3 cold loads)", async () => {
    const times = [];
    const cards = [];
    for (let i = 0; i < 3; i++) {
      const { page, log, close } = await open('/');
      await go(page, '/');
      await rendered(page, { log });
      const t = await page.evaluate(() => window.__e2e.t);
      await close();
      times.push(t.timeline);
      cards.push(t.cards);
    }
    const median = (xs) => [...xs].sort((a, b) => a - b)[1];
    measured.firstRender = median(times);
    assert(times.every(Number.isFinite), 'no first render recorded');
    return `timeline ${Math.round(median(times))} ms after navigation start (runs ${times.map(Math.round).join(', ')}); cards ${Math.round(median(cards))} ms`;
  });

  await check(
    'SRI: the pinned entry files load with their integrity hashes; README is current',
    async () => {
      const { page, log, close } = await open('/sri.html');
      await go(page, '/sri.html');
      const s = await rendered(page, { log });
      await close();
      quiet(log);
      assert(s.cards[0].link && s.timelines[0].options > 0, 'a component did not load');
      const stale = staleReadmes();
      assert(
        !stale.length,
        `${stale.join(', ')}: hashes are stale; run node apps/publisher-demo/sri.mjs --write`,
      );
      return 'integrity accepted; README snippets match the built files';
    },
  );

  await check(
    "the built-in dataset's chunk blocked: a visible error and timeline-error, nothing thrown",
    async () => {
      const { page, log, close } = await open('/', {
        before: async (p) => {
          await p.route(/\/chunks\/builtin-[^/]*\.js$/, (route) => route.abort('failed'));
          await p.addInitScript(() => {
            window.__timelineErrors = [];
            addEventListener('timeline-error', (e) => window.__timelineErrors.push(e.detail));
          });
        },
      });
      await go(page, '/');
      await page.locator('summit-timeline').scrollIntoViewIfNeeded();
      const status = page.locator('summit-timeline').locator('[part="status"].error');
      await status.waitFor({ timeout: TIMEOUT });
      const text = (await status.textContent())?.trim() ?? '';
      const errors = await page.evaluate(() => window.__timelineErrors);
      const options = await page.evaluate(
        () =>
          document.querySelector('summit-timeline').shadowRoot.querySelectorAll('[role="option"]')
            .length,
      );
      await close();
      const uncaught = log.errors.filter((e) => e.startsWith('uncaught'));
      assert(!uncaught.length, uncaught.join('; '));
      assert(text.length > 0, 'the status line is empty');
      assert(!/\(\s*(from\s*)?\)/.test(text), `an empty source in the status line: ${text}`);
      assert(
        errors.length === 1 && errors[0].reason === 'fetch',
        `timeline-error events: ${JSON.stringify(errors)}`,
      );
      assert(options === 0, `${options} events drawn without data`);
      return `status: "${text}"; one timeline-error (fetch)`;
    },
  );

  await check('no request left 127.0.0.1', async () => {
    assert(!offsite.length, offsite.slice(0, 5).join(', '));
    return '';
  });
} catch (err) {
  results.push(false);
  console.log(`FAIL setup: ${err?.message ?? err}`);
} finally {
  await browser?.close();
  await server.close();
}

const passed = results.filter(Boolean).length;
console.log(`${passed} passed, ${results.length - passed} failed`);
process.exit(results.length - passed ? 1 : 0);
