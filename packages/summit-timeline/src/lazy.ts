// Values loaded on demand, by key (a language's chunk, say): each key loads once at a time, a value
// that loaded stays, and a load that failed (offline, a blocked chunk) is remembered as failed
// until someone asks again with `load`, so that hot paths can check `state` without retrying.

export type LazyState = 'loading' | 'loaded' | 'failed';

export interface LazyMap<K, V> {
  /** The value of `key`, if it has loaded. */
  get(key: K): V | undefined;
  /** Every value loaded so far, in the order they loaded. */
  values(): V[];
  /** Where `key` stands; undefined before its first load. */
  state(key: K): LazyState | undefined;
  /** Loads `key` (again, after a failure). Never rejects: resolves to undefined on a failure. */
  load(key: K): Promise<V | undefined>;
}

/** A LazyMap whose values come from `load(key)`. */
export function lazyMap<K, V>(load: (key: K) => Promise<V>): LazyMap<K, V> {
  const done = new Map<K, V>();
  const pending = new Map<K, Promise<V | undefined>>();
  const failed = new Set<K>();
  return {
    get: (key) => done.get(key),
    values: () => [...done.values()],
    state: (key) =>
      done.has(key)
        ? 'loaded'
        : pending.has(key)
          ? 'loading'
          : failed.has(key)
            ? 'failed'
            : undefined,
    load(key) {
      if (done.has(key)) return Promise.resolve(done.get(key));
      let p = pending.get(key);
      if (!p) {
        failed.delete(key);
        p = Promise.resolve()
          .then(() => load(key))
          .then(
            (value) => {
              done.set(key, value);
              return value;
            },
            () => {
              failed.add(key);
              return undefined;
            },
          )
          .finally(() => pending.delete(key));
        pending.set(key, p);
      }
      return p;
    },
  };
}
