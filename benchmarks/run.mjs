#!/usr/bin/env node
// Benchmarks <summit-timeline> against TimelineJS3 and vis-timeline, side by side in one headless
// Chromium (issue 9). From the repository root: `npm run bench` (installs benchmarks/ and runs
// this), or `node benchmarks/run.mjs [--quick]` once benchmarks/node_modules is installed.
//
//   --quick             fewer sizes and runs (a smoke run, about 2 minutes); writes results/quick.json
//   --only=a,b          some of: weight, layout, render, interaction
//   --runs=N            cold first-render runs per library and size (default 5, quick 2)
//   --libs=a,b          some of: ours, tl, vis (default all three)
//   --interaction-rounds=N  pages per library at 1,000 events or fewer (default 3, quick 1)
//   --render-sizes=10,100  --interaction-sizes=1000  --layout-sizes=1000  --budget=seconds
//                       (development: a partial run writes results/quick.json)
//   --no-md             do not update BENCHMARKS.md (full runs update its results section)
//   --report            measure nothing: write the results section of BENCHMARKS.md again from
//                       results/latest.json (after a change to the report's format)
//
// Output: a markdown table on stdout (progress on stderr), benchmarks/results/latest.json (every
// sample, the machine, the browser) and the results section of BENCHMARKS.md.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, CHROME_ARGS } from './lib/browser.mjs';
import { interactionRun, poolRuns, ZOOM_STEPS } from './lib/interaction.mjs';
import { layoutScaling } from './lib/layout.mjs';
import { renderOnce } from './lib/render.mjs';
import { checkTargets, LIBS, markdown, summariseRender } from './lib/report.mjs';
import { startServer } from './lib/server.mjs';
import { measureWeight } from './lib/weight.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const quick = flag('quick');
const only = option('only')?.split(',') ?? ['weight', 'layout', 'render', 'interaction'];

const CONFIG = quick
  ? {
      renderSizes: [10, 1000],
      runs: 2,
      interactionSizes: [1000],
      interactionRounds: 1,
      budgetMs: 20_000,
      layoutSizes: [1000, 10_000],
    }
  : {
      renderSizes: [10, 100, 1000, 10_000],
      runs: 5,
      interactionSizes: [1000, 10_000],
      // Pages per library at 1,000 events or fewer, interleaved, their frames pooled: one page's
      // p95 moves by a millisecond or more from page to page on a shared machine, and the frame
      // targets are set at 1,000 events. At 10,000 events, one page each (the peers take minutes).
      interactionRounds: 3,
      budgetMs: 40_000,
      layoutSizes: [1000, 10_000, 100_000],
    };
if (option('runs')) CONFIG.runs = Math.max(1, Number(option('runs')));
if (option('interaction-rounds'))
  CONFIG.interactionRounds = Math.max(1, Number(option('interaction-rounds')));
for (const key of ['renderSizes', 'interactionSizes', 'layoutSizes']) {
  const flagName = key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  if (option(flagName)) CONFIG[key] = option(flagName).split(',').map(Number);
}
if (option('budget')) CONFIG.budgetMs = Number(option('budget')) * 1000;
const RENDER_TIMEOUT_MS = 60_000;

const PATHS = {
  root: ROOT,
  ours: resolve(ROOT, 'packages/summit-timeline/dist/cdn/summit-timeline.js'),
  tl: resolve(HERE, 'node_modules/@knight-lab/timelinejs/dist'),
  vis: resolve(HERE, 'node_modules/vis-timeline'),
};

const log = (...m) => process.stderr.write(`${m.join(' ')}\n`);

if (flag('report')) {
  const saved = JSON.parse(readFileSync(resolve(HERE, 'results', 'latest.json'), 'utf8'));
  const body = markdown(saved);
  await updateBenchmarksMd(saved, body);
  process.stdout.write(`${body}\n`);
  process.exit(0);
}

const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(0)} s`;

for (const [lib, dir] of [
  ['TimelineJS3', PATHS.tl],
  ['vis-timeline', PATHS.vis],
]) {
  if (!existsSync(dir)) {
    log(
      `${lib} is not installed in benchmarks/node_modules: run \`npm ci --prefix benchmarks\` first.`,
    );
    process.exit(1);
  }
}

