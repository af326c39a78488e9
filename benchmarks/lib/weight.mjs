// Weight: the bytes each library needs for a first render, raw and min+gzip (gzip level 9 of the
// minified file; files already minified are minified again by esbuild, which changes little).
// Ours: the CDN entry plus every chunk it imports statically (chunks loaded by import() later, such
// as d3-zoom on the first gesture, are listed apart). vis-timeline's standalone build injects its
// CSS from the JS, so its CSS file is not loaded (counting it too would count the CSS twice).
import { build, transform } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

async function minified(file) {
  const src = readFileSync(file, 'utf8');
  const loader = file.endsWith('.css') ? 'css' : 'js';
  const { code } = await transform(src, { loader, minify: true, legalComments: 'none' });
  // Keep the smaller: a file already minified by its own build may come out a little larger.
  return Buffer.byteLength(code) < Buffer.byteLength(src) ? code : src;
}

async function measureFile(file, root) {
  const raw = readFileSync(file);
  const min = await minified(file);
  return {
    file: relative(root, file),
    raw: raw.length,
    min: Buffer.byteLength(min),
    gzip: gzipSync(min, { level: 9 }).length,
  };
}

const total = (files, key) => files.reduce((s, f) => s + f[key], 0);

/** The files an ES module entry loads before it runs (static imports, transitively). */
async function staticGraph(entry) {
  const lazy = [];
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    minify: true,
    legalComments: 'none',
    format: 'esm',
    logLevel: 'silent',
    plugins: [
      {
        name: 'lazy-chunks-external',
        setup(b) {
          b.onResolve({ filter: /.*/ }, (args) => {
            if (args.kind !== 'dynamic-import') return undefined;
            lazy.push(resolve(args.resolveDir, args.path));
            return { path: args.path, external: true };
          });
        },
      },
    ],
  });
  const entryPath = resolve(entry);
  const files = Object.keys(result.metafile.inputs)
    .map((p) => resolve(p))
    .sort((a, b) => (a === entryPath ? -1 : b === entryPath ? 1 : a.localeCompare(b)));
  const bundle = result.outputFiles[0].contents;
  return {
    files,
    lazy: [...new Set(lazy)].filter((f) => !files.includes(f)),
    bundledGzip: gzipSync(bundle, { level: 9 }).length,
  };
}

/**
 * @param {{ ours: string, tl: string, vis: string, root: string }} paths ours: the CDN entry;
 *   tl: TimelineJS3's dist folder; vis: vis-timeline's package folder; root: for relative names
 */
export async function measureWeight(paths, { fetchedByOurs = [], fetchedByBuiltin = null } = {}) {
  const libs = {};
  if (existsSync(paths.ours)) {
    const { files, lazy, bundledGzip } = await staticGraph(paths.ours);
    // tianshan.css: the stylesheet the docs say to link beside the bundle, when the build has it.
    const css = resolve(paths.ours, '../tianshan.css');
    // Chunks the page fetched by import() before its first render was done count too.
    const fetched = fetchedByOurs.filter((f) => lazy.includes(f));
    const first = await Promise.all(
      [...files, ...fetched, ...(existsSync(css) ? [css] : [])].map((f) =>
        measureFile(f, paths.root),
      ),
    );
    for (const f of first) {
      if (fetched.includes(resolve(paths.root, f.file)))
        f.loadedBy = 'import() during the first render';
    }
    const later = await Promise.all(
      lazy
        .filter((f) => existsSync(f) && !fetched.includes(f))
        .map((f) => measureFile(f, paths.root)),
    );
    // bundledGzip: the same files as one bundle, as size-limit measures it in CI.
    libs.ours = { name: '<summit-timeline>', files: first, lazyFiles: later, bundledGzip };
    // A first render of the built-in dataset (no data from the page): the chunks it fetched.
    if (fetchedByBuiltin) {
      const chunks = fetchedByBuiltin.filter((f) => lazy.includes(f));
      libs.ours.builtin = {
        files: await Promise.all(
          [...files, ...chunks, ...(existsSync(css) ? [css] : [])].map((f) =>
            measureFile(f, paths.root),
          ),
        ),
      };
    }
  } else {
    libs.ours = {
      name: '<summit-timeline>',
      missing: `${relative(paths.root, paths.ours)} not found: build it first (npm run build)`,
    };
  }
  libs.tl = {
    name: 'TimelineJS3',
    files: await Promise.all(
      ['js/timeline.js', 'css/timeline.css'].map((f) =>
        measureFile(resolve(paths.tl, f), paths.root),
      ),
    ),
  };
  const visCss = resolve(paths.vis, 'styles/vis-timeline-graph2d.min.css');
  libs.vis = {
    name: 'vis-timeline',
    files: [
      await measureFile(
        resolve(paths.vis, 'standalone/umd/vis-timeline-graph2d.min.js'),
        paths.root,
      ),
    ],
    note: `the standalone build injects its CSS (${basename(visCss)}, ${readFileSync(visCss).length} B raw) from the JS`,
  };
  for (const lib of Object.values(libs)) {
    if (!lib.files) continue;
    lib.raw = total(lib.files, 'raw');
    lib.min = total(lib.files, 'min');
    lib.gzip = total(lib.files, 'gzip');
    if (lib.lazyFiles?.length) lib.lazyGzip = total(lib.lazyFiles, 'gzip');
  }
  if (libs.ours.gzip) {
    libs.ours.ratioToTl = round3(libs.ours.gzip / libs.tl.gzip);
    libs.ours.ratioToVis = round3(libs.ours.gzip / libs.vis.gzip);
    const b = libs.ours.builtin;
    if (b) {
      b.raw = total(b.files, 'raw');
      b.min = total(b.files, 'min');
      b.gzip = total(b.files, 'gzip');
      b.ratioToTl = round3(b.gzip / libs.tl.gzip);
      b.ratioToVis = round3(b.gzip / libs.vis.gzip);
    }
  }
  return libs;
}

const round3 = (x) => Math.round(x * 1000) / 1000;
