// Runs in its own Node process (see layout.mjs): times `layoutTimeline(events, options)` from
// packages/summit-timeline's build for each size and prints one JSON object on stdout.
// Usage: node layout-worker.mjs <repo root> <sizes, comma separated> <quick: 0|1>
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { generateEvents, NOW, toOurs } from './generate.mjs';

const [root, sizesArg, quickArg] = process.argv.slice(2);
const sizes = sizesArg.split(',').map(Number);
const quick = quickArg === '1';
const pkg = resolve(root, 'packages/summit-timeline');
const CANDIDATES = [
  'dist/element.js',
  'dist/layout/layout.js',
  'dist/layout/index.js',
  'dist/index.js',
];

const print = (o) => process.stdout.write(JSON.stringify(o));

async function findLayout() {
  const tried = [];
  for (const rel of CANDIDATES) {
    const file = resolve(pkg, rel);
    if (!existsSync(file)) {
      tried.push(`${rel}: not built`);
      continue;
    }
    try {
      const mod = await import(pathToFileURL(file).href);
      if (typeof mod.layoutTimeline === 'function')
        return { fn: mod.layoutTimeline, from: rel, tried };
      tried.push(`${rel}: no layoutTimeline export`);
    } catch (err) {
      tried.push(`${rel}: ${String(err.message).split('\n')[0]}`);
    }
  }
  return { fn: null, tried };
}

/** d3-zoom's identity transform (with its methods) when d3-zoom resolves, else a plain {k,x,y}. */
async function identityTransform() {
  try {
    const require = createRequire(resolve(pkg, 'package.json'));
    const mod = await import(pathToFileURL(require.resolve('d3-zoom')).href);
    return mod.zoomIdentity;
  } catch {
    return { k: 1, x: 0, y: 0 };
  }
}

// Text width in px, as a canvas would measure 14 px sans-serif (about 0.55 em per character).
const measure = (text) => String(text ?? '').length * 7.7;

const { fn, from, tried } = await findLayout();
if (!fn) {
  print({
    skipped: `layoutTimeline is not in packages/summit-timeline's build yet (${tried.join('; ')})`,
  });
  process.exit(0);
}
const transform = await identityTransform();
const base = { width: 1000, height: 600, transform, measure };
// `now` as a Date first; a string 'YYYY-MM-DD' if the function will not take a Date.
const variants = [
  { ...base, now: new Date(`${NOW}T00:00:00Z`) },
  { ...base, now: NOW },
];
let options = null;
let probeError = null;
const probeEvents = toOurs(generateEvents(50)).events;
for (const v of variants) {
  try {
    fn(probeEvents, v);
    options = v;
    break;
  } catch (err) {
    probeError = String(err.message).split('\n')[0];
  }
}
if (!options) {
  print({ skipped: `layoutTimeline (${from}) threw on 50 generated events: ${probeError}` });
  process.exit(0);
}

const describe = (out) => {
  if (!out || typeof out !== 'object') return typeof out;
  const d = {};
  for (const [k, v] of Object.entries(out))
    d[k] = Array.isArray(v) ? `array(${v.length})` : typeof v;
  return d;
};

const results = [];
for (const n of sizes) {
  const events = toOurs(generateEvents(n)).events;
  const runs = quick ? (n >= 100_000 ? 1 : 3) : n >= 100_000 ? 5 : n >= 10_000 ? 10 : 20;
  const samples = [];
  let output;
  let error;
  try {
    fn(events, options); // warm-up (JIT), not recorded
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      output = fn(events, options);
      samples.push(Math.round((performance.now() - t0) * 1000) / 1000);
    }
  } catch (err) {
    error = String(err.message).split('\n')[0];
  }
  results.push({ n, runs, samples, ...(error ? { error } : { output: describe(output) }) });
}
print({ from, now: typeof options.now === 'string' ? 'string' : 'Date', results });
