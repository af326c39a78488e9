// The benchmark page of each library. The page loads the generated data first (untimed), then one
// module script marks `bench:start`, loads the library's files (fetch, parse, run), builds the
// timeline from the data and waits for the library's own "rendered" signal, forces a synchronous
// layout and takes the time. No frame waits are added by the harness.
//
// Everything on `window.__bench` is read by the Node side (render.mjs, interaction.mjs).

/** Per library: how to load it, mount it, find its event nodes and its zoom/pan surfaces. */
const ADAPTERS = {
  // No library: the floor of the harness itself (input dispatch, frame waits, tracing).
  blank: String.raw`{
    async load() {},
    async mount(host) {
      const div = document.createElement('div');
      div.textContent = 'No timeline: the harness alone.';
      host.append(div);
      return div;
    },
    layout(div) {
      div.getBoundingClientRect();
      return div.offsetHeight;
    },
    eventNodes() {
      return [];
    },
    surface() {
      return document.getElementById('host');
    },
    zoomApi: null,
  }`,
  ours: String.raw`{
    // Event nodes of <summit-timeline>: the options of its listbox (the events' labels). Not
    // \`li\`: the key to the markers is a list that renders before any event does.
    SELECTOR: '[role=option]',
    async load() {
      // tianshan.css, when the build ships it, is linked beside the bundle as the docs say.
      await Promise.all([
        OURS_CSS ? loadCss('/ours/tianshan.css') : null,
        import('/ours/summit-timeline.js'),
      ]);
    },
    async mount(host, data) {
      if (!customElements.get('summit-timeline')) {
        throw new Error('the CDN bundle did not define <summit-timeline>');
      }
      const el = document.createElement('summit-timeline');
      el.style.setProperty('display', 'block');
      el.style.setProperty('width', '100%');
      el.style.setProperty('height', '100%');
      if (data != null) el.data = data; // null: the built-in dataset
      host.append(el);
      if (el.updateComplete) await el.updateComplete;
      await until(() => deepQueryAll(el.shadowRoot, this.SELECTOR).length > 0, el.shadowRoot,
        'no event nodes (' + this.SELECTOR + ') in the shadow root of <summit-timeline>');
      return el;
    },
    layout(el) {
      el.getBoundingClientRect();
      return el.offsetHeight;
    },
    eventNodes(el) {
      return deepQueryAll(el.shadowRoot, this.SELECTOR);
    },
    surface(el) {
      // Its viewport part (where the gestures go), else the largest SVG, else the element.
      const vp = deepQueryAll(el.shadowRoot, '[part~=viewport]')[0];
      if (vp) return vp;
      let best = el, area = 0;
      for (const s of deepQueryAll(el.shadowRoot, 'svg')) {
        const r = s.getBoundingClientRect();
        if (r.width * r.height > area) { area = r.width * r.height; best = s; }
      }
      return best;
    },
    zoomApi: null,
  }`,
  tl: String.raw`{
    async load() {
      await Promise.all([loadCss('/tl/css/timeline.css'), loadScript('/tl/js/timeline.js')]);
    },
    mount(host, data) {
      return new Promise((resolve, reject) => {
        let tl;
        try {
          tl = new TL.Timeline(host, data, {
            script_path: location.origin + '/tl/js/',
            font: null, // its default font is fetched from its CDN
            language: 'en',
            hash_bookmark: false,
            ga_measurement_id: null,
            track_events: [],
          });
        } catch (e) { reject(e); return; }
        if (tl.ready) resolve(tl); else tl.on('ready', () => resolve(tl));
      });
    },
    layout() {
      const host = document.getElementById('host');
      host.getBoundingClientRect();
      return host.offsetHeight;
    },
    eventNodes() {
      return document.querySelectorAll('#host .tl-timemarker');
    },
    surface() {
      return document.querySelector('#host .tl-timenav') ?? document.getElementById('host');
    },
    zoomApi(tl, dir) {
      if (dir > 0) tl.zoomIn(); else tl.zoomOut();
    },
  }`,
  vis: String.raw`{
    async load() {
      // The standalone build injects its own CSS.
      await loadScript('/vis/vis-timeline-graph2d.min.js');
    },
    mount(host, items) {
      return new Promise((resolve, reject) => {
        let tl;
        const done = () => { tl.off('changed', done); resolve(tl); };
        try {
          tl = new vis.Timeline(host, new vis.DataSet(items), {
            width: '100%',
            height: '600px',
            zoomKey: 'ctrlKey',
          });
          // initialDrawDone comes before anything is positioned: wait for the first 'changed'.
          tl.on('changed', done);
        } catch (e) { reject(e); }
      });
    },
    layout() {
      const host = document.getElementById('host');
      host.getBoundingClientRect();
      return host.offsetHeight;
    },
    eventNodes() {
      return document.querySelectorAll('#host .vis-item.vis-box, #host .vis-item.vis-range, #host .vis-item.vis-point');
    },
    surface() {
      return document.querySelector('#host .vis-panel.vis-center') ?? document.getElementById('host');
    },
    zoomApi: null,
  }`,
};

