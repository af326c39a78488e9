// Summaries, the targets of issue 9, and the markdown report (stdout and BENCHMARKS.md).
import { quantile, round } from './stats.mjs';

export const LIBS = ['ours', 'tl', 'vis'];
export const NAMES = {
  ours: '`<summit-timeline>`',
  tl: 'TimelineJS3',
  vis: 'vis-timeline',
  blank: 'no timeline (harness floor)',
};
const cellText = (x) => String(x).replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Median where a timeout counts as longer than any finished run (it is not dropped). */
export function medianWithTimeouts(samples) {
  const xs = samples
    .filter((s) => s.timeout || typeof s.ms === 'number')
    .map((s) => (s.timeout ? Infinity : s.ms))
    .sort((a, b) => a - b);
  if (!xs.length) return null;
  const mid = (xs.length - 1) / 2;
  const lo = xs[Math.floor(mid)];
  const hi = xs[Math.ceil(mid)];
  return lo === Infinity || hi === Infinity ? Infinity : round((lo + hi) / 2);
}

export function summariseRender(samples) {
  const out = {};
  for (const s of samples) {
    const key = `${s.n}`;
    out[key] ??= {};
    (out[key][s.lib] ??= []).push(s);
  }
  const summary = {};
  for (const [n, byLib] of Object.entries(out)) {
    summary[n] = {};
    for (const [lib, list] of Object.entries(byLib)) {
      const heaps = list
        .filter((s) => s.heapUsed)
        .map((s) => s.heapUsed)
        .sort((a, b) => a - b);
      const cpus = list.filter((s) => typeof s.cpuMs === 'number').map((s) => s.cpuMs);
      summary[n][lib] = {
        runs: list.length,
        median: medianWithTimeouts(list),
        cpuMedian: cpus.length ? round(quantile(cpus, 0.5)) : null,
        timeouts: list.filter((s) => s.timeout).length,
        errors: list.filter((s) => s.error).map((s) => s.error),
        heapUsedMedian: heaps.length ? heaps[Math.floor((heaps.length - 1) / 2)] : null,
        eventNodes: list.find((s) => s.eventNodes !== undefined)?.eventNodes ?? null,
      };
    }
    const ours = summary[n].ours?.median;
    for (const lib of ['tl', 'vis']) {
      const peer = summary[n][lib]?.median;
      if (ours && peer)
        summary[n][lib].timesOurs = peer === Infinity ? Infinity : round(peer / ours, 1);
      const oursCpu = summary[n].ours?.cpuMedian;
      const peerCpu = summary[n][lib]?.cpuMedian;
      if (oursCpu && peerCpu) summary[n][lib].cpuTimesOurs = round(peerCpu / oursCpu, 1);
    }
  }
  return summary;
}

const kb = (b) => (b === null || b === undefined ? '–' : `${(b / 1024).toFixed(1)} KB`);
const ms = (x) =>
  x === null || x === undefined
    ? '–'
    : x === Infinity
      ? '> 60 s (timeout)'
      : x >= 1000
        ? `${(x / 1000).toFixed(2)} s`
        : `${x.toFixed(x < 10 ? 1 : 0)} ms`;
const times = (x) =>
  x === null || x === undefined ? '–' : x === Infinity ? '∞' : `${x.toFixed(1)}×`;
const mb = (b) => (b ? `${(b / 1048576).toFixed(1)}` : '–');

