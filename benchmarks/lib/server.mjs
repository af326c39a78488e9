// A tiny static server on 127.0.0.1 (a free port): the libraries' files, the generated data and
// the benchmark pages. No compression, no caching: every page load is cold.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { generateEvents, toOurs, toTimelineJS, toVis } from './generate.mjs';
import { pageHtml } from './pages.mjs';

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
  '.png': 'image/png',
};

const MAPPERS = { ours: toOurs, tl: toTimelineJS, vis: toVis, blank: () => null };

/**
 * @param {Record<string, string>} mounts URL prefix (e.g. '/tl/') -> folder on disk
 * @returns {Promise<{ origin: string, close(): Promise<void> }>}
 */
export async function startServer(mounts) {
  const dataCache = new Map();
  const dataScript = (lib, n) => {
    const key = `${lib}-${n}`;
    // Ours with n = 0: no data, so the element shows its built-in dataset.
    if (lib === 'ours' && n === 0) return 'window.BENCH_DATA = null;\n';
    if (!dataCache.has(key)) {
      const json = JSON.stringify(MAPPERS[lib](generateEvents(n)));
      // A JSON literal parses faster than the equivalent object literal; it is parsed before the
      // timed part of the page starts.
      dataCache.set(key, `window.BENCH_DATA = JSON.parse(${JSON.stringify(json)});\n`);
    }
    return dataCache.get(key);
  };

  const server = createServer(async (req, res) => {
    const send = (status, type, body) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const path = decodeURIComponent(url.pathname);
      let m;
      if ((m = /^\/page\/(ours|tl|vis|blank)\.html$/.exec(path))) {
        const oursCss = !!mounts['/ours/'] && existsSync(resolve(mounts['/ours/'], 'tianshan.css'));
        const n = Number(url.searchParams.get('n') ?? 10);
        return send(200, TYPES['.html'], pageHtml(m[1], n, { oursCss }));
      }
      if ((m = /^\/data\/(ours|tl|vis|blank)-(\d+)\.js$/.exec(path))) {
        return send(200, TYPES['.js'], dataScript(m[1], Number(m[2])));
      }
      if (path === '/favicon.ico') return send(204, 'text/plain', '');
      for (const [prefix, dir] of Object.entries(mounts)) {
        if (!path.startsWith(prefix)) continue;
        const root = resolve(dir);
        const file = resolve(root, '.' + path.slice(prefix.length - 1));
        if (file !== root && !file.startsWith(root + sep)) break;
        const body = await readFile(file);
        return send(200, TYPES[extname(file)] ?? 'application/octet-stream', body);
      }
      send(404, 'text/plain', 'not found');
    } catch (err) {
      send(err?.code === 'ENOENT' ? 404 : 500, 'text/plain', String(err?.message ?? err));
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}
