#!/usr/bin/env node
// The demo publisher's web server (node:http, 127.0.0.1 only).
//
//   /                         the article page (site/index.html); other site/ files as they are
//   /ssr.html                 the same page rendered on the server (declarative shadow DOM)
//   /sri.html                 a page loading the bundles with Subresource Integrity
//   /npm/@tianshan/<pkg>@<version>/dist/cdn/<file>   the packages' dist/cdn/, in jsDelivr's layout
//   /assets/tianshan/<pkg>/<file>                   the same files again, self-hosted style
//   /data/china-central-asia.json                   the timeline's built-in dataset, as a document
//   /vendor/lit-hydrate-support.js                  Lit's hydration support (npm run build)
//
// Every HTML page is sent with the strict CSP header unless the server runs with `csp: 'none'`;
// `?csp=strict` or `?csp=none` on a page's URL overrides that for the page. Server-rendered pages
// add a per-response nonce to `style-src` for the inline styles of their shadow roots.
//
// CLI: node server.mjs [--port N (default: a free port)] [--no-csp]   (prints the URL; Ctrl+C stops it)
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { PACKAGES } from './packages.mjs';
import { sriManifest } from './sri.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
export const SITE_DIR = join(here, 'site');
const VENDOR_DIR = join(here, 'dist', 'vendor');
const DATA_DIR = join(PACKAGES.find((p) => p.name === 'summit-timeline').dir, 'data');

/** The policy of the issue: only our own origin, no inline script or style, Trusted Types. */
export function strictCsp(nonce) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self'${nonce ? ` 'nonce-${nonce}'` : ''}`,
    "img-src 'self' data:",
    "require-trusted-types-for 'script'",
  ].join('; ');
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** `rel` inside `root`, or null when it would leave it. */
function inside(root, rel) {
  let decoded;
  try {
    decoded = decodeURIComponent(rel);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const path = normalize(join(root, decoded));
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep) ? path : null;
}

/** Maps a URL path to a file, or null. */
export function resolvePath(pathname) {
  if (pathname === '/') return join(SITE_DIR, 'index.html');
  let m = /^\/npm\/@tianshan\/([a-z-]+)@([^/]+)\/dist\/cdn\/(.+)$/.exec(pathname);
  if (m) {
    const pkg = PACKAGES.find((p) => p.name === m[1] && p.version === m[2]);
    return pkg ? inside(pkg.cdnDir, m[3]) : null;
  }
  m = /^\/assets\/tianshan\/([a-z-]+)\/(.+)$/.exec(pathname);
  if (m) {
    const pkg = PACKAGES.find((p) => p.name === m[1]);
    return pkg ? inside(pkg.cdnDir, m[2]) : null;
  }
  m = /^\/data\/(china-central-asia\.json)$/.exec(pathname);
  if (m) return join(DATA_DIR, m[1]);
  m = /^\/vendor\/(.+)$/.exec(pathname);
  if (m) return inside(VENDOR_DIR, m[1]);
  return inside(SITE_DIR, pathname.slice(1));
}