function versionOf(dir) {
  try {
    return JSON.parse(readFileSync(resolve(dir, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

function gitCommit() {
  try {
    const sha = execFileSync('git', ['rev-parse', 'HEAD'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .toString()
      .trim();
    const dirty =
      execFileSync('git', ['status', '--porcelain', '--', 'packages/summit-timeline'], {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'ignore'],
      }).toString().length > 0;
    return { commit: sha, summitTimelineUncommitted: dirty };
  } catch {
    return null;
  }
}

/** sha256 (12 hex) of each file of our CDN build, to tie the results to one build. */
function buildFingerprint() {
  const dir = dirname(PATHS.ours);
  if (!existsSync(dir)) return null;
  const files = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = resolve(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.js')) files.push(p);
    }
  };
  walk(dir);
  return Object.fromEntries(
    files
      .sort()
      .map((f) => [
        relative(ROOT, f),
        createHash('sha256').update(readFileSync(f)).digest('hex').slice(0, 12),
      ]),
  );
}

const results = {
  schema: 1,
  kind: quick ? 'quick' : 'full',
  date: new Date().toISOString(),
  machine: {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    node: process.version,
    loadAverageAtStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
    note: 'shared machine: other jobs may run at the same time (see the load averages)',
  },
  versions: {
    ours: versionOf(resolve(ROOT, 'packages/summit-timeline')),
    tl: versionOf(resolve(HERE, 'node_modules/@knight-lab/timelinejs')),
    vis: versionOf(PATHS.vis),
    'playwright-core': versionOf(resolve(HERE, 'node_modules/playwright-core')),
  },
  repository: gitCommit(),
  build: buildFingerprint(),
  config: {
    ...CONFIG,
    renderTimeoutMs: RENDER_TIMEOUT_MS,
    zoomSteps: ZOOM_STEPS,
    container: '1000×600 px in a 1280×800 viewport',
  },
};

if (!existsSync(PATHS.ours)) {
  log(
    `\n!! ${relative(ROOT, PATHS.ours)} is missing: build it first (npm run build). Measuring the peers only.\n`,
  );
}

if (only.includes('weight')) {
  log(`[${elapsed()}] weight`);
  results.weight = await measureWeight(PATHS);
}

if (only.includes('layout')) {
  log(`[${elapsed()}] layoutTimeline alone: ${CONFIG.layoutSizes.join(', ')} events`);
  results.layout = await layoutScaling(ROOT, CONFIG.layoutSizes, quick);
  if (results.layout.skipped) log(`   skipped: ${results.layout.skipped}`);
}

const wanted = option('libs')?.split(',') ?? LIBS;
const libs = (existsSync(PATHS.ours) ? LIBS : LIBS.filter((l) => l !== 'ours')).filter((l) =>
  wanted.includes(l),
);

if (only.includes('render') || only.includes('interaction')) {
  const server = await startServer({
    '/ours/': dirname(PATHS.ours),
    '/tl/': PATHS.tl,
    '/vis/': resolve(PATHS.vis, 'standalone/umd'),
  });
  let browser = await launchBrowser();
  // A crashed browser is started again, so that one bad run does not void the rest.
  const live = async () => {
    if (!browser.isConnected()) {
      log('   Chromium disconnected: starting it again');
      browser = await launchBrowser();
    }
    return browser;
  };
  results.browser = {
    name: 'Chromium (headless, playwright-core)',
    version: browser.version(),
    args: CHROME_ARGS,
  };
  log(`[${elapsed()}] Chromium ${browser.version()}, pages on ${server.origin}`);
  try {
    if (only.includes('render')) {
      // One warm-up page per library (files into the OS cache; what each page fetches is
      // recorded), not counted.
      const warmup = {};
      for (const lib of libs) {
        const { sample } = await renderOnce(await live(), server.origin, lib, 10, {
          countBytes: true,
        });
        warmup[lib] = sample;
      }
      const samples = [];
      for (const n of CONFIG.renderSizes) {
        for (let run = 1; run <= CONFIG.runs; run++) {
          for (const lib of libs) {
            const { sample } = await renderOnce(await live(), server.origin, lib, n, {
              timeoutMs: RENDER_TIMEOUT_MS,
              cpu: true,
            });
            samples.push({
              lib,
              n,
              run,
              ...sample,
              load1: Math.round(os.loadavg()[0] * 100) / 100,
            });
            const shown = sample.timeout
              ? 'timeout'
              : sample.error
                ? `error: ${sample.error}`
                : `${sample.ms} ms (main-thread CPU ${sample.cpuMs} ms)`;
            log(
              `[${elapsed()}] render ${String(n).padStart(5)} events  run ${run}  ${lib.padEnd(4)} ${shown}`,
            );
          }
        }
      }
      results.render = { warmup, samples, summary: summariseRender(samples) };
      // The weight again, with the chunks our pages fetched by import() before their first render.
      const fetched = new Set();
      for (const smp of [warmup.ours, ...samples.filter((x) => x.lib === 'ours')]) {
        for (const path of smp?.resources ?? []) {
          if (path.startsWith('/ours/')) fetched.add(resolve(dirname(PATHS.ours), path.slice(6)));
        }
      }
      // And a first render of the built-in dataset (no data from the page): what it fetches.
      let fetchedByBuiltin = null;
      if (libs.includes('ours')) {
        const { sample } = await renderOnce(await live(), server.origin, 'ours', 0, {
          countBytes: true,
        });
        results.render.builtin = sample;
        log(`[${elapsed()}] render built-in dataset  ours ${sample.ms ?? sample.error} ms`);
        fetchedByBuiltin = (sample.resources ?? [])
          .filter((path) => path.startsWith('/ours/'))
          .map((path) => resolve(dirname(PATHS.ours), path.slice(6)));
      }
      if ((fetched.size || fetchedByBuiltin) && results.weight) {
        results.weight = await measureWeight(PATHS, {
          fetchedByOurs: [...fetched],
          fetchedByBuiltin,
        });
      }
    }
    if (only.includes('interaction')) {
      const runs = [];
      const rounds = (n) => (n <= 1000 ? CONFIG.interactionRounds : 1);
      const lastRound = Math.max(...CONFIG.interactionSizes.map(rounds));
      for (let round = 1; round <= lastRound; round++) {
        // The floor: the same steps on a page without a timeline.
        log(`[${elapsed()}] interaction, no timeline (harness floor), page ${round}`);
        const floor = await interactionRun(await live(), server.origin, 'blank', 0, {
          budgetMs: CONFIG.budgetMs,
        });
        runs.push({ ...floor, round });
        for (const n of CONFIG.interactionSizes) {
          if (round > rounds(n)) continue;
          for (const lib of libs) {
            log(`[${elapsed()}] interaction ${n} events  ${lib}  page ${round} of ${rounds(n)}`);
            const r = await interactionRun(await live(), server.origin, lib, n, {
              budgetMs: CONFIG.budgetMs,
            });
            r.round = round;
            r.load1 = Math.round(os.loadavg()[0] * 100) / 100;
            runs.push(r);
            if (r.error || r.stalled)
              log(`   ${r.stalled ? 'stalled' : 'error'}: ${r.stalled ?? r.error}`);
            if (r.zoom?.cpuPerFrame) {
              log(
                `   CPU per frame p95: zoom ${r.zoom.cpuPerFrame.p95} ms${r.zoom.responded === false ? ' (no response)' : ''}, pan ${r.pan?.cpuPerFrame?.p95 ?? '–'} ms; longest task ${r.longestTaskMs} ms`,
              );
            }
          }
        }
      }
      results.interaction = { rounds: CONFIG.interactionRounds, runs, pooled: poolRuns(runs) };
    }
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }
}

results.targets = checkTargets(results);
results.machine.loadAverageAtEnd = os.loadavg().map((x) => Math.round(x * 100) / 100);
results.durationSeconds = Math.round((Date.now() - t0) / 1000);

const partial =
  only.length < 4 ||
  libs.length < 3 ||
  args.some((a) =>
    /^--(render|interaction|layout)-sizes=|^--(budget|runs|interaction-rounds)=/.test(a),
  );
const outFile = resolve(HERE, 'results', quick || partial ? 'quick.json' : 'latest.json');
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
const report = markdown(results);

if (!quick && !flag('no-md') && only.length === 4 && libs.length === 3)
  await updateBenchmarksMd(results, report);

process.stdout.write(`${report}\n`);
log(`[${elapsed()}] done: ${relative(process.cwd(), outFile)}`);

/** Replaces the generated section of BENCHMARKS.md (between its two markers). */
async function updateBenchmarksMd(res, body) {
  const file = resolve(ROOT, 'BENCHMARKS.md');
  const START = '<!-- bench:results:start (generated by benchmarks/run.mjs; do not edit) -->';
  const END = '<!-- bench:results:end -->';
  if (!existsSync(file)) return;
  const text = readFileSync(file, 'utf8');
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a < 0 || b < a) {
    log('BENCHMARKS.md has no results markers: not updated');
    return;
  }
  const m = res.machine;
  const header = [
    `Run of ${res.date.slice(0, 10)} (${res.durationSeconds} s), \`benchmarks/results/latest.json\`: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB,`,
    `${res.browser?.name ?? 'Chromium'} ${res.browser?.version ?? ''}, Node ${m.node}; load average ${m.loadAverageAtStart.join(' / ')} at the start and ${m.loadAverageAtEnd.join(' / ')} at the end`,
    `(with ${m.cores} cores, a load average above ${m.cores} means other work competed for them). KB = 1,024 bytes.`,
  ].join('\n');
  let next = `${text.slice(0, a + START.length)}\n\n${header}\n\n${body}\n${text.slice(b)}`;
  try {
    const prettier = await import('prettier');
    const config = (await prettier.resolveConfig(file)) ?? {};
    next = await prettier.format(next, { ...config, filepath: file });
  } catch {
    // prettier is a dev dependency of the root: without it the file is written as generated
  }
  writeFileSync(file, next);
  log('BENCHMARKS.md: results section updated');
}
