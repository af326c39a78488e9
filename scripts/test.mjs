#!/usr/bin/env node
// `npm test`: builds what the tests need, runs the Node (DOM-free import) tests and every browser
// test of every package in one web-test-runner run, then prints one plain total for the whole run.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INSTALL_HINT, missingEngines, selectedEngines } from './wtr/browsers.mjs';

const root = new URL('..', import.meta.url).pathname;
const env = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: '1',
  STORYBOOK_DISABLE_TELEMETRY: '1',
  DO_NOT_TRACK: '1',
};

function run(cmd, args, { capture = false, extraEnv = {} } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd: root,
      env: { ...env, ...extraEnv },
      stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    });
    let out = '';
    child.stdout?.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
    child.on('error', (err) => {
      console.error(err.message);
      resolve({ code: 1, out });
    });
  });
}

const engines = selectedEngines();
const missing = missingEngines(engines);
if (missing.length) {
  for (const e of missing) console.error(INSTALL_HINT[e]);
  console.error('0 passed, 1 failed, 0 skipped');
  process.exit(1);
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

// 1. Build every package (turbo caches what did not change).
const build = await run('npx', ['turbo', 'run', 'build', '--output-logs=errors-only']);
if (build.code !== 0) {
  console.error('Build failed.');
  console.error('0 passed, 1 failed, 0 skipped');
  process.exit(1);
}

// 2. Node tests: the pure modules import and run in Node with no DOM.
const nodeFiles = ['packages', 'apps']
  .flatMap((group) => readdirSync(join(root, group)).map((p) => join(group, p, 'test', 'node')))
  .filter((dir) => existsSync(join(root, dir)))
  .flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((f) => /\.test\.(m?js|ts)$/.test(f))
      .map((f) => join(dir, f)),
  );
if (nodeFiles.length) {
  const res = await run('node', ['--test', '--test-reporter=tap', ...nodeFiles], { capture: true });
  const num = (key) => Number(res.out.match(new RegExp(`^# ${key} (\\d+)$`, 'm'))?.[1] ?? 0);
  const node = {
    passed: num('pass'),
    failed: num('fail') + num('cancelled'),
    skipped: num('skipped') + num('todo'),
  };
  if (res.code !== 0 && node.failed === 0) node.failed = 1;
  lines.push(`node: ${node.passed} passed, ${node.failed} failed, ${node.skipped} skipped`);
  for (const k of Object.keys(totals)) totals[k] += node[k];
}

// 3. Browser tests: one web-test-runner run over all packages, in every selected engine.
const tmp = mkdtempSync(join(tmpdir(), 'tianshan-wtr-'));
const resultsFile = join(tmp, 'results.json');
const wtrArgs = ['node_modules/.bin/wtr', '--config', 'web-test-runner.config.mjs'];
const needsDisplay = engines.includes('webkit') && !process.env.DISPLAY;
const wtr = needsDisplay
  ? await run('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', 'node', ...wtrArgs], {
      extraEnv: { TIANSHAN_WTR_RESULTS: resultsFile },
    })
  : await run('node', wtrArgs, { extraEnv: { TIANSHAN_WTR_RESULTS: resultsFile } });
let byEngine = {};
try {
  byEngine = JSON.parse(readFileSync(resultsFile, 'utf8'));
} catch {
  /* no results: counted below */
}
rmSync(tmp, { recursive: true, force: true });
const label = (name) =>
  /firefox/i.test(name)
    ? 'firefox'
    : /minibrowser|webkit|safari/i.test(name)
      ? 'webkit'
      : /chrom/i.test(name)
        ? 'chromium'
        : name;
for (const [name, r] of Object.entries(byEngine)) {
  lines.push(
    `${label(name)} (${name}): ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`,
  );
  for (const f of r.failures) lines.push(`  failed: ${f}`);
  totals.passed += r.passed;
  totals.failed += r.failed;
  totals.skipped += r.skipped;
}
if (wtr.code !== 0 && Object.values(byEngine).every((r) => r.failed === 0)) {
  lines.push(`web-test-runner exited with code ${wtr.code}`);
  totals.failed += 1;
}
const ran = Object.keys(byEngine).map(label);
for (const e of engines)
  if (!ran.includes(e)) {
    lines.push(`${e}: no results`);
    totals.failed += 1;
  }

console.log('\nTest totals');
for (const l of lines) console.log(l);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