/** A page loading the entry files with their integrity (`crossorigin` as a CDN needs it). */
function sriPage() {
  const local = (f) => f.url.replace('https://cdn.jsdelivr.net', '');
  const tags = sriManifest()
    .files.filter((f) => f.package === '@tianshan/summit-timeline' || f.file.endsWith('.js'))
    .map((f) =>
      f.file.endsWith('.css')
        ? `<link rel="stylesheet" href="${local(f)}" integrity="${f.integrity}" crossorigin="anonymous">`
        : `<script type="module" src="${local(f)}" integrity="${f.integrity}" crossorigin="anonymous"></script>`,
    )
    .join('\n    ');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Subresource Integrity · Tianshan Courier (demo)</title>
    <link rel="stylesheet" href="/demo.css">
    ${tags}
  </head>
  <body>
    <main class="page">
      <article>
        <h1>Pinned bundles with integrity hashes</h1>
        <article-card href="/stories/rotation.html" headline="Who hosts next? The summit rotation, explained"
          kicker="Explainer" source="Tianshan Courier" published="2025-06-12" variant="compact">
          <a href="/stories/rotation.html">Who hosts next? The summit rotation, explained</a>
        </article-card>
        <summit-timeline lang="en"></summit-timeline>
      </article>
    </main>
  </body>
</html>
`;
}

const gzipCache = new Map();

/**
 * Starts the server on 127.0.0.1. Resolves to `{ url, server, close() }`.
 * @param {{ port?: number, csp?: 'strict' | 'none', log?: (line: string) => void }} [options]
 */
export async function startServer({ port = 0, csp = 'strict', log } = {}) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const send = (status, body, headers = {}) => {
      res.writeHead(status, { 'X-Content-Type-Options': 'nosniff', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        send(405, 'Method not allowed', { Allow: 'GET, HEAD' });
        return;
      }
      const mode = ['strict', 'none'].includes(url.searchParams.get('csp'))
        ? url.searchParams.get('csp')
        : csp;
      const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      const html = (body, nonce) => {
        const headers = { 'Content-Type': TYPES['.html'], 'Cache-Control': 'no-store' };
        if (mode === 'strict') headers['Content-Security-Policy'] = strictCsp(nonce);
        send(200, body, headers);
      };

      if (url.pathname === '/favicon.ico') {
        send(204, undefined);
        return;
      }
      if (url.pathname === '/ssr.html') {
        const nonce = randomBytes(16).toString('base64');
        const { renderSsrPage } = await import('./ssr-page.mjs');
        html(await renderSsrPage({ siteDir: SITE_DIR, nonce }), nonce);
        return;
      }
      if (url.pathname === '/sri.html') {
        html(sriPage());
        return;
      }

      const path = resolvePath(url.pathname);
      const info = path && (await stat(path).catch(() => null));
      if (!info?.isFile()) {
        send(404, 'Not found', { 'Content-Type': TYPES['.txt'] });
        return;
      }
      const type = TYPES[extname(path)] ?? 'application/octet-stream';
      if (type === TYPES['.html']) {
        html(await readFile(path));
        return;
      }
      const headers = {
        'Content-Type': type,
        'Cache-Control': 'no-cache',
        'Access-Control-Allow-Origin': '*',
        Vary: 'Accept-Encoding',
      };
      if (gzip && /javascript|css|json|svg/.test(type)) {
        const key = `${path}:${info.mtimeMs}`;
        let body = gzipCache.get(key);
        if (!body) gzipCache.set(key, (body = gzipSync(await readFile(path), { level: 9 })));
        send(200, body, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': body.length });
        return;
      }
      res.writeHead(200, {
        ...headers,
        'Content-Length': info.size,
        'X-Content-Type-Options': 'nosniff',
      });
      if (req.method === 'HEAD') res.end();
      else createReadStream(path).pipe(res);
    } catch (err) {
      log?.(`500 ${url.pathname}: ${err?.stack ?? err}`);
      if (!res.headersSent) send(500, 'Server error', { 'Content-Type': TYPES['.txt'] });
      else res.destroy();
    } finally {
      log?.(`${res.statusCode} ${req.method} ${url.pathname}${url.search}`);
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: actual } = server.address();
  return {
    server,
    url: `http://127.0.0.1:${actual}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--port');
  const port = i >= 0 ? Number(args[i + 1]) : Number(process.env.PORT ?? 0);
  const csp = args.includes('--no-csp') ? 'none' : 'strict';
  const { url, close } = await startServer({ port, csp });
  console.log(`Tianshan publisher demo: ${url}/  (CSP: ${csp})`);
  console.log(`  server-rendered: ${url}/ssr.html · lazy start: ${url}/lazy.html`);
  console.log(
    `  loaded twice: ${url}/twice-same.html, ${url}/twice-both.html · SRI: ${url}/sri.html`,
  );
  const stop = () => close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
