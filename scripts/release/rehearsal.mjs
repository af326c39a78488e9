#!/usr/bin/env node
// Release rehearsal: publishes the packages to a local verdaccio (127.0.0.1, no uplinks) as
// `npm run release` would, without git tags; then, in a fresh temporary folder, a consumer app
// (Vite + TypeScript) installs @tianshan/summit-timeline and @tianshan/article-card from it,
// typechecks, builds and renders in headless Chromium; a plain HTML page loads each package's CDN
// file from the installed node_modules. Always stops verdaccio (by its PID) and removes its
// temporary folders, also on failure. Prints the packed size of each package.
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { freePort, findChromium, CHROMIUM_ARGS } from '../wtr/browsers.mjs';
import { serveStatic } from './serve.mjs';

const run = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;
const PACKAGES = ['tokens', 'article-card', 'summit-timeline'];
const started = Date.now();
const results = [];
const check = (name, ok, detail = '') => {
  results.push({ name, ok });
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
};
const sh = async (cmd, args, opts = {}) => {
  const { stdout } = await run(cmd, args, { maxBuffer: 64 * 1024 * 1024, ...opts });
  return stdout;
};

const tmp = mkdtempSync(join(tmpdir(), 'tianshan-release-'));
let verdaccio;
let browser;
const servers = [];
const cleanup = async () => {
  await browser?.close().catch(() => {});
  for (const s of servers) await s.close().catch(() => {});
  if (verdaccio?.pid && verdaccio.exitCode === null) {
    // Stop the registry we started (by its PID) and wait for it to exit before removing its
    // storage; after 5 s, kill it.
    const exited = new Promise((resolve) => verdaccio.once('exit', resolve));
    try {
      process.kill(verdaccio.pid, 'SIGTERM');
      const timer = setTimeout(() => {
        try {
          process.kill(verdaccio.pid, 'SIGKILL');
        } catch {
          /* gone */
        }
      }, 5000);
      await exited;
      clearTimeout(timer);
    } catch {
      /* gone */
    }
  }
  rmSync(tmp, { recursive: true, force: true });
};
process.on('SIGINT', () => cleanup().then(() => process.exit(130)));
process.on('SIGTERM', () => cleanup().then(() => process.exit(143)));

