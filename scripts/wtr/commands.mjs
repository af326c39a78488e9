// Server commands for the hardening tests (call them with `executeServerCommand` from
// '@web/test-runner-commands'):
//   tianshan-gc        a full garbage collection via the DevTools protocol
//                      (HeapProfiler.collectGarbage), then the heap's used size:
//                      { supported: true, usedBytes } in Chromium; { supported: false } elsewhere
//                      (Firefox and WebKit have no DevTools protocol session here).
//   tianshan-timezone  { timezone } → emulates the reader's time zone (Chromium and Firefox;
//                      `null` resets): { supported: boolean }
//   tianshan-media     { features: [{ name, value }] } → emulates CSS media features such as
//                      forced-colors or prefers-reduced-motion (puppeteer: Chromium, and Firefox
//                      where BiDi has them; `[]` resets): { supported: boolean }
//   tianshan-fc-seed   the fast-check seed and run count of this test run: FC_SEED (to replay a
//                      failure) or one chosen at start, so every file of a run shares it.
const seed = process.env.FC_SEED
  ? Number(process.env.FC_SEED)
  : (Date.now() ^ Math.floor(Math.random() * 0x7fffffff)) | 0;
const runs = Number(process.env.FC_RUNS) || 10_000;

/** page → CDP session (Chromium only), created once per page. */
const sessions = new WeakMap();

async function cdp(session) {
  const page =
    session.browser?.type === 'puppeteer' ? session.browser.getPage?.(session.id) : undefined;
  if (!page) return undefined;
  if (!sessions.has(page)) {
    sessions.set(
      page,
      (async () => {
        // Chromium only: puppeteer drives Firefox over WebDriver BiDi, which has no CDP session.
        if (!/chrom/i.test(await page.browser().version())) return undefined;
        return page.createCDPSession();
      })().catch(() => undefined),
    );
  }
  return { page, client: await sessions.get(page) };
}

export function hardeningCommands() {
  return {
    name: 'tianshan-hardening-commands',
    serverStart() {
      console.log(`[hardening] fast-check seed ${seed}, ${runs} runs (replay: FC_SEED=${seed})`);
    },
    async executeCommand({ command, payload, session }) {
      if (command === 'tianshan-fc-seed') return { seed, runs };
      if (command === 'tianshan-gc') {
        const c = await cdp(session);
        if (!c?.client) return { supported: false };
        await c.client.send('HeapProfiler.collectGarbage');
        await c.client.send('HeapProfiler.collectGarbage');
        const { usedSize } = await c.client.send('Runtime.getHeapUsage');
        return { supported: true, usedBytes: usedSize };
      }
      if (command === 'tianshan-media') {
        const features = payload?.features ?? [];
        try {
          // Chromium: the DevTools protocol has every feature (puppeteer's API lacks forced-colors).
          const c = await cdp(session);
          if (c?.client) {
            await c.client.send('Emulation.setEmulatedMedia', { features });
            return { supported: true };
          }
          const page =
            session.browser?.type === 'puppeteer'
              ? session.browser.getPage?.(session.id)
              : undefined;
          if (!page) return { supported: false };
          await page.emulateMediaFeatures(features.length ? features : undefined);
          return { supported: true };
        } catch {
          return { supported: false };
        }
      }
      if (command === 'tianshan-timezone') {
        // puppeteer emulates the zone over the DevTools protocol (Chromium) or WebDriver BiDi
        // (Firefox); the WebDriver classic launcher (WebKit) has no such command.
        const page =
          session.browser?.type === 'puppeteer' ? session.browser.getPage?.(session.id) : undefined;
        if (!page) return { supported: false };
        try {
          await page.emulateTimezone(payload?.timezone ?? undefined);
          return { supported: true };
        } catch {
          return { supported: false };
        }
      }
      return undefined;
    },
  };
}
