#!/usr/bin/env node
// Checks every story of the static Storybook in headless Chromium:
//   1. builds storybook-static through turbo (the packages first; cached when nothing changed),
//      or reuses the existing build with --reuse;
//   2. serves it with a small static server on 127.0.0.1 (a free port), stopped at the end;
//   3. opens each story of storybook-static/index.json at iframe.html?id=<id>&viewMode=story
//      (and each MDX docs page) with playwright-core driving the machine's Chromium, nothing
//      downloaded; requests that would leave 127.0.0.1 are aborted;
//   4. fails a story on any page error (uncaught exception, unhandled rejection), any console
//      error it did not declare, a failed render or play function, a custom element that did not
//      render (not defined, or nothing in its shadow root), an empty canvas, or any axe violation;
//      and a docs page on a page error, a console error, no content, or an element it marked
//      `data-checker-problem` (the data format page does so when schema.json is missing).
// Prints one line per story, the times taken, and `N passed, N failed` as its last line; exits 1
// on any failure.
//
// A story declares what it expects in its parameters or tags:
//   parameters.expectedConsoleErrors: number | string | RegExp | (string | RegExp)[]
//     a number allows up to that many console errors; strings (substrings) and regular
//     expressions each allow one matching error (matched against the message and its URL).
//   tags: ['expected-console-error']  allows one console error of any kind.
//   tags: ['skip-axe'], or parameters.a11y.disable / a11y.test === 'off': axe is not run.
//   parameters.a11y.config / a11y.options / a11y.context: used as addon-a11y uses them.
//
// Usage: node scripts/check-stories.mjs [--reuse] [--filter <text>] [--timeout <ms>] [--self-test]
//   --reuse      use storybook-static as it is when it exists (no build);
//   --filter     check only the entries whose id contains the text;
//   --self-test  check the checker: build a Storybook of checker-fixtures/ alone (into a temporary
//                folder) and verify that each fixture story passes or fails as it declares
//                (parameters.checker: { expect: 'pass' | 'fail', reason }).
//   CHROME_PATH overrides /usr/bin/chromium.
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const app = resolve(fileURLToPath(new URL('..', import.meta.url)));
const root = resolve(app, '../..');
const require = createRequire(import.meta.url);

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const reuse = flag('--reuse');
const selfTest = flag('--self-test');
const staticDir = selfTest
  ? mkdtempSync(join(tmpdir(), 'tianshan-checker-'))
  : join(app, 'storybook-static');
const filter = option('--filter', '');
const storyTimeout = Number(option('--timeout', '60000'));

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Ends the run with the closing line that CI reads. */
function finish(passed, failed, code) {
  if (selfTest) rmSync(staticDir, { recursive: true, force: true });
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(code);
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

// 1. Build ---------------------------------------------------------------------------------------

function run(cmd, argv, opts = {}) {
  return new Promise((done) => {
    const child = spawn(cmd, argv, { stdio: 'inherit', ...opts });
    child.on('close', (code) => done(code ?? 1));
    child.on('error', (err) => {
      console.error(err.message);
      done(1);
    });
  });
}

const telemetryOff = {
  TURBO_TELEMETRY_DISABLED: '1',
  STORYBOOK_DISABLE_TELEMETRY: '1',
  DO_NOT_TRACK: '1',
};
const buildStart = Date.now();
let buildNote = 'reused the existing build';
if (selfTest) {
  console.log('Building a Storybook of the checker fixtures…');
  const code = await run(
    'npx',
    ['storybook', 'build', '-o', staticDir, '--disable-telemetry', '--quiet'],
    { cwd: app, env: { ...process.env, ...telemetryOff, TIANSHAN_CHECKER_FIXTURES: '1' } },
  );
  if (code !== 0 || !existsSync(join(staticDir, 'index.json'))) {
    console.error('The fixture Storybook did not build.');
    finish(0, 1, 1);
  }
  buildNote = 'checker fixtures';
} else if (!reuse || !existsSync(join(staticDir, 'index.json'))) {
  console.log('Building the static Storybook (turbo: packages first, cached when unchanged)…');
  const code = await run(
    'npx',
    [
      'turbo',
      'run',
      'build-storybook',
      '--filter=@tianshan/storybook',
      '--output-logs=errors-only',
    ],
    {
      cwd: root,
      env: { ...process.env, ...telemetryOff },
    },
  );
  if (code !== 0 || !existsSync(join(staticDir, 'index.json'))) {
    console.error('The Storybook build failed.');
    finish(0, 1, 1);
  }
  buildNote = 'built';
}
const buildMs = Date.now() - buildStart;

// 2. Serve ---------------------------------------------------------------------------------------

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** A static file server for storybook-static, on 127.0.0.1 and a free port. */
function serve(dir) {
  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (path === AXE_URL) {
      res.writeHead(200, { 'content-type': TYPES['.js'], 'cache-control': 'max-age=600' });
      createReadStream(axePath).pipe(res);
      return;
    }
    // Browsers ask for /favicon.ico on their own; Storybook ships favicon.svg.
    if (path === '/favicon.ico') path = '/favicon.svg';
    let file = normalize(join(dir, path));
    if (file !== dir && !file.startsWith(dir + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': 'max-age=600',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done(server));
  });
}

// 3. Check ---------------------------------------------------------------------------------------

const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8'));
const isMdx = (e) =>
  e.type === 'docs' && (e.tags ?? []).some((t) => t === 'unattached-mdx' || t === 'attached-mdx');
const entries = Object.values(index.entries)
  .filter((e) => e.type === 'story' || isMdx(e))
  .filter((e) => !filter || e.id.includes(filter));
const stories = entries.filter((e) => e.type === 'story');
if (!stories.length) {
  console.error(filter ? `No story matches "${filter}".` : 'storybook-static lists no story.');
  finish(0, 1, 1);
}

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(
    `No Chromium at ${executablePath}. Install Debian's (apt-get install chromium) or set CHROME_PATH.`,
  );
  finish(0, 1, 1);
}

