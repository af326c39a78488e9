// Interaction: after a first render, 60 zoom steps then a drag pan, paced one step per frame as a
// trackpad gesture would be, with a Chromium trace of the page's main thread.
//
// - Zoom: ctrl+wheel at the centre of the plot (the pinch gesture of a trackpad, and what d3-zoom
//   and vis-timeline listen to); TimelineJS3 has no wheel zoom, so its zoomIn()/zoomOut() API.
//   Steps go 10 in, then 5 out and 5 in by turns (see zoomDirection).
// - Pan: a mouse drag of 30 moves of 20 px, one per frame.
// - Per frame: main-thread work in each interval between two requestAnimationFrame timestamps,
//   from the trace's top-level tasks: CPU time of the main thread (the work itself; on a shared
//   machine, wall time also holds the time the thread waited for a core) and wall time. Dropped
//   frames: intervals longer than 1.5 frame periods count as round(interval / period) - 1.
// - Per step: the same work between one input (or API call) and the next.
// - Longest task: the longest main-thread task from the end of the first render to the end of
//   the interaction (a 1 s idle pause after the render is included).
import { breakdown, busy, mainThreadTasks } from './trace.mjs';
import { median, quantile, round, summary } from './stats.mjs';
import { withTimeout } from './browser.mjs';
import { renderOnce } from './render.mjs';

export const ZOOM_STEPS = 60;
const ZOOM_BLOCK = 5;
const PAN_MOVES = 30;
const PAN_PX = 20;
const WHEEL_DELTA = 10; // a pinch: small deltas with ctrlKey

