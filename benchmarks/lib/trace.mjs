// Reads a Chromium trace (categories `toplevel` + `blink.user_timing`): the page's main-thread
// tasks, on the page's own clock (performance.now()), so that they can be cut into frames.

/**
 * @param {Buffer} buffer the trace from browser.stopTracing()
 * @param {string} syncMark a performance.mark() name made in the page while tracing
 * @param {number} syncTime that mark's startTime in the page
 * @returns {{ tasks: { start: number, end: number, dur: number, cpu: number }[] }} tasks on the
 *   page's main thread, times in ms on the page's clock, merged where they nest or overlap
 */
export function mainThreadTasks(buffer, syncMark, syncTime) {
  const parsed = JSON.parse(buffer.toString('utf8'));
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const mark = events.find((e) => e.name === syncMark && e.cat?.includes('blink.user_timing'));
  if (!mark) throw new Error(`the trace has no ${syncMark} mark`);
  const offset = mark.ts / 1000 - syncTime; // trace ms - page ms
  // Every complete event of the main thread: top-level work is mostly
  // `ThreadControllerImpl::RunTask`, but microtask checkpoints (`BlinkScheduler_PerformMicrotask
  // Checkpoint`, where promise callbacks and Lit's updates run) sit beside the tasks, not in them.
  const raw = events
    .filter((e) => e.ph === 'X' && e.pid === mark.pid && e.tid === mark.tid && e.dur > 0)
    .map((e) => ({
      start: e.ts / 1000 - offset,
      end: (e.ts + (e.dur ?? 0)) / 1000 - offset,
      cpu: (e.tdur ?? e.dur ?? 0) / 1000,
    }))
    .sort((a, b) => a.start - b.start);
  // Top-level only: an event inside another one is part of it.
  const tasks = [];
  for (const t of raw) {
    const last = tasks.at(-1);
    if (last && t.start < last.end) {
      if (t.end > last.end) last.end = t.end;
      continue;
    }
    tasks.push({ ...t });
  }
  for (const t of tasks) t.dur = t.end - t.start;
  // With the devtools.timeline category: the rendering steps and GC, for a breakdown.
  const named = events
    .filter(
      (e) =>
        e.ph === 'X' && e.pid === mark.pid && e.tid === mark.tid && BUCKETS[e.name] && e.dur > 0,
    )
    .map((e) => ({
      bucket: BUCKETS[e.name],
      start: e.ts / 1000 - offset,
      end: (e.ts + e.dur) / 1000 - offset,
    }));
  return { tasks, named };
}

const BUCKETS = {
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  MinorGC: 'gc',
  MajorGC: 'gc',
};

/**
 * Where the main thread's time (wall ms) went inside [from, to): style, layout, paint, gc, and
 * the rest (script, event dispatch, hit testing…), summed over the window.
 */
export function breakdown(tasks, named, from, to) {
  const out = { style: 0, layout: 0, paint: 0, gc: 0, scriptAndOther: 0 };
  for (const e of named) {
    const overlap = Math.min(e.end, to) - Math.max(e.start, from);
    if (overlap > 0) out[e.bucket] += overlap;
  }
  const total = busy(tasks, from, to).wall;
  out.scriptAndOther = Math.max(0, total - out.style - out.layout - out.paint - out.gc);
  for (const k of Object.keys(out)) out[k] = Math.round(out[k] * 10) / 10;
  return out;
}

/** Main-thread busy time (wall ms, and CPU ms pro rata) inside [from, to). */
export function busy(tasks, from, to) {
  let wall = 0;
  let cpu = 0;
  for (const t of tasks) {
    if (t.end <= from) continue;
    if (t.start >= to) break;
    const overlap = Math.min(t.end, to) - Math.max(t.start, from);
    if (overlap <= 0) continue;
    wall += overlap;
    cpu += t.dur > 0 ? (t.cpu * overlap) / t.dur : 0;
  }
  return { wall, cpu };
}
