// Our scaling: `layoutTimeline` alone, in a separate Node process (no browser, no DOM).
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median, round } from './stats.mjs';

const WORKER = fileURLToPath(new URL('./layout-worker.mjs', import.meta.url));

export function layoutScaling(root, sizes, quick) {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [WORKER, root, sizes.join(','), quick ? '1' : '0'],
      { timeout: 300_000, maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) => {
        if (err && !stdout) {
          done({
            skipped: `the layout benchmark failed: ${String(stderr || err.message).split('\n')[0]}`,
          });
          return;
        }
        let out;
        try {
          out = JSON.parse(stdout);
        } catch {
          done({
            skipped: `the layout benchmark printed no result: ${String(stderr).split('\n')[0]}`,
          });
          return;
        }
        if (out.results) {
          let prev = null;
          for (const r of out.results) {
            r.median = round(median(r.samples), 3);
            r.usPerEvent = r.median === null ? null : round((r.median * 1000) / r.n, 3);
            if (prev?.median && r.median) r.growth = round(r.median / prev.median, 2);
            prev = r;
          }
        }
        done(out);
      },
    );
  });
}