export async function interactionRun(browser, origin, lib, n, { budgetMs = 60_000 } = {}) {
  const { sample: render, session } = await renderOnce(browser, origin, lib, n, { keep: true });
  if (!session) return { lib, n, render, error: render.error ?? render.note ?? 'no first render' };
  const { page } = session;
  const out = { lib, n, renderMs: render.ms };
  // The whole run after the first render has a deadline; a page that does not answer by then is
  // recorded as stalled (with what the trace saw) and closed.
  const runMs = budgetMs * 2.5;
  const runDeadline = Date.now() + runMs;
  const hard = async (p) => {
    const r = await withTimeout(p, Math.max(1, runDeadline - Date.now()));
    if (r && r.timeout) {
      throw Object.assign(new Error(`the page did not answer within ${runMs / 1000} s`), {
        stalled: true,
      });
    }
    return r;
  };
  const snapshot = () =>
    hard(
      page.evaluate(() => {
        const { frames, steps, loaf } = window.__bench;
        return {
          frames: frames.slice(),
          steps: steps.slice(),
          loaf: loaf.slice(),
          now: performance.now(),
        };
      }),
    );
  const zoom = { method: 'ctrl+wheel', steps: 0 };
  const pan = { method: 'mouse drag (Input.dispatchMouseEvent)', steps: 0 };
  let sync = null;
  let last = null;
  let trace = null;
  await browser.startTracing(page, {
    categories: ['toplevel', 'blink.user_timing', 'devtools.timeline'],
  });
  try {
    const syncTime = await hard(
      page.evaluate(() => {
        window.__bench.observe();
        window.__bench.recordFrames(true);
        return window.__bench.sync();
      }),
    );
    sync = { page: syncTime, node: Date.now() };
    await page.waitForTimeout(1000);
    const point = await hard(page.evaluate(() => window.__bench.point()));
    const useApi = await hard(page.evaluate(() => window.__bench.hasZoomApi()));
    if (useApi) zoom.method = 'zoomIn()/zoomOut() API';
    const frame = () => hard(page.evaluate(() => window.__bench.nextFrame()));
    const now = () => hard(page.evaluate(() => performance.now()));
    const signature = () => hard(page.evaluate(() => window.__bench.signature()));

    // Zoom: no new step once the phase has used its budget.
    const before = await signature();
    let afterFirstBlock = null;
    zoom.start = await now();
    const zoomDeadline = Date.now() + budgetMs;
    if (!useApi) {
      await hard(page.mouse.move(point.x, point.y));
      await hard(page.keyboard.down('Control'));
    }
    for (let i = 0; i < ZOOM_STEPS; i++) {
      if (Date.now() > zoomDeadline) {
        zoom.truncated = `stopped issuing steps after ${budgetMs / 1000} s`;
        break;
      }
      const dir = zoomDirection(i);
      if (useApi) await hard(page.evaluate((d) => window.__bench.apiZoom(d), dir));
      else await hard(page.mouse.wheel(0, -dir * WHEEL_DELTA));
      await frame();
      zoom.steps++;
      if (i === ZOOM_BLOCK - 1) afterFirstBlock = await signature();
    }
    if (!useApi) await hard(page.keyboard.up('Control'));
    await frame();
    zoom.end = await now();
    // Unknown (null) when fewer steps than one block were made.
    zoom.responded = afterFirstBlock === null ? null : afterFirstBlock !== before;
    last = await snapshot();

    // Pan
    const panBudget = budgetMs / 2;
    const beforePan = await signature();
    pan.start = await now();
    const panDeadline = Date.now() + panBudget;
    // From right of the centre to left of it, inside the surface.
    const x0 = point.x + Math.min((PAN_MOVES * PAN_PX) / 2, Math.max(0, point.w / 2 - 10));
    await hard(page.mouse.move(x0, point.y));
    // The drag's mouse events go to the page over the DevTools protocol, as a real mouse's do.
    // (Playwright's page.mouse.move with a button held also probes for an HTML5 drag and drop:
    // two script evaluations and a timer in the page at every move, which the frames would count
    // as the library's work. No library here uses HTML5 drag and drop. Runs up to that of
    // 0cd5711 used page.mouse.)
    const cdp = await hard(page.context().newCDPSession(page));
    const drag = (type, x) =>
      hard(
        cdp.send('Input.dispatchMouseEvent', {
          type,
          x,
          y: point.y,
          button: 'left',
          buttons: type === 'mouseReleased' ? 0 : 1,
          clickCount: 1,
        }),
      );
    await drag('mousePressed', x0);
    for (let i = 1; i <= PAN_MOVES; i++) {
      if (Date.now() > panDeadline) {
        pan.truncated = `stopped issuing moves after ${panBudget / 1000} s`;
        break;
      }
      await drag('mouseMoved', x0 - i * PAN_PX);
      await frame();
      pan.steps++;
    }
    await drag('mouseReleased', x0 - pan.steps * PAN_PX);
    await frame();
    pan.end = await now();
    pan.responded = pan.steps === 0 ? null : (await signature()) !== beforePan;
    await page.waitForTimeout(500);
    last = await snapshot();
    await hard(page.evaluate(() => window.__bench.recordFrames(false)));
  } catch (err) {
    if (err.stalled) {
      out.stalled = err.message;
      out.stalledAtNode = Date.now();
    } else out.error = String(err.message).split('\n')[0];
  } finally {
    const r = await withTimeout(browser.stopTracing(), 60_000).catch(() => null);
    if (Buffer.isBuffer(r)) trace = r;
    await session.close();
  }
  if (!trace || !sync) {
    out.error ??= trace ? 'no sync mark' : 'no trace';
    return out;
  }

  const { tasks, named } = mainThreadTasks(trace, 'bench:sync', sync.page);
  const frames = last?.frames ?? [];
  const period = framePeriod(frames);
  const phase = (p) => {
    if (p.start === undefined || p.end === undefined || !last) return { ...p, incomplete: true };
    const fs = frames.filter((t) => t >= p.start && t <= p.end);
    const wall = [];
    const cpu = [];
    let dropped = 0;
    for (let k = 0; k + 1 < fs.length; k++) {
      const w = busy(tasks, fs[k], fs[k + 1]);
      wall.push(round(w.wall));
      cpu.push(round(w.cpu));
      const len = fs[k + 1] - fs[k];
      if (len > 1.5 * period) dropped += Math.round(len / period) - 1;
    }
    const steps = last.steps.filter((t) => t >= p.start && t <= p.end);
    const stepWork = steps.map((t, i) => busy(tasks, t, steps[i + 1] ?? p.end));
    const cpuStep = stepWork.map((w) => round(w.cpu));
    const wallStep = stepWork.map((w) => round(w.wall));
    return {
      ...p,
      start: round(p.start),
      end: round(p.end),
      frames: cpu.length,
      droppedFrames: dropped,
      // Total wall ms of the phase by kind of work.
      breakdown: breakdown(tasks, named, p.start, p.end),
      cpuPerFrame: summary(cpu),
      wallPerFrame: summary(wall),
      cpuPerStep: summary(cpuStep),
      wallPerStep: summary(wallStep),
      samples: { cpuPerFrame: cpu, wallPerFrame: wall, cpuPerStep: cpuStep, wallPerStep: wallStep },
    };
  };
  // Tasks from the end of the first render on (tracing starts a few ms after it).
  const after = tasks.filter((t) => t.start >= render.renderedAt);
  const longest = after.reduce((m, t) => (t.dur > m.dur ? t : m), { dur: 0, cpu: 0 });
  Object.assign(out, {
    framePeriodMs: round(period),
    zoom: phase(zoom),
    pan: phase(pan),
    longestTaskMs: round(longest.dur),
    longestTaskCpuMs: round(longest.cpu),
    longestTaskAt: longest.start !== undefined ? round(longest.start - render.renderedAt) : null,
    tasksOver50ms: after.filter((t) => t.dur > 50).length,
    longestLoafMs: last ? round(Math.max(0, ...last.loaf.map((e) => e.duration))) : null,
    longAnimationFrames: last ? last.loaf.length : null,
  });
  if (out.stalled) {
    // A task still running when the page was closed has no end in the trace: from the end of
    // the last finished task to the moment of closing is a lower bound of its length.
    const closedAt = sync.page + (out.stalledAtNode - sync.node);
    const lastEnd = tasks.length ? tasks.at(-1).end : sync.page;
    const open = closedAt - lastEnd;
    if (open > out.longestTaskMs) {
      out.longestTaskMs = round(open);
      out.longestTaskCpuMs = null;
      out.longestTaskOpen = true;
    }
  }
  delete out.stalledAtNode;
  return out;
}

