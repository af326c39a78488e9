// One web-test-runner run over every package's browser tests, in Chromium, Firefox and WebKit.
// TIANSHAN_BROWSERS=chromium (or firefox, webkit, comma separated) narrows a local run.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { defaultReporter } from '@web/test-runner';
import {
  CHROMIUM_ARGS,
  INSTALL_HINT,
  findChromium,
  findFirefox,
  findWebKit,
  missingEngines,
  selectedEngines,
  startWebKitDriver,
} from './scripts/wtr/browsers.mjs';
import { totalReporter } from './scripts/wtr/total-reporter.mjs';
import { faultMiddleware, faultPlugin } from './scripts/wtr/fault-middleware.mjs';
import { hardeningCommands } from './scripts/wtr/commands.mjs';

const engines = selectedEngines();
const missing = missingEngines(engines);
if (missing.length) {
  for (const e of missing) console.error(INSTALL_HINT[e]);
  process.exit(1);
}

const browsers = [];
/** Labels a launcher: @web/test-runner-chrome calls every engine it drives "Chrome". */
const named = (launcher, name) => Object.assign(launcher, { name });
let webkitDriver;
if (engines.includes('chromium')) {
  browsers.push(
    named(
      chromeLauncher({
        launchOptions: { executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS },
      }),
      'Chromium',
    ),
  );
}
if (engines.includes('firefox')) {
  browsers.push(
    named(
      chromeLauncher({
        launchOptions: { browser: 'firefox', executablePath: findFirefox(), headless: true },
      }),
      'Firefox',
    ),
  );
}
if (engines.includes('webkit')) {
  const { driver, browser } = findWebKit();
  webkitDriver = await startWebKitDriver(driver);
  browsers.push(
    webdriverLauncher({
      hostname: '127.0.0.1',
      port: webkitDriver.port,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: browser, args: ['--automation'] },
      },
    }),
  );
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: '.',
  files: ['packages/*/test/**/*.test.ts', '!packages/*/test/node/**'],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  hostname: '127.0.0.1',
  concurrency: 1,
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  concurrentBrowsers: 1,
  browsers,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 10000 } },
  middleware: [faultMiddleware],
  plugins: [
    esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.base.json' }),
    {
      name: 'stop-webkit-driver',
      serverStop() {
        webkitDriver?.stop();
      },
    },
    faultPlugin(),
    hardeningCommands(),
  ],
  reporters: [
    defaultReporter({ reportTestResults: true, reportTestProgress: !process.env.CI }),
    totalReporter(),
  ],
};