const { chromium } = await import('playwright-core');
const axePath = require.resolve('axe-core/axe.min.js');
// Served by the checker's server (not inlined), so Chromium caches it and its compiled code.
const AXE_URL = '/__checker__/axe.min.js';

const server = await serve(staticDir);
const port = server.address().port;
const origin = `http://127.0.0.1:${port}`;
let browser;
const cleanup = async () => {
  await browser?.close().catch(() => {});
  await new Promise((done) => server.close(() => done()));
};
process.on('SIGINT', () => cleanup().then(() => process.exit(130)));
process.on('SIGTERM', () => cleanup().then(() => process.exit(143)));

const checkStart = Date.now();
browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
// Nothing leaves the machine: a story that reaches for another host fails to load that resource
// (and its console error then fails the story unless the story expects it).
await context.route('**/*', (route) => {
  const url = new URL(route.request().url());
  if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:')
    return route.continue();
  return route.abort('blockedbyclient');
});

/** In the page: the story's render result, parameters and what was rendered. Runs after load. */
async function inspectStory() {
  const preview = window.__STORYBOOK_PREVIEW__;
  const render = preview?.currentRender;
  const story = render?.story;
  const p = story?.parameters ?? {};
  const plain = (v) =>
    v instanceof RegExp
      ? { regex: v.source, flags: v.flags }
      : typeof v === 'string'
        ? { text: v }
        : null;
  const expected = p.expectedConsoleErrors;
  // The preview's channel keeps the last arguments of every event it has seen.
  const seen = window.__STORYBOOK_ADDONS_CHANNEL__?.data ?? {};
  const thrown =
    seen.playFunctionThrewException?.[0] ?? seen.storyThrewException?.[0] ?? seen.storyErrored?.[0];
  const finishedWithError = seen.storyFinished?.[0]?.status === 'error';
  const error = thrown
    ? `${thrown.message ?? thrown.title ?? 'error'}${thrown.description ? `: ${thrown.description}` : ''}`
    : finishedWithError || render?.phase === 'errored'
      ? 'the story ended in an error'
      : '';

  // Every custom element in the canvas, through open shadow roots.
  const found = [];
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.localName.includes('-')) found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  const canvas = document.querySelector('#storybook-root');
  if (canvas) walk(canvas);
  await Promise.all(
    found.map((el) =>
      Promise.race([el.updateComplete, new Promise((r) => setTimeout(r, 5000))]).catch(() => {}),
    ),
  );
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const hasContent = (sr) =>
    [...sr.childNodes].some(
      (n) =>
        (n.nodeType === 1 && n.localName !== 'style') ||
        (n.nodeType === 3 && n.textContent.trim() !== ''),
    );
  const problems = [];
  for (const el of found) {
    // Only elements in the canvas's light DOM are the story's; those inside shadow roots belong
    // to a component, which renders them itself (a details panel, say) and is checked through it.
    if (!canvas.contains(el)) continue;
    if (!customElements.get(el.localName)) problems.push(`<${el.localName}> is not defined`);
    else if (!el.shadowRoot || !hasContent(el.shadowRoot))
      problems.push(`<${el.localName}> rendered nothing in its shadow root`);
  }
  const component = typeof story?.component === 'string' ? story.component : undefined;
  if (component && !found.some((el) => el.localName === component))
    problems.push(`no <${component}> in the canvas`);
  // Storybook's #root-inner and this Storybook's decorator (.tian-story) are not content.
  const content = canvas?.querySelector(':not(#root-inner):not(.tian-story)');
  if (canvas && !content && canvas.textContent.trim() === '') problems.push('the canvas is empty');
  const a11y = p.a11y ?? {};
  return {
    phase: render?.phase ?? 'none',
    error,
    problems: [...new Set(problems)],
    expected:
      typeof expected === 'number'
        ? { count: expected }
        : expected === undefined
          ? null
          : {
              patterns: (Array.isArray(expected) ? expected : [expected])
                .map(plain)
                .filter(Boolean),
            },
    skipAxe: a11y.disable === true || a11y.test === 'off',
    checker: p.checker ?? null,
    axe: { config: a11y.config ?? {}, options: a11y.options ?? {}, context: a11y.context ?? null },
  };
}

