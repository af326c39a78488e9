import { readdirSync } from 'node:fs';

// Size budgets (min+gzip, @size-limit/preset-small-lib) of what a reader downloads for a first
// render from the CDN bundles: the entry file and every chunk it imports statically. Chunks loaded
// later by import() (the card's `src` reader, the timeline's zoom, details panel, other languages)
// are left out of the bundle size-limit measures, except those named below.
const lazyChunksExternal = {
  name: 'lazy-chunks-external',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
    );
  },
};
const firstRender = (config) => ({
  ...config,
  format: 'esm',
  plugins: [...(config.plugins ?? []), lazyChunksExternal],
});

// The timeline's entry and the named chunks (their file names carry a hash), imported by one file.
const TIMELINE = 'packages/summit-timeline/dist/cdn';
function timeline(chunks) {
  let files = [];
  try {
    files = readdirSync(`${TIMELINE}/chunks`);
  } catch {
    // Not built: size-limit reports the missing files.
  }
  const paths = [
    `${TIMELINE}/summit-timeline.js`,
    ...chunks.map(
      (name) =>
        `${TIMELINE}/chunks/${files.find((f) => f.startsWith(`${name}-`)) ?? `${name}-(not built).js`}`,
    ),
  ];
  return {
    path: paths,
    gzip: true,
    // One bundle: an entry that re-exports every file (so nothing of a chunk is shaken off).
    modifyEsbuildConfig: (config) => {
      const { entryPoints: _, ...rest } = firstRender(config);
      return {
        ...rest,
        stdin: {
          contents: paths
            .map((p, i) => `export * as m${i} from ${JSON.stringify(`./${p}`)};`)
            .join('\n'),
          resolveDir: process.cwd(),
          loader: 'js',
        },
      };
    },
  };
}

export default [
  {
    name: '@tianshan/article-card: first render (CDN)',
    path: 'packages/article-card/dist/cdn/article-card.js',
    limit: '10240 B',
    gzip: true,
    modifyEsbuildConfig: firstRender,
  },
  // The timeline's first render also fetches, by import(), what its data needs: the built-in
  // dataset and the rotation rule, or the validator for a page's own data. Each case is measured
  // as one bundle of the entry and those chunks (an English page: other languages add their text).
  {
    name: '@tianshan/summit-timeline: first render, built-in dataset (CDN)',
    ...timeline(['builtin', 'rotation']),
    limit: '32768 B',
  },
  {
    name: "@tianshan/summit-timeline: first render, the page's data (CDN)",
    ...timeline(['load']),
    limit: '32768 B',
  },
];
