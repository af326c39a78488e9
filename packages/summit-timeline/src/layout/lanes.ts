// Label lanes: no two labels in the same lane overlap along the time axis.

/** A label's extent along the time axis, in pixels (`end` exclusive). */
export interface Extent {
  start: number;
  end: number;
}

/** Lanes of non-overlapping extents (each lane kept sorted, searched by bisection). */
export class Lanes {
  private readonly starts: number[][];
  private readonly ends: number[][];

  constructor(readonly count: number) {
    const n = Math.max(0, Math.floor(count) || 0);
    this.starts = Array.from({ length: n }, () => []);
    this.ends = Array.from({ length: n }, () => []);
  }

  /** The lowest lane where [start, end) overlaps nothing, or -1. */
  find(start: number, end: number): number {
    for (let lane = 0; lane < this.starts.length; lane++) {
      if (this.fits(lane, start, end)) return lane;
    }
    return -1;
  }

  /** [start, end) overlaps nothing in `lane` (false for a lane that does not exist). */
  fits(lane: number, start: number, end: number): boolean {
    const s = this.starts[lane];
    if (!s) return false;
    const at = upperBound(s, start);
    // The extent before must end by our start; the one after must start at or after our end.
    return !(at > 0 && this.ends[lane]![at - 1]! > start) && !(at < s.length && s[at]! < end);
  }

  /** Adds [start, end) to `lane` (which `find` returned for it). */
  add(lane: number, start: number, end: number) {
    const s = this.starts[lane]!;
    const at = upperBound(s, start);
    s.splice(at, 0, start);
    this.ends[lane]!.splice(at, 0, end);
  }
}

/**
 * Places each extent in the lowest lane where it overlaps no extent placed before it, visiting
 * them in `order` (indices into `extents`; e.g. by importance, then time). Returns each extent's
 * lane, or -1 when all `laneCount` lanes are taken at that place (the caller clusters it).
 */
export function assignLanes(
  extents: readonly Extent[],
  laneCount: number,
  order?: readonly number[],
): Int32Array {
  const out = new Int32Array(extents.length).fill(-1);
  const lanes = new Lanes(laneCount);
  for (const i of order ?? extents.map((_, j) => j)) {
    const e = extents[i];
    if (!e) continue;
    const lane = lanes.find(e.start, e.end);
    if (lane < 0) continue;
    lanes.add(lane, e.start, e.end);
    out[i] = lane;
  }
  return out;
}

/** First index whose value is greater than `x` in an ascending array. */
export function upperBound(values: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose value is not less than `x` in an ascending array. */
export function lowerBound(values: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