/** In the page: axe with the same context and defaults as @storybook/addon-a11y. */
async function runAxe({ config, options, context }) {
  const axe = window.axe;
  let include = document.body;
  let exclude = ['.sb-wrapper', '#storybook-docs', '#storybook-highlights-root'];
  if (context) {
    if (typeof context === 'object' && ('include' in context || 'exclude' in context)) {
      if (context.include !== undefined) include = context.include;
      if (context.exclude !== undefined) exclude = exclude.concat(context.exclude);
    } else include = context;
  }
  const rules = [{ id: 'region', enabled: false }, ...(config.rules ?? [])];
  axe.reset();
  axe.configure({ ...config, rules });
  // As the addon does: with `runOnly`, rules disabled in the config must be disabled in the run.
  const disabled = Object.fromEntries(
    rules.filter((r) => r.enabled === false).map((r) => [r.id, { enabled: false }]),
  );
  const runOptions = options.runOnly
    ? { ...options, rules: { ...disabled, ...options.rules } }
    : options;
  const result = await axe.run({ include, exclude }, runOptions);
  return result.violations.map(
    (v) =>
      `axe ${v.id} (${v.impact}): ${v.help}; ${v.nodes.length} node(s), e.g. ${v.nodes[0]?.target?.join(' ')}`,
  );
}

/**
 * Consumes the expected errors; returns the console errors nobody declared, as text. A pattern
 * matches an error's message or the URL it names.
 */
function unexpectedErrors(errors, expected, tags) {
  let rest = [...errors];
  if (expected?.count !== undefined) rest = rest.slice(expected.count);
  for (const p of expected?.patterns ?? []) {
    const test = (s) => (p.regex ? new RegExp(p.regex, p.flags).test(s) : s.includes(p.text));
    const i = rest.findIndex((e) => test(e.text) || (e.url !== '' && test(e.url)));
    if (i >= 0) rest.splice(i, 1);
  }
  if (tags.includes('expected-console-error') && rest.length) rest.shift();
  return rest.map((e) => (e.url && !e.text.includes(e.url) ? `${e.text} (${e.url})` : e.text));
}

/**
 * One page, navigated from story to story: each story still gets a fresh document at its own
 * URL, and the browser keeps its cache and compiled code between them. What the listeners
 * collect belongs to the story being checked (`seen`); a page that crashed is replaced.
 */
let page;
let seen;
async function freshPage() {
  if (page && !page.isClosed()) return page;
  page = await context.newPage();
  page.on('pageerror', (err) =>
    seen.pageErrors.push(
      String(err?.stack ?? err)
        .split('\n')
        .slice(0, 3)
        .join(' | '),
    ),
  );
  page.on('console', (msg) => {
    if (msg.type() === 'error')
      seen.consoleErrors.push({ text: msg.text(), url: msg.location()?.url ?? '' });
  });
  page.on('request', () => {
    seen.inflight++;
    seen.lastNetwork = Date.now();
  });
  const settled = () => {
    seen.inflight = Math.max(0, seen.inflight - 1);
    seen.lastNetwork = Date.now();
  };
  page.on('requestfinished', settled);
  page.on('requestfailed', settled);
  page.on('crash', () => page.close().catch(() => {}));
  return page;
}

