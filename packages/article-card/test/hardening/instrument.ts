// Instrumentation for the lifecycle tests: counts what a component can leave behind when it
// leaves the page. Import it before the components (it replaces globals, so it counts whatever
// runs after it): active ResizeObservers, IntersectionObservers and MutationObservers (observing
// at least one target), listeners on window and document, pending timeouts, intervals and
// animation frames, and fetches whose promise has not settled.
//
// Nothing here holds a removed element alive: observers' targets are kept in WeakMaps keyed by
// the observer, and a listener is held only while the page holds it too.

export interface Counts {
  resizeObservers: number;
  intersectionObservers: number;
  mutationObservers: number;
  windowListeners: number;
  documentListeners: number;
  timeouts: number;
  intervals: number;
  animationFrames: number;
  pendingFetches: number;
}

type Key = typeof INSTALLED;
const INSTALLED = Symbol.for('tianshan.hardening.instrument');
type Global = typeof globalThis & { [INSTALLED]?: Instrument };

interface Instrument {
  counts(): Counts;
  timers(): string[];
  nativeFetch: typeof fetch;
  nativeSetTimeout: typeof setTimeout;
}

function countObservers<T extends { observe(...a: never[]): void; disconnect(): void }>(
  Native: new (...args: never[]) => T,
  hasUnobserve: boolean,
): { Counting: new (...args: never[]) => T; active: () => number } {
  const targets = new WeakMap<object, Set<unknown>>();
  let active = 0;
  const set = (o: object) => {
    let s = targets.get(o);
    if (!s) targets.set(o, (s = new Set()));
    return s;
  };
  const Base = Native as unknown as new (...args: unknown[]) => {
    observe(target: unknown, ...rest: unknown[]): void;
    unobserve?(target: unknown): void;
    disconnect(): void;
  };
  class Counting extends Base {
    override observe(target: unknown, ...rest: unknown[]) {
      const s = set(this);
      if (s.size === 0) active++;
      s.add(target);
      super.observe(target, ...rest);
    }
    override disconnect() {
      const s = set(this);
      if (s.size > 0) active--;
      s.clear();
      super.disconnect();
    }
  }
  if (hasUnobserve) {
    Object.defineProperty(Counting.prototype, 'unobserve', {
      configurable: true,
      writable: true,
      value(this: InstanceType<typeof Base>, target: unknown) {
        const s = set(this);
        if (s.delete(target) && s.size === 0) active--;
        Base.prototype.unobserve!.call(this, target);
      },
    });
  }
  return { Counting: Counting as unknown as new (...args: never[]) => T, active: () => active };
}

