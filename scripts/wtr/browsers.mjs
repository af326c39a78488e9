// Finds the machine's browsers and builds the web-test-runner launchers for them.
// Nothing here downloads a browser: every engine comes from the operating system's packages.
import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

export const ALL_ENGINES = ['chromium', 'firefox', 'webkit'];

/** Engines to run: TIANSHAN_BROWSERS="chromium" (comma separated) narrows a local run. */
export function selectedEngines(env = process.env) {
  const raw = (env.TIANSHAN_BROWSERS ?? '').trim();
  if (!raw || raw === 'all') return [...ALL_ENGINES];
  const wanted = raw
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const unknown = wanted.filter((e) => !ALL_ENGINES.includes(e));
  if (unknown.length)
    throw new Error(`Unknown engine(s) in TIANSHAN_BROWSERS: ${unknown.join(', ')}`);
  return wanted;
}

const firstExisting = (paths) => paths.find((p) => p && existsSync(p));

export function findChromium(env = process.env) {
  return firstExisting([
    env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ]);
}
export function findFirefox(env = process.env) {
  return firstExisting([env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']);
}
export function findWebKit(env = process.env) {
  const driver = firstExisting([env.WEBKIT_DRIVER_PATH, '/usr/bin/WebKitWebDriver']);
  const browser = firstExisting([
    env.WEBKIT_BROWSER_PATH,
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
  ]);
  return driver && browser ? { driver, browser } : undefined;
}

export const INSTALL_HINT = {
  chromium:
    'Chromium was not found. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to a Chromium or Chrome binary.',
  firefox:
    'Firefox was not found. Install it (Debian: `sudo apt-get install firefox-esr`), set FIREFOX_PATH, or run one engine with TIANSHAN_BROWSERS=chromium.',
  webkit:
    'WebKitGTK or Xvfb was not found. Install them (Debian: `sudo apt-get install webkit2gtk-driver xvfb xauth`), or run one engine with TIANSHAN_BROWSERS=chromium.',
};

/** Xvfb's wrapper, needed for WebKit (MiniBrowser has no headless mode) when there is no display. */
function hasXvfb(env) {
  if (env.DISPLAY) return true;
  return (env.PATH ?? '').split(':').some((dir) => dir && existsSync(`${dir}/xvfb-run`));
}

/** Returns the engines whose browser (or, for WebKit without a display, Xvfb) is missing. */
export function missingEngines(engines, env = process.env) {
  return engines.filter((e) =>
    e === 'chromium'
      ? !findChromium(env)
      : e === 'firefox'
        ? !findFirefox(env)
        : !findWebKit(env) || !hasXvfb(env),
  );
}

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts WebKitWebDriver on a free 127.0.0.1 port with the current DISPLAY and waits for /status.
 * Returns { port, stop } ; stop() kills exactly the PID started here.
 */
export async function startWebKitDriver(driverPath, { timeoutMs = 20000 } = {}) {
  if (!process.env.DISPLAY) {
    throw new Error('WebKit (MiniBrowser) needs a display: run the tests under `xvfb-run -a`.');
  }
  const port = await freePort();
  const child = spawn(driverPath, [`--port=${port}`, '--host=127.0.0.1'], {
    stdio: 'ignore',
    env: process.env,
  });
  let exited = false;
  child.on('exit', () => (exited = true));
  const stop = () => {
    if (!exited && child.pid) {
      try {
        process.kill(child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
    }
  };
  process.once('exit', stop);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) throw new Error('WebKitWebDriver exited during start-up');
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return { port, stop, pid: child.pid };
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  throw new Error(`WebKitWebDriver did not answer on 127.0.0.1:${port} within ${timeoutMs} ms`);
}
