// Small statistics helpers.

/** The q-quantile (0..1) of the numbers, linear between closest ranks; null when empty. */
export function quantile(values, q) {
  const xs = values
    .filter((v) => typeof v === 'number' && Number.isFinite(v))
    .sort((a, b) => a - b);
  if (!xs.length) return null;
  const pos = (xs.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo);
}

export const median = (values) => quantile(values, 0.5);

export function summary(values) {
  const xs = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  if (!xs.length) return { n: 0, median: null, p95: null, min: null, max: null };
  return {
    n: xs.length,
    median: round(median(xs)),
    p95: round(quantile(xs, 0.95)),
    min: round(Math.min(...xs)),
    max: round(Math.max(...xs)),
  };
}

export const round = (x, d = 2) =>
  x === null || x === undefined || !Number.isFinite(x)
    ? (x ?? null)
    : Math.round(x * 10 ** d) / 10 ** d;