function install(): Instrument {
  const w = window as Window & typeof globalThis;
  const ro = countObservers(w.ResizeObserver, true);
  const io = countObservers(w.IntersectionObserver, true);
  const mo = countObservers(w.MutationObserver, false);
  w.ResizeObserver = ro.Counting as unknown as typeof ResizeObserver;
  w.IntersectionObserver = io.Counting as unknown as typeof IntersectionObserver;
  w.MutationObserver = mo.Counting as unknown as typeof MutationObserver;

  // Listeners on window and document, keyed as the platform keys them: type, listener, capture.
  const listeners = new Map<EventTarget, Map<string, Map<unknown, EventListener>>>([
    [window, new Map()],
    [document, new Map()],
  ]);
  const proto = EventTarget.prototype;
  const add = proto.addEventListener;
  const remove = proto.removeEventListener;
  const capture = (o: boolean | AddEventListenerOptions | EventListenerOptions | undefined) =>
    typeof o === 'boolean' ? o : !!o?.capture;
  proto.addEventListener = function (type, listener, options) {
    const byKey = listeners.get(this);
    if (!byKey || !listener) return add.call(this, type, listener, options);
    const key = `${type}|${capture(options)}`;
    const map = byKey.get(key) ?? new Map<unknown, EventListener>();
    byKey.set(key, map);
    if (map.has(listener)) return;
    const opts = typeof options === 'object' ? options : undefined;
    if (opts?.signal?.aborted) return;
    // A `once` listener is removed by the platform when it runs: wrap it to see that.
    const registered: EventListener = opts?.once
      ? function (this: unknown, e: Event) {
          map.delete(listener);
          return typeof listener === 'function' ? listener.call(this, e) : listener.handleEvent(e);
        }
      : (listener as EventListener);
    map.set(listener, registered);
    opts?.signal?.addEventListener('abort', () => map.delete(listener), { once: true });
    add.call(this, type, registered, options);
  };
  proto.removeEventListener = function (type, listener, options) {
    const map = listeners.get(this)?.get(`${type}|${capture(options)}`);
    const registered = listener && map?.get(listener);
    if (registered) {
      map!.delete(listener);
      return remove.call(this, type, registered, options);
    }
    return remove.call(this, type, listener, options);
  };
  const listenerCount = (t: EventTarget) =>
    [...listeners.get(t)!.values()].reduce((n, m) => n + m.size, 0);

  // Timers.
  // Active timers, with where they were set (to name a leak when one is found).
  const timeouts = new Map<number, string>();
  const intervals = new Map<number, string>();
  const frames = new Set<number>();
  const where = () => (new Error().stack ?? '').split('\n').slice(2, 6).join(' | ');
  const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci } = w;
  const raf = w.requestAnimationFrame.bind(w);
  const caf = w.cancelAnimationFrame.bind(w);
  // The test runner's own timers (its web socket to the server) are not the page's.
  const infrastructure = (stack: string) => /__web-(dev-server|test-runner)/.test(stack);
  w.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const stack = where();
    if (typeof handler !== 'function' || infrastructure(stack)) return st(handler, ms, ...args);
    const id: number = st(
      (...a: unknown[]) => {
        timeouts.delete(id);
        (handler as (...x: unknown[]) => void)(...a);
      },
      ms,
      ...args,
    );
    timeouts.set(id, stack);
    return id;
  }) as typeof setTimeout;
  w.clearTimeout = ((id?: number) => {
    if (id !== undefined) timeouts.delete(id);
    ct(id);
  }) as typeof clearTimeout;
  w.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id: number = si(handler, ms, ...args);
    const stack = where();
    if (!infrastructure(stack)) intervals.set(id, stack);
    return id;
  }) as typeof setInterval;
  w.clearInterval = ((id?: number) => {
    if (id !== undefined) intervals.delete(id);
    ci(id);
  }) as typeof clearInterval;
  w.requestAnimationFrame = (cb: FrameRequestCallback) => {
    const id = raf((t) => {
      frames.delete(id);
      cb(t);
    });
    frames.add(id);
    return id;
  };
  w.cancelAnimationFrame = (id: number) => {
    frames.delete(id);
    caf(id);
  };

  // Fetches.
  const nativeFetch = w.fetch.bind(w);
  let pendingFetches = 0;
  w.fetch = (...args: Parameters<typeof fetch>) => {
    pendingFetches++;
    const p = nativeFetch(...args);
    p.then(
      () => pendingFetches--,
      () => pendingFetches--,
    );
    return p;
  };

  return {
    nativeFetch,
    nativeSetTimeout: st,
    timers: () => [...timeouts.values(), ...intervals.values()],
    counts: () => ({
      resizeObservers: ro.active(),
      intersectionObservers: io.active(),
      mutationObservers: mo.active(),
      windowListeners: listenerCount(window),
      documentListeners: listenerCount(document),
      timeouts: timeouts.size,
      intervals: intervals.size,
      animationFrames: frames.size,
      pendingFetches,
    }),
  };
}

const g = globalThis as Global;
const instrument: Instrument = (g[INSTALLED as Key] ??= install());

/** What is active right now. */
export const counts = instrument.counts;
/** Where each active timeout and interval was set (a few stack frames each). */
export const activeTimers = instrument.timers;
/** The page's own fetch, uncounted (for talking to the fault server). */
export const nativeFetch = instrument.nativeFetch;
