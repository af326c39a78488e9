// A web-test-runner reporter that counts results per engine and writes them to a JSON file
// (TIANSHAN_WTR_RESULTS), so that `npm test` can print one plain total for the whole run.
import { writeFileSync } from 'node:fs';

function countSuite(suite, acc) {
  for (const t of suite?.tests ?? []) {
    if (t.skipped) acc.skipped++;
    else if (t.passed) acc.passed++;
    else {
      acc.failed++;
      acc.failures.push(t.name);
    }
  }
  for (const s of suite?.suites ?? []) countSuite(s, acc);
}

export function totalReporter({ file = process.env.TIANSHAN_WTR_RESULTS } = {}) {
  let byEngine = {};
  return {
    onTestRunFinished({ sessions }) {
      byEngine = {};
      for (const session of sessions) {
        const engine = session.browser.name;
        const acc = (byEngine[engine] ??= {
          passed: 0,
          failed: 0,
          skipped: 0,
          loadErrors: 0,
          files: 0,
          failures: [],
        });
        acc.files++;
        countSuite(session.testResults, acc);
        // A file that did not load, or threw outside a test, counts as a failure.
        const errors = [
          ...(session.errors ?? []),
          ...(session.testResults?.tests?.length === 0 &&
          !session.passed &&
          !session.testResults?.suites?.length
            ? [{ message: 'no tests ran' }]
            : []),
        ];
        if (errors.length) {
          acc.loadErrors += errors.length;
          acc.failed += errors.length;
          acc.failures.push(`${session.testFile}: ${errors.map((e) => e.message).join('; ')}`);
        }
      }
      if (file) writeFileSync(file, JSON.stringify(byEngine, null, 2));
    },
  };
}
