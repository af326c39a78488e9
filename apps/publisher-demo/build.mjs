#!/usr/bin/env node
// Builds what the demo serves besides the packages' own dist/cdn/ files: the Lit hydration
// support for the server-rendered page (dist/vendor/lit-hydrate-support.js, a minified ES module
// that must run before the component bundles), and the SRI hashes of the entry files
// (dist/sri.json).
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sriManifest } from './sri.mjs';

const dist = fileURLToPath(new URL('./dist/', import.meta.url));
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

const result = await build({
  entryPoints: { 'lit-hydrate-support': '@lit-labs/ssr-client/lit-element-hydrate-support.js' },
  outdir: `${dist}vendor`,
  bundle: true,
  format: 'esm',
  minify: true,
  target: ['es2022', 'chrome111', 'firefox115', 'safari16.4'],
  conditions: ['production', 'browser'],
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'linked',
  logLevel: 'warning',
});
if (result.errors.length) process.exit(1);

writeFileSync(`${dist}sri.json`, `${JSON.stringify(sriManifest(), null, 2)}\n`);