async function check(entry) {
  const started = Date.now();
  const collected = { pageErrors: [], consoleErrors: [], inflight: 0, lastNetwork: Date.now() };
  seen = collected;
  const page = await freshPage();
  const { pageErrors, consoleErrors } = collected;
  const busy = () => collected.inflight > 0 || Date.now() - collected.lastNetwork < 300;

  const reasons = [];
  const tags = entry.tags ?? [];
  let axeNote = '';
  let checker = null;
  try {
    const viewMode = entry.type === 'story' ? 'story' : 'docs';
    await page.goto(
      `${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}&globals=a11y.manual:!true`,
      {
        waitUntil: 'load',
        timeout: storyTimeout,
      },
    );
    if (entry.type === 'story') {
      // The story has rendered, run its play function and addon-a11y's own check.
      await page.waitForFunction(
        () =>
          ['finished', 'errored', 'aborted'].includes(
            window.__STORYBOOK_PREVIEW__?.currentRender?.phase,
          ),
        null,
        { timeout: storyTimeout },
      );
    } else {
      await page.waitForFunction(
        () => document.querySelector('#storybook-docs .sbdocs-content, #storybook-docs .sbdocs'),
        null,
        { timeout: storyTimeout },
      );
    }
    // Let fetches (a `src` story) and lazy chunks finish: no request for 300 ms, 10 s at most.
    const quietBy = Date.now() + 10000;
    while (Date.now() < quietBy && busy()) await page.waitForTimeout(50);

    if (entry.type === 'story') {
      const info = await page.evaluate(inspectStory);
      checker = info.checker;
      if (info.phase === 'errored' || info.error)
        reasons.push(
          `the story failed to render or its play function failed: ${info.error || info.phase}`,
        );
      reasons.push(...info.problems);
      const skip = tags.includes('skip-axe') || info.skipAxe;
      if (skip) axeNote = ', axe skipped';
      else {
        await page.addScriptTag({ url: AXE_URL });
        reasons.push(...(await page.evaluate(runAxe, info.axe)));
      }
      await page.waitForTimeout(50);
      reasons.push(
        ...unexpectedErrors(consoleErrors, info.expected, tags).map((e) => `console error: ${e}`),
      );
    } else {
      const { empty, flagged } = await page.evaluate(() => ({
        empty: (document.querySelector('#storybook-docs')?.textContent ?? '').trim() === '',
        // A page marks what it could not render with data-checker-problem.
        flagged: [...document.querySelectorAll('#storybook-docs [data-checker-problem]')].map(
          (el) => el.textContent.trim().replace(/\s+/g, ' '),
        ),
      }));
      if (empty) reasons.push('the docs page is empty');
      reasons.push(...flagged.map((text) => `the page reports a problem: ${text}`));
      reasons.push(
        ...unexpectedErrors(consoleErrors, null, tags).map((e) => `console error: ${e}`),
      );
    }
  } catch (err) {
    reasons.push(`could not check: ${String(err?.message ?? err).split('\n')[0]}`);
  }
  // Leave the story's document before the next one starts: an error while it is torn down
  // still counts against this story, and nothing it does later reaches the next one.
  await page.goto('about:blank').catch(() => page.close().catch(() => {}));
  seen = { pageErrors: [], consoleErrors: [], inflight: 0, lastNetwork: 0 };
  reasons.unshift(...pageErrors.map((e) => `page error: ${e}`));
  return { ms: Date.now() - started, reasons, axeNote, checker };
}

let passed = 0;
let failed = 0;
try {
  for (const entry of entries) {
    const { ms, reasons, axeNote, checker } = await check(entry);
    const label = `${entry.type === 'story' ? 'story' : 'docs '} ${entry.id}`;
    if (selfTest) {
      // The verdict must be the one the fixture declares, for the reason it declares.
      const failedAsExpected =
        checker?.expect === 'fail' &&
        reasons.length > 0 &&
        reasons.some((r) => r.includes(checker.reason ?? ''));
      const ok = checker?.expect === 'pass' ? reasons.length === 0 : failedAsExpected;
      if (ok) passed++;
      else failed++;
      const verdict = reasons.length ? `failed: ${reasons[0].split('\n')[0]}` : 'passed';
      console.log(`${ok ? '✓' : '✗'} ${label}: ${verdict}`);
      if (!ok) {
        console.log(
          `    expected ${checker?.expect ?? '?'}${checker?.reason ? ` (${checker.reason})` : ''}`,
        );
        for (const r of reasons) console.log(`    ${r.replace(/\n/g, '\n    ')}`);
      }
      continue;
    }
    if (reasons.length) {
      failed++;
      console.log(`✗ ${label} (${ms} ms)`);
      for (const r of reasons) console.log(`    ${r.replace(/\n/g, '\n    ')}`);
    } else {
      passed++;
      console.log(`✓ ${label} (${ms} ms${axeNote})`);
    }
  }
} finally {
  await cleanup();
}
const checkMs = Date.now() - checkStart;
console.log(
  selfTest
    ? `\nSelf-test: ${stories.length} fixture stories, each must pass or fail as it declares.`
    : `\nChecked ${stories.length} stories and ${entries.length - stories.length} docs pages in Chromium.`,
);
console.log(`Storybook build: ${seconds(buildMs)} (${buildNote}); check: ${seconds(checkMs)}.`);
finish(passed, failed, failed ? 1 : 0);
