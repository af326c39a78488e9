// Where the demo finds the Tianshan packages it embeds, and the URLs they are published under.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The embeddable packages: their folder, version and CDN files. */
export const PACKAGES = ['article-card', 'summit-timeline'].map((name) => {
  // TIANSHAN_SUMMIT_TIMELINE_DIR=/path/to/a/build (and TIANSHAN_ARTICLE_CARD_DIR) serve another
  // build of a package, e.g. a branch's, instead of the workspace's.
  const override = process.env[`TIANSHAN_${name.toUpperCase().replace(/-/g, '_')}_DIR`];
  const manifest = override
    ? join(override, 'package.json')
    : require.resolve(`@tianshan/${name}/package.json`);
  const { version } = JSON.parse(readFileSync(manifest, 'utf8'));
  const dir = dirname(manifest);
  return {
    name,
    version,
    dir,
    cdnDir: join(dir, 'dist', 'cdn'),
    /** The entry file and the reservation CSS, relative to dist/cdn/. */
    entry: `${name}.js`,
    css: 'tianshan.css',
  };
});

/** The jsDelivr URL of a file in a package's dist/cdn/ (pinned to the exact version). */
export const jsdelivr = (pkg, file) =>
  `https://cdn.jsdelivr.net/npm/@tianshan/${pkg.name}@${pkg.version}/dist/cdn/${file}`;