/** The targets of issue 9, checked against the results. */
export function checkTargets(results) {
  const t = [];
  const w = results.weight;
  if (w?.ours?.gzip) {
    // Both first renders: with a page's data (the table) and of the built-in dataset.
    const cases = [['data', w.ours], ...(w.ours.builtin ? [['built-in', w.ours.builtin]] : [])];
    const each = (f) => cases.map(([name, c]) => `${name} ${f(c)}`).join('; ');
    const all = (ok) => cases.every(([, c]) => ok(c));
    t.push({
      target: 'First-render JS + CSS ≤ 0.42× TimelineJS3 (min+gzip)',
      measured: each((c) => `${c.ratioToTl}× (${kb(c.gzip)} vs ${kb(w.tl.gzip)})`),
      met: all((c) => c.ratioToTl <= 0.42),
    });
    t.push({
      target: 'First-render JS + CSS ≤ 0.21× vis-timeline (min+gzip)',
      measured: each((c) => `${c.ratioToVis}× (${kb(c.gzip)} vs ${kb(w.vis.gzip)})`),
      met: all((c) => c.ratioToVis <= 0.21),
    });
    t.push({
      target: 'First-render JS + CSS ≤ 32 KB (32,768 B) min+gzip',
      measured: each((c) => `${c.gzip.toLocaleString('en')} B`),
      met: all((c) => c.gzip <= 32768),
    });
  }
  const r1000 = results.render?.summary?.['1000'];
  for (const lib of ['tl', 'vis']) {
    const x = r1000?.[lib]?.timesOurs;
    if (x !== undefined) {
      t.push({
        target: `First render of 1,000 events ≥ 10× faster than ${NAMES[lib]}`,
        measured: `${times(x)} (${ms(r1000.ours.median)} vs ${ms(r1000[lib].median)})`,
        met: x >= 10,
      });
    }
  }
  const r10k = results.render?.summary?.['10000']?.ours?.median;
  if (r10k !== undefined && r10k !== null) {
    t.push({
      target: 'First render of 10,000 events < 300 ms',
      measured: ms(r10k),
      met: r10k < 300,
    });
  }
  // Pooled over the pages of each library and size where the run has several (see poolRuns).
  const interactions = results.interaction?.pooled ?? results.interaction?.runs;
  const i1000 = interactions?.find((r) => r.lib === 'ours' && r.n === 1000);
  if (i1000?.zoom?.cpuPerFrame) {
    const worst = Math.max(i1000.zoom.cpuPerFrame.p95 ?? 0, i1000.pan.cpuPerFrame?.p95 ?? 0);
    t.push({
      target: 'Zoom and pan main-thread work p95 ≤ 8 ms per frame at 1,000 events',
      measured: `zoom ${ms(i1000.zoom.cpuPerFrame.p95)}, pan ${ms(i1000.pan.cpuPerFrame?.p95)} (CPU; wall ${ms(i1000.zoom.wallPerFrame.p95)} / ${ms(i1000.pan.wallPerFrame?.p95)})${i1000.zoom.responded ? '' : ' (no zoom response detected)'}`,
      met: worst <= 8 && i1000.zoom.responded,
    });
  }
  const i10k = interactions?.find((r) => r.lib === 'ours' && r.n === 10000);
  if (i10k && i10k.longestTaskMs !== undefined) {
    t.push({
      target: 'No task over 200 ms after the first render at 10,000 events',
      measured: `longest ${i10k.longestTaskOpen ? '≥ ' : ''}${ms(i10k.longestTaskMs)}${i10k.longestTaskCpuMs ? ` (CPU ${ms(i10k.longestTaskCpuMs)})` : ''}`,
      met: i10k.longestTaskMs <= 200,
    });
  }
  return t;
}