/**
 * The runs of each library and size (pages of one run, interleaved) as one: every page's frames
 * pooled (p50 / p95 over all of them), the dropped frames and the frames added up, the longest
 * task of all the pages, a response only when every page responded, and each page's own p95
 * (`p95ByPage`) to show how far pages differ. A single run is returned as it is. Order: as the
 * runs first came.
 */
export function poolRuns(runs) {
  const groups = new Map();
  for (const r of runs) {
    const key = `${r.lib} ${r.n}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(r);
  }
  return [...groups.values()].map((group) => {
    const measured = group.filter((r) => r.zoom);
    if (group.length === 1 || !measured.length) return { ...group[0], pages: group.length };
    const longest = measured.reduce((m, r) =>
      (r.longestTaskMs ?? 0) > (m.longestTaskMs ?? 0) ? r : m,
    );
    const failed = group.find((r) => r.stalled || r.error);
    return {
      lib: group[0].lib,
      n: group[0].n,
      pages: group.length,
      zoom: poolPhase(measured.map((r) => r.zoom)),
      pan: poolPhase(measured.map((r) => r.pan)),
      longestTaskMs: longest.longestTaskMs,
      longestTaskCpuMs: longest.longestTaskCpuMs,
      longestTaskOpen: longest.longestTaskOpen,
      ...(failed?.stalled ? { stalled: failed.stalled } : {}),
      ...(failed?.error ? { error: failed.error } : {}),
    };
  });
}

function poolPhase(phases) {
  const ps = phases.filter((p) => p?.cpuPerFrame);
  if (!ps.length) return phases.find(Boolean);
  const all = (key) => ps.flatMap((p) => p.samples?.[key] ?? []);
  const responses = ps.map((p) => p.responded);
  return {
    method: ps[0].method,
    steps: median(ps.map((p) => p.steps)),
    truncated: ps.find((p) => p.truncated)?.truncated,
    responded: responses.every((v) => v === true)
      ? true
      : responses.some((v) => v === false)
        ? false
        : null,
    frames: ps.reduce((a, p) => a + p.frames, 0),
    droppedFrames: ps.reduce((a, p) => a + p.droppedFrames, 0),
    cpuPerFrame: summary(all('cpuPerFrame')),
    wallPerFrame: summary(all('wallPerFrame')),
    cpuPerStep: summary(all('cpuPerStep')),
    wallPerStep: summary(all('wallPerStep')),
    p95ByPage: ps.map((p) => p.cpuPerFrame.p95),
  };
}

/**
 * Step i of the zoom: 1 (in) or -1 (out). Ten steps in, then five out and five in, in turn: the
 * zoom goes back and forth through the range and ends zoomed in, so that the pan has room to move
 * (at the initial, fully zoomed-out view a timeline may rightly refuse to pan).
 */
export function zoomDirection(i) {
  if (i < 2 * ZOOM_BLOCK) return 1;
  return Math.floor((i - 2 * ZOOM_BLOCK) / ZOOM_BLOCK) % 2 === 0 ? -1 : 1;
}

/** The frame period: the 20th percentile of rAF intervals (idle frames are the short ones). */
function framePeriod(frames) {
  const d = [];
  for (let i = 1; i < frames.length; i++) d.push(frames[i] - frames[i - 1]);
  const p = quantile(d, 0.2);
  return p && p > 4 ? p : 1000 / 60;
}