const HARNESS = String.raw`
function loadScript(src) {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error('could not load ' + src));
    document.head.append(s);
  });
}
function loadCss(href) {
  return new Promise((resolve, reject) => {
    const l = document.createElement('link');
    l.rel = 'stylesheet';
    l.href = href;
    l.onload = () => resolve();
    l.onerror = () => reject(new Error('could not load ' + href));
    document.head.append(l);
  });
}
function deepQueryAll(root, selector, out = []) {
  if (!root) return out;
  for (const n of root.querySelectorAll(selector)) out.push(n);
  for (const n of root.querySelectorAll('*')) if (n.shadowRoot) deepQueryAll(n.shadowRoot, selector, out);
  return out;
}
function deepCount(root) {
  if (!root) return 0;
  let n = 0;
  for (const el of root.querySelectorAll('*')) { n++; if (el.shadowRoot) n += deepCount(el.shadowRoot); }
  return n;
}
// Resolves when test() is true: checked on every mutation of root and on a 16 ms poll.
function until(test, root, what, ms = 20000) {
  if (test()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const mo = new MutationObserver(check);
    if (root) mo.observe(root, { childList: true, subtree: true, attributes: true });
    const timer = setInterval(check, 16);
    function check() {
      if (test()) { mo.disconnect(); clearInterval(timer); resolve(); }
      else if (performance.now() - started > ms) {
        mo.disconnect(); clearInterval(timer);
        reject(new Error(what + ' after ' + ms / 1000 + ' s'));
      }
    }
  });
}

const host = document.getElementById('host');
const bench = (window.__bench = { errors: [], frames: [], loaf: [], longtasks: [], steps: [] });
addEventListener('error', (e) => bench.errors.push(String(e.message)));
addEventListener('unhandledrejection', (e) => bench.errors.push(String(e.reason?.message ?? e.reason)));

// The run starts when the Node side says so (after it has read the page's CPU counters).
const go = new Promise((resolve) => { window.__benchGo = resolve; });
window.__benchDone = (async () => {
  await go;
  performance.mark('bench:start');
  const t0 = performance.now();
  await A.load();
  const tLoaded = performance.now();
  const handle = await A.mount(host, window.BENCH_DATA);
  A.layout(handle);
  const t1 = performance.now();
  performance.mark('bench:rendered');
  bench.handle = handle;
  return {
    ms: t1 - t0,
    loadMs: tLoaded - t0,
    buildMs: t1 - tLoaded,
    eventNodes: A.eventNodes(handle).length,
    domNodes: deepCount(document),
    startedAt: t0,
    renderedAt: t1,
    // The files fetched from the start to the end of the first render.
    resources: performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime >= t0 && e.startTime <= t1)
      .map((e) => new URL(e.name).pathname),
  };
})().catch((e) => ({ error: String(e?.message ?? e) }));

// --- Interaction helpers, used after the first render ---------------------------------------
bench.point = () => {
  const r = A.surface(bench.handle).getBoundingClientRect();
  return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2), w: r.width, h: r.height };
};
bench.hasZoomApi = () => typeof A.zoomApi === 'function';
bench.apiZoom = (dir) => {
  bench.steps.push(performance.now());
  A.zoomApi(bench.handle, dir);
};
// What a reader sees of the events: the rounded boxes of the first 40 event nodes.
bench.signature = () => {
  const nodes = [...A.eventNodes(bench.handle)].slice(0, 40);
  return nodes.map((n) => { const r = n.getBoundingClientRect(); return [Math.round(r.left), Math.round(r.width)].join(','); }).join(' ');
};
bench.observe = () => {
  for (const type of ['long-animation-frame', 'longtask']) {
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          (type === 'longtask' ? bench.longtasks : bench.loaf).push({
            startTime: e.startTime, duration: e.duration, blockingDuration: e.blockingDuration ?? null,
          });
        }
      }).observe({ type, buffered: false });
    } catch { /* not supported */ }
  }
  const onInput = (e) => bench.steps.push(e.timeStamp);
  addEventListener('wheel', onInput, { capture: true, passive: true });
  addEventListener('pointermove', (e) => { if (e.buttons) onInput(e); }, { capture: true, passive: true });
};
bench.recordFrames = (on) => {
  bench.recording = on;
  if (!on) return;
  const loop = (t) => { bench.frames.push(t); if (bench.recording) requestAnimationFrame(loop); };
  requestAnimationFrame(loop);
};
bench.nextFrame = () => new Promise((r) => requestAnimationFrame(() => r()));
bench.sync = () => { performance.mark('bench:sync'); return performance.getEntriesByName('bench:sync').at(-1).startTime; };
`;

/** @param {{ oursCss?: boolean }} options oursCss: the CDN build has a tianshan.css */
export function pageHtml(lib, n, { oursCss = false } = {}) {
  const adapter = ADAPTERS[lib];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>bench ${lib} ${n}</title>
<style>
html, body { margin: 0; font: 16px/1.4 sans-serif; }
#host { position: relative; width: 1000px; height: 600px; overflow: hidden; }
</style>
</head>
<body>
<div id="host"></div>
<script src="/data/${lib}-${n}.js"></script>
<script type="module">
const OURS_CSS = ${oursCss};
const A = ${adapter};
${HARNESS}
</script>
</body>
</html>
`;
}