export function markdown(results) {
  const L = [];
  const { weight, render, interaction, layout, versions } = results;
  const ver = (lib) => (versions?.[lib] ? ` ${versions[lib]}` : '');

  if (weight) {
    L.push('### Weight of a first render (JS + CSS)', '');
    L.push(
      '| library | files | raw | min | min+gzip | ours ÷ this |',
      '|---|---|---:|---:|---:|---:|',
    );
    for (const lib of LIBS) {
      const w = weight[lib];
      if (!w) continue;
      if (w.missing) {
        L.push(`| ${NAMES[lib]} | ${cellText(w.missing)} | – | – | – | – |`);
        continue;
      }
      const names = w.files.map((f) => f.file.split('/').pop());
      const chunks = w.files.filter(
        (f, i) => i > 0 && f.file.endsWith('.js') && !f.loadedBy,
      ).length;
      const imported = w.files.filter((f) => f.loadedBy).map((f) => f.file.split('/').pop());
      const files =
        lib === 'ours' && names.length > 1
          ? [
              names[0],
              chunks ? `${chunks} static chunk${chunks > 1 ? 's' : ''}` : null,
              ...names.filter((f) => f.endsWith('.css')),
              ...imported.map((f) => `${f} (import() before the render)`),
            ]
              .filter(Boolean)
              .join(' + ')
          : names.join(' + ');
      const ratio =
        lib === 'ours'
          ? '–'
          : weight.ours?.gzip
            ? `${(weight.ours.gzip / w.gzip).toFixed(3)}×`
            : '–';
      L.push(
        `| ${NAMES[lib]}${ver(lib)} | ${files} | ${kb(w.raw)} | ${kb(w.min)} | ${kb(w.gzip)} | ${ratio} |`,
      );
    }
    const bi = weight.ours?.builtin;
    if (bi) {
      const fetched = bi.files
        .map((f) => f.file.split('/').pop())
        .filter((f) => f.endsWith('.js'))
        .slice(1);
      L.push(
        '',
        `With custom \`data\`, as in the table, our first render fetches the chunk(s) marked import(). A first render of the built-in dataset (an English page) fetches ${fetched.length ? fetched.join(' + ') : 'no chunk'} instead: ${kb(bi.gzip)} min+gzip (${bi.gzip.toLocaleString('en')} B), ${bi.ratioToTl}× TimelineJS3 and ${bi.ratioToVis}× vis-timeline.`,
      );
    }
    if (weight.ours?.bundledGzip) {
      L.push(
        '',
        `Ours is ${weight.ours.files.length} files fetched separately, each gzipped on its own (${weight.ours.gzip.toLocaleString('en')} B in all). Its statically imported JS bundled into one file, as size-limit measures it in CI (no CSS, no import() chunks), is ${kb(weight.ours.bundledGzip)} (${weight.ours.bundledGzip.toLocaleString('en')} B) min+gzip.`,
      );
    }
    if (weight.ours?.lazyFiles?.length) {
      L.push(
        '',
        `Loaded later, on demand (not in the first render): ${weight.ours.lazyFiles.map((f) => `${f.file.split('/').pop()} ${kb(f.gzip)}`).join(', ')} (min+gzip).`,
      );
    }
    L.push('');
  }

  if (render?.summary) {
    const runs = Math.max(
      ...Object.values(render.summary).flatMap((s) => Object.values(s).map((x) => x.runs)),
    );
    L.push(
      `### First render (median of ${runs} cold runs each, script start → rendered + forced layout)`,
      '',
    );
    L.push(
      "**Wall clock** (the issue's measure):",
      '',
      `| events | ${NAMES.ours} | TimelineJS3${ver('tl')} | vis-timeline${ver('vis')} | TimelineJS3 ÷ ours | vis ÷ ours |`,
      '|---:|---:|---:|---:|---:|---:|',
    );
    for (const [n, s] of Object.entries(render.summary)) {
      const cell = (lib) => {
        const x = s[lib];
        if (!x) return '–';
        if (x.median === null)
          return `error${x.errors[0] ? `: ${cellText(x.errors[0].slice(0, 60))}` : ''}`;
        return (
          ms(x.median) + (x.timeouts && x.median !== Infinity ? ` (${x.timeouts} timeouts)` : '')
        );
      };
      L.push(
        `| ${Number(n).toLocaleString('en')} | ${cell('ours')} | ${cell('tl')} | ${cell('vis')} | ${times(s.tl?.timesOurs)} | ${times(s.vis?.timesOurs)} |`,
      );
    }
    L.push(
      '',
      '**Main-thread CPU time** of the same runs, between the same two points (the work itself, without the waits for a core, the network or a frame), and the JS heap after the render:',
      '',
      `| events | ${NAMES.ours} | TimelineJS3 | vis-timeline | TimelineJS3 ÷ ours | vis ÷ ours | JS heap, MB (ours / TL / vis) |`,
      '|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const [n, s] of Object.entries(render.summary)) {
      const c = (lib) => ms(s[lib]?.cpuMedian);
      L.push(
        `| ${Number(n).toLocaleString('en')} | ${c('ours')} | ${c('tl')} | ${c('vis')} | ${times(s.tl?.cpuTimesOurs)} | ${times(s.vis?.cpuTimesOurs)} | ${mb(s.ours?.heapUsedMedian)} / ${mb(s.tl?.heapUsedMedian)} / ${mb(s.vis?.heapUsedMedian)} |`,
      );
    }
    L.push('');
  }

  if (interaction?.runs?.length) {
    const rows = interaction.pooled ?? interaction.runs;
    const paged = rows.some((r) => r.pages > 1);
    L.push('### Interaction (main-thread CPU ms per frame, p50 / p95, and wall-clock p95)', '');
    if (paged) {
      L.push(
        `Where a row has several pages (interleaved: floor, ours, TimelineJS3, vis-timeline, floor, …), their frames are pooled: p50 and p95 of all the frames, dropped frames added up, the longest task of all the pages; "pages' p95" gives each page's own p95.`,
        '',
      );
    }
    L.push(
      '| events | library | zoom, 60 steps | pan, 30 moves | dropped frames | longest task after render | responded |',
      '|---:|---|---:|---:|---:|---:|---|',
    );
    for (const r of rows) {
      const name = `${NAMES[r.lib]}${r.pages > 1 ? `, ${r.pages} pages` : ''}`;
      if (!r.zoom) {
        L.push(
          `| ${r.n.toLocaleString('en')} | ${name} | ${cellText(String(r.error ?? r.stalled).slice(0, 70))} | | | | |`,
        );
        continue;
      }
      const ph = (p) => {
        if (!p?.cpuPerFrame) return p?.steps ? `${p.steps} steps, not measured` : '–';
        const cut = p.truncated ? `; ${p.steps} steps, budget hit` : '';
        const f = (x) => (x === null || x === undefined ? '–' : x.toFixed(1));
        const pages =
          p.p95ByPage?.length > 1 ? `; pages' p95 ${p.p95ByPage.map((x) => f(x)).join(', ')}` : '';
        return `${f(p.cpuPerFrame.median)} / ${f(p.cpuPerFrame.p95)} (wall ${f(p.wallPerFrame.p95)}${cut}${pages})`;
      };
      const dropped = (r.zoom?.droppedFrames ?? 0) + (r.pan?.droppedFrames ?? 0);
      const yes = (v, what) =>
        v === null || v === undefined ? `${what}?` : v ? what : `no ${what}`;
      const responded =
        r.lib === 'blank'
          ? '–'
          : `${yes(r.zoom?.responded, 'zoom')}, ${yes(r.pan?.responded, 'pan')}`;
      const cpu = r.longestTaskCpuMs;
      const longest = `${r.longestTaskOpen ? '≥ ' : ''}${ms(r.longestTaskMs)}${cpu !== null && cpu !== undefined ? ` (CPU ${ms(cpu)})` : ''}`;
      const note = r.stalled
        ? ` (stalled: ${cellText(r.stalled)})`
        : r.error
          ? ` (error: ${cellText(r.error.slice(0, 40))})`
          : '';
      L.push(
        `| ${r.lib === 'blank' ? '–' : r.n.toLocaleString('en')} | ${name} | ${ph(r.zoom)} | ${ph(r.pan)} | ${dropped} | ${longest} | ${responded}${note} |`,
      );
    }
    L.push('');
  }

  if (layout) {
    L.push('### `layoutTimeline` alone (Node, median)', '');
    if (layout.skipped) L.push(`Skipped: ${layout.skipped}`, '');
    else {
      // The fastest call beside the median: on a shared machine the median can hold waits for a
      // core, and the fastest call is the closest to the code's own cost.
      L.push(
        '| events | median | fastest | µs per event | growth vs previous size |',
        '|---:|---:|---:|---:|---:|',
      );
      for (const r of layout.results) {
        const fastest = r.samples?.length ? ms(Math.min(...r.samples)) : '–';
        L.push(
          `| ${r.n.toLocaleString('en')} | ${r.error ? `error: ${cellText(r.error)}` : ms(r.median)} | ${r.error ? '–' : fastest} | ${r.usPerEvent ?? '–'} | ${r.growth ? `${r.growth}×` : '–'} |`,
        );
      }
      L.push('');
    }
  }

  const targets = results.targets ?? [];
  if (targets.length) {
    L.push('### Targets (issue 9)', '');
    L.push('| target | measured | met |', '|---|---|---|');
    for (const t of targets)
      L.push(`| ${t.target} | ${t.measured} | ${t.met ? 'yes' : '**no**'} |`);
    L.push('');
  }
  return L.join('\n');
}
