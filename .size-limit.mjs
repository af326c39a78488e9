// Size budgets (min+gzip, @size-limit/preset-small-lib) of what a reader downloads for a first
// render from the CDN bundles: the entry file and every chunk it imports statically. Chunks loaded
// later by import() (the card's `src` reader, the timeline's zoom, details panel, other languages)
// are left out of the bundle size-limit measures.
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

export default [
  {
    name: '@tianshan/article-card: first render (CDN)',
    path: 'packages/article-card/dist/cdn/article-card.js',
    limit: '10240 B',
    gzip: true,
    modifyEsbuildConfig: firstRender,
  },
  {
    name: '@tianshan/summit-timeline: first render (CDN)',
    path: 'packages/summit-timeline/dist/cdn/summit-timeline.js',
    limit: '32768 B',
    gzip: true,
    modifyEsbuildConfig: firstRender,
  },
];
