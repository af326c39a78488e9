#!/usr/bin/env node
// Checks every published package as npm would pack it: publint (package.json, exports, files)
// and Are the Types Wrong (`attw --pack --profile esm-only`), and that each element's manifest
// entry and JSX types are there. Run after a build.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const run = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;
const PACKAGES = ['tokens', 'article-card', 'summit-timeline'];
let passed = 0;
let failed = 0;
for (const p of PACKAGES) {
  const dir = join(root, 'packages', p);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const { messages } = await publint({
    pkgDir: dir,
    level: 'suggestion',
    strict: true,
    pack: 'npm',
  });
  const problems = messages.filter((m) => m.type !== 'suggestion');
  for (const m of messages) console.log(`  publint ${m.type}: ${formatMessage(m, pkg)}`);
  if (problems.length) {
    failed++;
    console.log(`FAIL publint ${pkg.name}`);
  } else {
    passed++;
    console.log(`ok   publint ${pkg.name}`);
  }
  try {
    // CSS entry points carry no types (the issue: JSON and CSS entries need none).
    const cssEntries = Object.keys(pkg.exports ?? {}).filter((k) => k.endsWith('.css'));
    const exclude = cssEntries.length ? ['--exclude-entrypoints', ...cssEntries] : [];
    const args = [
      'attw',
      '--pack',
      '.',
      '--profile',
      'esm-only',
      '--format',
      'table-flipped',
      ...exclude,
    ];
    const { stdout } = await run('npx', args, {
      cwd: dir,
      maxBuffer: 16 * 1024 * 1024,
    });
    passed++;
    console.log(`ok   attw ${pkg.name}`);
    if (process.env.VERBOSE) console.log(stdout);
  } catch (err) {
    failed++;
    console.log(`FAIL attw ${pkg.name}\n${err.stdout ?? err.message}`);
  }
}
// The manifest and the editor data name each element with its attributes and events (a class
// JSDoc that the analyzer cannot attach to its class leaves them out, and the JSX types empty).
const TAGS = { 'article-card': ['article-card'], 'summit-timeline': ['summit-timeline'] };
for (const [p, tags] of Object.entries(TAGS)) {
  const dir = join(root, 'packages', p);
  const manifest = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
  const decls = manifest.modules.flatMap((m) => m.declarations ?? []);
  const jsx = readFileSync(join(dir, 'dist/jsx-types.d.ts'), 'utf8');
  for (const tag of tags) {
    const d = decls.find((x) => x.tagName === tag);
    const ok =
      d &&
      d.attributes?.length > 0 &&
      d.events?.every((e) => e.type?.text) &&
      jsx.includes(`"${tag}":`);
    if (ok) passed++;
    else failed++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} custom-elements.json and JSX types describe <${tag}>`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
