#!/usr/bin/env node
// Builds a package's CDN bundle: dist/cdn/<name>.js, a minified ES module with Lit (and D3)
// inlined. Code loaded on demand (dynamic import()) is split into chunks beside it, in
// dist/cdn/chunks/.
//
// Rollup does the chunking, from the package's compiled dist/cdn.js (or dist/index.js): code that
// the entry needs stays in the entry file, and the lazy chunks import it from there. So a first
// render is one file and one request (esbuild's splitting would move code shared with a lazy chunk
// into shared chunks, several requests before the first render). The markup and styles inside
// Lit's html`` and css`` templates are minified first (esbuild leaves template text as it is);
// esbuild then minifies each file.
// Usage (from a package folder): node ../../scripts/build-cdn.mjs <name>
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { Features, transform as transformCss } from 'lightningcss';
import { transform } from 'esbuild';
import { rollup } from 'rollup';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const name = process.argv[2];
if (!name) throw new Error('usage: build-cdn.mjs <name>');
const pkg = process.cwd();
const entry = resolve(
  pkg,
  existsSync(resolve(pkg, 'dist/cdn.js')) ? 'dist/cdn.js' : 'dist/index.js',
);
const outdir = resolve(pkg, 'dist/cdn');
// The browsers the bundle is built for ([major, minor]): esbuild's target for the scripts, and
// lightningcss's (a version as major << 16 | minor << 8) for the styles in css`` templates.
const BROWSERS = { chrome: [111], firefox: [115], safari: [16, 4] };
const JS_TARGET = ['es2022', ...Object.entries(BROWSERS).map(([b, v]) => `${b}${v.join('.')}`)];
const CSS_TARGETS = Object.fromEntries(
  Object.entries(BROWSERS).map(([b, [major, minor = 0]]) => [b, (major << 16) | (minor << 8)]),
);

/**
 * Minifies a css`` template's text, in which each `${}` is a placeholder (`@TEMPLATE_EXPRESSION();`).
 * Ours are all values (a token, maybe one of several in a declaration), so each is given to the
 * minifier as an identifier, which it keeps as it is, and put back after.
 */
function minifyCss(text) {
  const code = text.replace(/@(TEMPLATE_EXPRESSION_*)\(\);?/g, '__$1__');
  const out = transformCss({
    filename: 'template.css',
    code: Buffer.from(code),
    minify: true,
    targets: CSS_TARGETS,
    // (color-scheme is set as written: no variables for a light-dark() fallback, which we do
    // not use.)
    exclude: Features.LightDark,
  });
  return out.code.toString().replace(/__(TEMPLATE_EXPRESSION_*)__/g, '@$1();');
}
rmSync(outdir, { recursive: true, force: true });

const bundle = await rollup({
  input: { [name]: entry },
  // The entry may export what its lazy chunks import from it (no facade file in front of it).
  preserveEntrySignatures: 'allow-extension',
  plugins: [
    // A template that cannot be minified fails the build (rather than shipping it as written).
    minifyLiterals({
      failOnError: true,
      options: {
        // Styles only: css`` templates. (html`` templates are left as written: their whitespace
        // can be text a reader sees.)
        shouldMinify: () => false,
        minifyOptions: { minifyCSS: minifyCss },
      },
    }),
    nodeResolve({ browser: true, exportConditions: ['production'] }),
  ],
  onwarn(warning, warn) {
    // tsc's decorator helper reads `this` at the top level of a module: harmless.
    if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
  },
});
const { output } = await bundle.generate({
  format: 'es',
  entryFileNames: '[name].js',
  chunkFileNames: 'chunks/[name]-[hash].js',
});
await bundle.close();

const legal = new Set();
for (const chunk of output) {
  if (chunk.type !== 'chunk') continue;
  const min = await transform(chunk.code, {
    minify: true,
    format: 'esm',
    target: JS_TARGET,
    define: { 'process.env.NODE_ENV': '"production"' },
    charset: 'utf8',
    legalComments: 'external',
  });
  for (const comment of min.legalComments?.split(/\n(?=\/[*/])/) ?? []) {
    if (comment.trim()) legal.add(comment.trim());
  }
  const file = resolve(outdir, chunk.fileName);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, min.code);
}
// Licences of the inlined code (Lit, D3), in one file beside the bundle.
if (legal.size)
  writeFileSync(resolve(outdir, `${name}.js.LEGAL.txt`), [...legal].join('\n\n') + '\n');

// The `:not(:defined)` reservation CSS ships beside the bundle, minified:
// src/cdn/tianshan.css → dist/cdn/tianshan.css.
const css = resolve(pkg, 'src/cdn/tianshan.css');
if (existsSync(css)) {
  const min = await transform(readFileSync(css, 'utf8'), { loader: 'css', minify: true });
  writeFileSync(resolve(outdir, 'tianshan.css'), min.code);
}
