import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

const here = dirname(fileURLToPath(import.meta.url));
const packagesDir = resolve(here, '../../../packages');

/** Component packages: every package with a src/index.ts (tokens are generated into dist/). */
const components = readdirSync(packagesDir).filter((name) =>
  existsSync(join(packagesDir, name, 'src/index.ts')),
);

/**
 * Files a story needs at run time (an HTML page or a JSON document for a `src` story) go in
 * packages/<pkg>/stories/fixtures/ and are served at /fixtures/<pkg>/ by both `storybook dev`
 * and the static build, so a story writes `src="fixtures/<pkg>/page.html"`.
 */
const staticDirs = components
  .map((name) => ({ from: join(packagesDir, name, 'stories/fixtures'), to: `/fixtures/${name}` }))
  .filter(({ from }) => existsSync(from));

/** `check-stories.mjs --self-test` builds a Storybook of the checker's own fixtures alone. */
const checkerFixtures = process.env['TIANSHAN_CHECKER_FIXTURES'] === '1';

const config: StorybookConfig = {
  stories: checkerFixtures
    ? ['../checker-fixtures/*.stories.ts']
    : ['../src/**/*.mdx', '../src/**/*.stories.ts', '../../../packages/*/stories/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  staticDirs,
  viteFinal(config) {
    config.resolve ??= {};
    // One copy of each element, from its TypeScript source: a story's `import '../src/index.js'`
    // and a package's own `import '@tianshan/article-card'` then load the same module, so an edit
    // shows at once in `storybook dev`. (Tokens stay on dist/: they are generated.)
    const aliases = components.flatMap((name) => [
      { find: `@tianshan/${name}/element`, replacement: join(packagesDir, name, 'src/element.ts') },
      {
        find: new RegExp(`^@tianshan/${name}$`),
        replacement: join(packagesDir, name, 'src/index.ts'),
      },
    ]);
    const existing = config.resolve.alias;
    config.resolve.alias = [
      ...aliases,
      ...(Array.isArray(existing)
        ? existing
        : Object.entries(existing ?? {}).map(([find, replacement]) => ({ find, replacement }))),
    ];
    config.plugins = [
      ...(config.plugins ?? []),
      {
        // The packages declare `sideEffects` for their dist/ files only, so a production build
        // would drop `import '../src/index.js'` (the import that registers an element) as unused.
        // The sources of the component packages are marked as having side effects here.
        name: 'tianshan:src-side-effects',
        transform(code: string, id: string) {
          return id.startsWith(packagesDir) && /\/src\/.*\.ts$/.test(id)
            ? { code, map: null, moduleSideEffects: true }
            : null;
        },
      },
    ];
    // Vite 8 transforms TypeScript with Oxc, which reads each package's tsconfig: the packages'
    // `experimentalDecorators` gives Lit's legacy decorators (checked in the built chunks).
    // Lightning CSS (Vite's CSS minifier) rewrites light-dark() for browsers older than its
    // default target into custom properties resolved where a token is declared (:root), which
    // breaks `data-theme` on a subtree. Every browser the components support has light-dark().
    config.build = {
      ...config.build,
      cssTarget: ['chrome123', 'edge123', 'firefox120', 'safari17.5'],
      chunkSizeWarningLimit: 2000,
    };
    return config;
  },
};
export default config;
