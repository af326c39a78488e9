// The demo server and the SRI script, in Node (no browser). Needs a build of the packages and the
// demo (npm run build).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { PACKAGES } from '../../packages.mjs';
import { startServer, strictCsp } from '../../server.mjs';
import { integrity, sriManifest, snippetBlock } from '../../sri.mjs';

let server;
before(async () => {
  server = await startServer();
});
after(() => server.close());

/** GET with raw bytes (no automatic decompression), optionally asking for gzip. */
function get(path, { gzip = false } = {}) {
  return new Promise((resolve, reject) => {
    const req = request(
      `${server.url}${path}`,
      { headers: gzip ? { 'Accept-Encoding': 'gzip' } : {} },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

test('listens on 127.0.0.1 and sends the strict CSP with every page', async () => {
  assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  const page = await get('/');
  assert.equal(page.status, 200);
  assert.equal(page.headers['content-security-policy'], strictCsp());
  assert.equal(
    strictCsp(),
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'",
  );
  const off = await get('/?csp=none');
  assert.equal(off.headers['content-security-policy'], undefined);
  // The pages themselves carry no inline script or style.
  for (const path of ['/', '/lazy.html', '/twice-same.html', '/twice-both.html']) {
    const html = (await get(path)).body.toString();
    assert.doesNotMatch(
      html,
      /\sstyle=|<style|<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)/i,
      path,
    );
  }
});

test('the server-rendered page: a fresh nonce in the header and on every inline style', async () => {
  const a = await get('/ssr.html');
  const b = await get('/ssr.html');
  const nonce = /'nonce-([^']+)'/.exec(a.headers['content-security-policy'])?.[1];
  assert.ok(nonce, 'style-src has a nonce');
  assert.notEqual(nonce, /'nonce-([^']+)'/.exec(b.headers['content-security-policy'])?.[1]);
  const html = a.body.toString();
  const styles = html.match(/<style[^>]*>/g) ?? [];
  assert.ok(styles.length >= 4, 'three cards and the timeline');
  for (const s of styles) assert.equal(s, `<style nonce="${nonce}">`);
  assert.match(html, /shadowrootmode="open"/);
  assert.ok(
    html.indexOf('/vendor/lit-hydrate-support.js') < html.indexOf('article-card.js'),
    'hydration support loads first',
  );
});

test('serves the packages in the jsDelivr layout and self-hosted, gzip when asked', async () => {
  for (const pkg of PACKAGES) {
    const file = readFileSync(join(pkg.cdnDir, pkg.entry));
    const cdn = await get(`/npm/@tianshan/${pkg.name}@${pkg.version}/dist/cdn/${pkg.entry}`, {
      gzip: true,
    });
    assert.equal(cdn.status, 200);
    assert.equal(cdn.headers['content-encoding'], 'gzip');
    assert.match(cdn.headers['content-type'], /^text\/javascript/);
    assert.deepEqual(gunzipSync(cdn.body), file);
    const self = await get(`/assets/tianshan/${pkg.name}/${pkg.entry}`);
    assert.deepEqual(self.body, file);
    assert.equal((await get(`/npm/@tianshan/${pkg.name}@9.9.9/dist/cdn/${pkg.entry}`)).status, 404);
  }
});

test('nothing outside the served folders', async () => {
  for (const path of [
    '/../package.json',
    '/%2e%2e/package.json',
    '/assets/tianshan/article-card/..%2f..%2fpackage.json',
    '/vendor/..%2f..%2fserver.mjs',
    '/npm/@tianshan/article-card@0.1.0/dist/cdn/%2e%2e%2f%2e%2e%2fpackage.json',
    '/%00',
    '/%E0%A4%A',
  ]) {
    assert.equal((await get(path)).status, 404, path);
  }
});

test('SRI: hashes of the built entry files, and the snippets use them', () => {
  const { files } = sriManifest();
  assert.equal(files.length, 4);
  for (const f of files) {
    assert.match(f.integrity, /^sha384-[A-Za-z0-9+/]{64}$/);
    assert.match(
      f.url,
      /^https:\/\/cdn\.jsdelivr\.net\/npm\/@tianshan\/[a-z-]+@\d+\.\d+\.\d+\/dist\/cdn\//,
    );
  }
  const block = snippetBlock();
  for (const f of files.filter((f) => f.file.endsWith('.js')))
    assert.ok(block.includes(f.integrity));
  const [card, timeline] = PACKAGES;
  assert.equal(
    integrity(join(card.cdnDir, 'tianshan.css')),
    integrity(join(timeline.cdnDir, 'tianshan.css')),
  );
});
