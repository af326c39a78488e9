// Network faults for the hardening tests: a web-test-runner (Koa) middleware answering under
// /__fault/ on the test server, and a second small server on another port (another origin, no
// CORS unless asked). Tests never wait out real time: a "slow" response is one held until the
// client gives up (its injected timeout) or the test releases it, and every held request, timer
// and stream is cleaned up when the client goes away or the server stops.
//
//   /__fault/status/<code>            that status, a short text body
//   /__fault/echo?body=&type=&status=&delay=&cors=   the body, as `type` (default JSON)
//   /__fault/hang?body=&type=         held until /__fault/release?id= (then the body) or the client aborts
//   /__fault/reset                    the socket is destroyed: a network error
//   /__fault/invalid-json             JSON content type, truncated JSON
//   /__fault/wrong-type               a PNG's bytes, image/png
//   /__fault/big?bytes=&head=&tail=&length=1   `head` + padding + `tail`, streamed (with a
//                                     Content-Length only when length=1)
//   /__fault/redirect?path=&cors=     302 to the other origin's /echo (same query)
//   /__fault/log?id=                  what the server saw of request `id`: { received, aborted,
//                                     finished, bytes, requests } (the latest request with that id)
//   /__fault/release?id=              answers a held request
//   /__fault/open                     how many requests are held right now
// Every route takes `id=<unique>` to be logged.
import { createServer } from 'node:http';
import { Readable } from 'node:stream';

const PREFIX = '/__fault/';
/** id → what the server saw. Small: entries are tiny and a run makes a few hundred. */
const log = new Map();
/** id → release(): held requests. */
const held = new Map();
const timers = new Set();
let other; // Promise<{ server, port }>

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

function otherOrigin() {
  other ??= new Promise((resolve, reject) => {
    const server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const q = url.searchParams;
      const headers = { 'content-type': q.get('type') || 'application/json' };
      if (q.get('cors') === '1') headers['access-control-allow-origin'] = '*';
      res.writeHead(Number(q.get('status')) || 200, headers);
      res.end(q.get('body') ?? '{}');
    });
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.unref();
      resolve({ server, port: server.address().port });
    });
  });
  return other;
}

function track(ctx, id) {
  if (!id) return undefined;
  // A second request with the same id (a component fetching the same URL again) counts up.
  const requests = (log.get(id)?.requests ?? 0) + 1;
  const entry = { received: true, aborted: false, finished: false, bytes: 0, requests };
  log.set(id, entry);
  if (log.size > 5000) log.delete(log.keys().next().value);
  ctx.res.once('close', () => {
    if (ctx.res.writableFinished) entry.finished = true;
    else entry.aborted = true;
  });
  return entry;
}

/** Resolves after `ms`, or at once when the client goes away (the timer is cleared either way). */
function delay(ctx, ms) {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      timers.delete(timer);
      ctx.res.off('close', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    timers.add(timer);
    ctx.res.once('close', done);
  });
}

/** Holds the request until released (resolves true) or the client goes away (false). */
function hold(ctx, id) {
  return new Promise((resolve) => {
    const key = id || `anon-${Math.random()}`;
    const finish = (released) => {
      held.delete(key);
      ctx.res.off('close', gone);
      resolve(released);
    };
    const gone = () => finish(false);
    held.set(key, () => finish(true));
    ctx.res.once('close', gone);
  });
}

function send(ctx, q) {
  const status = Number(q.get('status')) || 200;
  ctx.status = status;
  ctx.type = q.get('type') || 'application/json';
  if (q.get('cors') === '1') ctx.set('access-control-allow-origin', '*');
  ctx.body = q.get('body') ?? '{}';
}

/** The Koa middleware: register it in web-test-runner.config.mjs `middleware`. */
export async function faultMiddleware(ctx, next) {
  if (!ctx.path.startsWith(PREFIX)) return next();
  const route = ctx.path.slice(PREFIX.length);
  const q = ctx.URL.searchParams;
  const id = q.get('id') ?? undefined;
  ctx.set('cache-control', 'no-store');

  if (route === 'log') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(log.get(id ?? '') ?? { received: false });
    return;
  }
  if (route === 'release') {
    const release = held.get(id ?? '');
    release?.();
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ released: !!release });
    return;
  }
  if (route === 'open') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ held: held.size, timers: timers.size });
    return;
  }

  const entry = track(ctx, id);
  ctx.status = 200; // until answered otherwise (Koa's default, 404, would be reported as a missing file)
  if (route.startsWith('status/')) {
    ctx.status = Number(route.slice(7)) || 500;
    ctx.type = 'text/plain';
    ctx.body = `fault: status ${ctx.status}`;
    return;
  }
  switch (route) {
    case 'echo': {
      const ms = Number(q.get('delay')) || 0;
      if (ms > 0) await delay(ctx, ms);
      if (ctx.res.destroyed) {
        ctx.respond = false;
        return;
      }
      send(ctx, q);
      return;
    }
    case 'hang': {
      const released = await hold(ctx, id);
      if (!released || ctx.res.destroyed) {
        ctx.respond = false;
        return;
      }
      send(ctx, q);
      return;
    }
    case 'reset':
      ctx.respond = false;
      ctx.req.socket.destroy();
      return;
    case 'invalid-json':
      ctx.type = 'application/json';
      ctx.body = '{"version": 1, "events": [{"id": "a", ';
      return;
    case 'wrong-type':
      ctx.type = 'image/png';
      ctx.body = PNG;
      return;
    case 'big': {
      const total = Number(q.get('bytes')) || 6 * 1024 * 1024;
      const head = Buffer.from(q.get('head') ?? '{"pad":"');
      const tail = Buffer.from(q.get('tail') ?? '"}');
      const padding = total - head.length - tail.length;
      const chunk = Buffer.alloc(64 * 1024, 'x');
      let sent = 0;
      let stage = 0;
      const stream = new Readable({
        read() {
          if (stage === 0) {
            stage = 1;
            this.push(head);
          } else if (sent < padding) {
            const n = Math.min(chunk.length, padding - sent);
            sent += n;
            if (entry) entry.bytes = head.length + sent;
            this.push(n === chunk.length ? chunk : chunk.subarray(0, n));
          } else if (stage === 1) {
            stage = 2;
            this.push(tail);
          } else this.push(null);
        },
      });
      ctx.type = q.get('type') || 'application/json';
      if (q.get('length') === '1') ctx.length = total;
      ctx.body = stream;
      return;
    }
    case 'redirect': {
      const { port } = await otherOrigin();
      const target = new URL(`http://127.0.0.1:${port}/echo`);
      for (const [k, v] of q) if (k !== 'id') target.searchParams.set(k, v);
      ctx.redirect(target.href);
      return;
    }
    default:
      ctx.status = 404;
      ctx.body = `unknown fault route ${route}`;
  }
}

/** Releases whatever is still held and stops the other origin (registered as a plugin). */
export function faultPlugin() {
  return {
    name: 'tianshan-fault-server',
    async serverStop() {
      for (const release of [...held.values()]) release();
      for (const t of timers) clearTimeout(t);
      timers.clear();
      if (other) {
        const { server } = await other;
        server.closeAllConnections?.();
        await new Promise((r) => server.close(() => r()));
      }
    },
  };
}
