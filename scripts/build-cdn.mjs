#!/usr/bin/env node
// Builds a package's CDN bundle: dist/cdn/<name>.js, a minified ES module with Lit (and D3)
// inlined. Code loaded on demand (dynamic import()) is split into chunks beside it.
// Usage (from a package folder): node ../../scripts/build-cdn.mjs <name>
import { build } from 'esbuild';
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const name = process.argv[2];
if (!name) throw new Error('usage: build-cdn.mjs <name>');
const pkg = process.cwd();
const entry = existsSync(resolve(pkg, 'src/cdn.ts')) ? 'src/cdn.ts' : 'src/index.ts';
const outdir = resolve(pkg, 'dist/cdn');
rmSync(outdir, { recursive: true, force: true });

const result = await build({
  entryPoints: { [name]: resolve(pkg, entry) },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  target: ['es2022', 'chrome111', 'firefox115', 'safari16.4'],
  chunkNames: 'chunks/[name]-[hash]',
  tsconfig: resolve(pkg, 'tsconfig.build.json'),
  conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'linked',
  charset: 'utf8',
  metafile: true,
  logLevel: 'warning',
});
if (result.errors.length) process.exit(1);

// The `:not(:defined)` reservation CSS ships beside the bundle: src/cdn/tianshan.css → dist/cdn/.
const css = resolve(pkg, 'src/cdn/tianshan.css');
if (existsSync(css)) copyFileSync(css, resolve(outdir, 'tianshan.css'));