try {
  // 1. Build (cached by turbo) and record packed sizes.
  await sh('npx', ['turbo', 'run', 'build', '--output-logs=errors-only'], {
    cwd: root,
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
  });
  for (const p of PACKAGES) {
    const [info] = JSON.parse(
      await sh('npm', ['pack', '--dry-run', '--json'], { cwd: join(root, 'packages', p) }),
    );
    console.log(
      `packed ${info.name}@${info.version}: ${info.size} bytes (${info.unpackedSize} unpacked, ${info.entryCount} files)`,
    );
    const leaked = info.files.filter((f) => /(^|\/)(test|stories)\//.test(f.path));
    check(
      `${info.name} files allowlist has no tests or stories`,
      leaked.length === 0,
      leaked.map((f) => f.path).join(', '),
    );
  }

  // 2. verdaccio on 127.0.0.1, offline.
  const port = await freePort();
  const registry = `http://127.0.0.1:${port}`;
  mkdirSync(join(tmp, 'storage'));
  writeFileSync(
    join(tmp, 'config.yaml'),
    [
      `storage: ${join(tmp, 'storage')}`,
      'uplinks: {}',
      'packages:',
      "  '@tianshan/*':",
      '    access: $all',
      '    publish: $all',
      "  '**':",
      '    access: $all',
      'publish:',
      '  allow_offline: true',
      'logs: { type: stdout, format: pretty, level: error }',
      '',
    ].join('\n'),
  );
  verdaccio = spawn(
    join(root, 'node_modules/.bin/verdaccio'),
    ['--config', join(tmp, 'config.yaml'), '--listen', `127.0.0.1:${port}`],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, VERDACCIO_DISABLE_TELEMETRY: '1' },
    },
  );
  const deadline = Date.now() + 30000;
  for (;;) {
    try {
      if ((await fetch(`${registry}/-/ping`)).ok) break;
    } catch {
      /* starting */
    }
    if (Date.now() > deadline || verdaccio.exitCode !== null)
      throw new Error('verdaccio did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
  check('verdaccio listening on 127.0.0.1', true, registry);

  // 3. Publish as `npm run release` does (changeset publish), without git tags.
  const npmrc = join(tmp, '.npmrc');
  writeFileSync(npmrc, `//127.0.0.1:${port}/:_authToken=rehearsal\nregistry=${registry}/\n`);
  const publishEnv = {
    ...process.env,
    npm_config_userconfig: npmrc,
    npm_config_registry: `${registry}/`,
  };
  const out = await sh('npx', ['changeset', 'publish', '--no-git-tag'], {
    cwd: root,
    env: publishEnv,
  });
  for (const p of PACKAGES) {
    const name = `@tianshan/${p}`;
    const version = JSON.parse(
      readFileSync(join(root, 'packages', p, 'package.json'), 'utf8'),
    ).version;
    const meta = await (
      await fetch(`${registry}/${name.replace('/', '%2f')}`)
    )
      .json()
      .catch(() => ({}));
    check(
      `${name}@${version} published`,
      Boolean(meta.versions?.[version]),
      out.includes(name) ? '' : 'not in changeset output',
    );
  }

  // 4. A consumer app: Vite + TypeScript, installing our scope from verdaccio.
  const app = join(tmp, 'consumer');
  mkdirSync(join(app, 'src'), { recursive: true });
  const version = JSON.parse(
    readFileSync(join(root, 'packages/summit-timeline/package.json'), 'utf8'),
  ).version;
  const rootPkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const pin = (name) => rootPkg.devDependencies[name];
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify(
      {
        name: 'tianshan-consumer',
        private: true,
        type: 'module',
        scripts: { typecheck: 'tsc --noEmit', build: 'vite build' },
        dependencies: { '@tianshan/summit-timeline': version, '@tianshan/article-card': version },
        devDependencies: {
          typescript: pin('typescript'),
          vite: '~8.3.4',
          '@types/react': '~19.3.3',
        },
      },
      null,
      2,
    ),
  );
  writeFileSync(
    join(app, '.npmrc'),
    `@tianshan:registry=${registry}/\n//127.0.0.1:${port}/:_authToken=rehearsal\nfund=false\naudit=false\n`,
  );
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'Bundler',
        strict: true,
        noEmit: true,
        jsx: 'react-jsx',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        skipLibCheck: false,
        types: [],
      },
      include: ['src'],
    }),
  );
  writeFileSync(
    join(app, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>consumer</title></head><body>
<main><summit-timeline id="tl"></summit-timeline>
<article-card id="card" headline="C. Asia ties to get new boost" href="https://www.chinadaily.com.cn/"></article-card></main>
<script type="module" src="/src/main.ts"></script></body></html>\n`,
  );
  writeFileSync(
    join(app, 'src/main.ts'),
    `import '@tianshan/summit-timeline';
import '@tianshan/article-card';
import type { SummitTimeline } from '@tianshan/summit-timeline';
import type { ArticleCard } from '@tianshan/article-card';

const timeline: SummitTimeline = document.querySelector('summit-timeline')!;
const card: ArticleCard = document.querySelector('article-card')!;
// Typed properties through HTMLElementTagNameMap.
const selected: string | null | undefined = document.querySelector('summit-timeline')!.selected;
card.headline = (card.headline ?? '').trim();
timeline.addEventListener('timeline-select', (e) => {
  const id: string | null = e.detail.id;
  document.title = String(id ?? selected);
});
card.addEventListener('card-error', (e) => console.warn(e.detail.reason));
`,
  );
  // React 19 JSX types from the opt-in `/jsx` entries (typechecked only; the app does not use React).
  writeFileSync(
    join(app, 'src/react-view.tsx'),
    `import type {} from '@tianshan/summit-timeline/jsx';

export const view = (
  <section>
    <summit-timeline
      projections={3}
      orientation="vertical"
      ontimeline-select={(e) => console.log(e.detail.id)}
    />
    <article-card headline="A" href="/a" oncard-error={(e) => console.warn(e.detail.reason)} />
    {/* @ts-expect-error: orientation is 'auto' | 'horizontal' | 'vertical' */}
    <summit-timeline orientation="diagonal" />
  </section>
);
`,
  );
  await sh('npm', ['install', '--no-audit', '--no-fund'], {
    cwd: app,
    env: { ...process.env, npm_config_userconfig: join(app, '.npmrc') },
  });
  check('consumer installs both packages from the local registry', true);
  try {
    await sh('npx', ['tsc', '--noEmit'], { cwd: app });
    check('consumer typechecks (tsc, strict; DOM types and React 19 JSX types)', true);
  } catch (err) {
    check(
      'consumer typechecks (tsc, strict; DOM types and React 19 JSX types)',
      false,
      String(err.stdout || err.message).slice(0, 2000),
    );
  }
  await sh('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: app });
  check('consumer builds (vite build)', true);
  writeFileSync(
    join(app, 'cdn.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>cdn</title>
<script type="module" src="/node_modules/@tianshan/article-card/dist/cdn/article-card.js"></script>
<script type="module" src="/node_modules/@tianshan/summit-timeline/dist/cdn/summit-timeline.js"></script></head>
<body><main><summit-timeline></summit-timeline><article-card headline="Plain page" href="/x"></article-card></main></body></html>\n`,
  );

  // 5. Render in headless Chromium.
  browser = await chromium.launch({
    executablePath: findChromium(),
    args: CHROMIUM_ARGS.filter((a) => !a.startsWith('--headless')),
  });
  const built = await serveStatic(join(app, 'dist'));
  const raw = await serveStatic(app);
  servers.push(built, raw);
  for (const [label, url] of [
    ['built consumer app', `${built.url}/index.html`],
    ['CDN files from node_modules', `${raw.url}/cdn.html`],
  ]) {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(url);
    const state = await page
      .waitForFunction(
        () => {
          const tl = document.querySelector('summit-timeline');
          const card = document.querySelector('article-card');
          const text = tl?.shadowRoot?.textContent ?? '';
          return customElements.get('summit-timeline') &&
            customElements.get('article-card') &&
            card?.shadowRoot?.querySelector('a') &&
            /Astana/.test(text) &&
            /Xi.an/.test(text)
            ? {
                card: card.shadowRoot.querySelector('a').textContent.trim(),
                timelineChars: text.length,
              }
            : false;
        },
        null,
        { timeout: 15000 },
      )
      .then((h) => h.jsonValue())
      .catch(() => null);
    check(
      `${label}: both elements upgraded, timeline shows the built-in dataset`,
      Boolean(state) && errors.length === 0,
      state ? JSON.stringify(state) : errors.join('; ') || 'timed out',
    );
    await page.close();
  }
} catch (err) {
  check('rehearsal ran to the end', false, err.stderr?.toString().slice(-2000) || err.message);
} finally {
  await cleanup();
}
const failed = results.filter((r) => !r.ok).length;
console.log(`release rehearsal took ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
