// The view during a gesture, from the layout the gesture started from. Pure (no DOM).
//
// A drag at one zoom moves the canvas as one. What it brings into view beside the starting
// layout comes from strips: the timeline laid out one view-width to the side (each strip is a
// view of its own, so its labels keep inside it and never overlap a neighbour's), joined to the
// starting layout in its coordinates. A strip is laid out a quarter of a view before it shows,
// and drawn an eighth of a view at a time as the drag brings it near, so its labels come in a
// few at a time, not all at once.
// A pinch moves the starting layout to the new zoom (moveLayout).
import type {
  ClusterLayout,
  EventLayout,
  ShownLabel,
  TickLayout,
  TimelineLayout,
  TodayLayout,
} from './layout.js';
import { moveLayout, type MoveOptions } from './move.js';
import type { ZoomTransformLike } from './scale.js';

/** The layout a gesture started from, and what a drag at its zoom has laid out beside it. */
export interface GestureBase {
  layout: TimelineLayout;
  transform: ZoomTransformLike;
  /** Strips beside the view, by offset in view-widths (−1: the view to the left). */
  strips?: Map<number, TimelineLayout>;
  /** Strips asked for and not laid out yet (see `later`). */
  pending?: Set<number>;
  /** `layout` joined with its strips. */
  joined?: TimelineLayout;
  /** What of `joined` is drawn, and the range it was cut to. */
  drawn?: { layout: TimelineLayout; source: TimelineLayout; from: number; to: number };
}

export interface ViewOptions extends MoveOptions {
  /** Lays the timeline out at a transform (the element's full layout, as at rest). */
  layoutAt(transform: ZoomTransformLike): TimelineLayout;
  /**
   * Runs a strip's layout later, in a task of its own (e.g. `setTimeout`), so that it does not
   * add to the frame of the drag step that asks for it: the strip is asked for a quarter of a view
   * before it shows. Without it, strips are laid out at once.
   */
  later?(run: () => void): void;
}

export interface MovedView {
  /** Zoom ratio from the base. */
  k: number;
  /** A drag at the base's zoom: how far the canvas moves (pixels, layout coordinates). */
  dx: number;
  layout: TimelineLayout;
}

/** Strips laid out to either side of the view, at most (a longer drag lays out again). */
export const MAX_STRIPS = 2;
/** How far ahead of the view a strip is laid out, in view-widths. */
const AHEAD = 0.25;
/**
 * The drawn range grows in steps of this many view-widths, so that most frames of a drag move
 * the canvas and nothing else.
 */
const STEP = 0.125;
/** Drawn beyond each edge of the view, at least, in pixels. */
const MARGIN = 32;

/** The transform at which the strip `i` view-widths to the right of the view at `t` is laid out. */
export function stripTransform(t: ZoomTransformLike, i: number, width: number): ZoomTransformLike {
  return { k: t.k, x: t.x - i * width, y: t.y };
}

/** The labels of a horizontal layout, where they are: `keep` for the next layout of the view. */
export function shownLabels(layout: TimelineLayout): Map<string, ShownLabel> {
  return new Map(
    layout.events.map((e) => [e.id, { lane: e.lane, dx: e.box.x - e.pos, flipped: e.flipped }]),
  );
}

const round = (v: number) => Math.round(v * 100) / 100;

/**
 * A horizontal layout moved `d` pixels along its time axis (`position` and `invert` follow),
 * every x rounded to a hundredth of a pixel: what the element draws, in its canvas's
 * coordinates. Rounded so that a label laid out again at the same place, in a view that moved,
 * gets the same coordinates to the digit.
 */
export function shiftLayout(l: TimelineLayout, d: number): TimelineLayout {
  const x = (v: number) => round(v + d);
  const { today, axis } = l;
  return {
    ...l,
    position: (date) => l.position(date) + d,
    invert: (pos) => l.invert(pos - d),
    axis: [x(axis[0]), axis[1], x(axis[2]), axis[3]],
    events: l.events.map((e) => eventAlong(e, x)),
    clusters: l.clusters.map((c) => clusterAlong(c, x)),
    ticks: l.ticks.map((t) => tickAlong(t, x)),
    today: today && todayAlong(today, x),
  };
}

/** Maps positions along a horizontal time axis (x coordinates). */
type Along = (x: number) => number;

function eventAlong(e: EventLayout, x: Along): EventLayout {
  const [x1, y1, x2, y2] = e.leader;
  return {
    ...e,
    pos: x(e.pos),
    span: e.span && [x(e.span[0]), x(e.span[1])],
    marker: { x: x(e.marker.x), y: e.marker.y },
    box: { ...e.box, x: x(e.box.x) },
    leader: [x(x1), y1, x(x2), y2],
  };
}

function clusterAlong(c: ClusterLayout, x: Along): ClusterLayout {
  return { ...c, pos: x(c.pos), box: { ...c.box, x: x(c.box.x) } };
}

function tickAlong(t: TickLayout, x: Along): TickLayout {
  return { ...t, pos: x(t.pos), x: x(t.x) };
}

function todayAlong(t: TodayLayout, x: Along): TodayLayout {
  const [x1, y1, x2, y2] = t.line;
  return { ...t, pos: x(t.pos), line: [x(x1), y1, x(x2), y2], labelX: x(t.labelX) };
}

/**
 * A horizontal layout joined with strips laid out beside it (strip `i` at
 * `stripTransform(transform, i, width)`), in the layout's coordinates. An event shows once, from
 * the first layout that has it (the base, then the strips nearest to it).
 */
export function joinStrips(
  base: TimelineLayout,
  strips: ReadonlyMap<number, TimelineLayout>,
): TimelineLayout {
  const width = base.width;
  const ids = new Set<string>();
  const keys = new Set<string>();
  const values = new Set<number>();
  const events: EventLayout[] = [];
  const clusters: ClusterLayout[] = [];
  const ticks: TimelineLayout['ticks'] = [];
  let { today, lanes } = base;
  let [x1, , x2] = base.axis;
  const parts: [number, TimelineLayout][] = [[0, base], ...strips];
  parts.sort((a, b) => Math.abs(a[0]) - Math.abs(b[0]));
  for (const [i, l] of parts) {
    const d = i * width;
    const along = (v: number) => v + d;
    for (const e of l.events) {
      if (ids.has(e.id)) continue;
      ids.add(e.id);
      events.push(d ? eventAlong(e, along) : e);
    }
    for (const c of l.clusters) {
      if (keys.has(c.key) || c.ids.some((id) => ids.has(id))) continue;
      const moved = d ? clusterAlong(c, along) : c;
      // (Badges astride the seam of two strips: the one nearer the base is kept.)
      const { x, width: w } = moved.box;
      if (d && clusters.some((o) => o.box.x < x + w && x < o.box.x + o.box.width)) continue;
      keys.add(c.key);
      clusters.push(moved);
    }
    for (const t of l.ticks) {
      if (values.has(t.value.getTime())) continue;
      values.add(t.value.getTime());
      ticks.push(d ? tickAlong(t, along) : t);
    }
    if (!today && l.today) today = todayAlong(l.today, along);
    lanes = Math.max(lanes, l.lanes);
    x1 = Math.min(x1, l.axis[0] + d);
    x2 = Math.max(x2, l.axis[2] + d);
  }
  const order = (a: { pos: number }, b: { pos: number }) => a.pos - b.pos;
  return {
    ...base,
    axis: [x1, base.axis[1], x2, base.axis[3]],
    lanes,
    events: events.sort((a, b) => a.index - b.index),
    clusters: clusters.sort(order),
    ticks: ticks.sort(order),
    today,
  };
}

/**
 * What of a layout lies between `from` and `to` along the time axis: events whose marker, span or
 * label (box and leader) reaches into it, and badges. With `markers`, an event is kept by its
 * marker or span alone (what a view shows of the timeline, not the labels held at its edge).
 */
export function cullLayout(
  l: TimelineLayout,
  from: number,
  to: number,
  markers = false,
): TimelineLayout {
  const near = (a: number, b: number) => b >= from && a <= to;
  return {
    ...l,
    events: l.events.filter((e) => {
      const [a = e.pos, b = e.pos] = e.span ?? [];
      return markers
        ? near(a, b)
        : near(Math.min(e.box.x, a, e.pos), Math.max(e.box.x + e.box.width, b, e.pos));
    }),
    clusters: l.clusters.filter((c) => near(c.box.x, c.box.x + c.box.width)),
  };
}

/**
 * A gesture that starts while another is under way (a drag right after a pinch) starts from the
 * view as it is shown: what the pinch moved out of view stays out, so that a drag reveals the
 * layout's edge, not the labels held at that edge for markers beyond it.
 */
export function restartGesture(layout: TimelineLayout, transform: ZoomTransformLike): GestureBase {
  return { layout: cullLayout(layout, 0, layout.width, true), transform };
}

/**
 * The view at `t` of a gesture that started from `base`, or null when the caller should lay the
 * timeline out again: a pinch that would leave more than a third of the view empty, or a drag
 * farther than `MAX_STRIPS` view-widths. Horizontal layouts only. A drag lays out (and caches in
 * `base`) the strips it brings near the view.
 */
export function moveView(
  base: GestureBase,
  t: ZoomTransformLike,
  options: ViewOptions,
): MovedView | null {
  const width = base.layout.width;
  const r = t.k / base.transform.k;
  if (!Number.isFinite(r) || r <= 0) return null;
  if (r !== 1) {
    const left = t.x - r * base.transform.x;
    const right = left + r * width;
    if (left > width / 3 || right < (width * 2) / 3) return null;
    return { k: r, dx: 0, layout: moveLayout(base.layout, base.transform, t, options) };
  }
  const dx = t.x - base.transform.x;
  // The view in the base's coordinates, and ahead of it on the side the drag reveals.
  const from = -dx;
  const to = width - dx;
  const first = Math.floor((dx > 0 ? from - AHEAD * width : from) / width);
  const last = Math.ceil((dx < 0 ? to + AHEAD * width : to) / width) - 1;
  if (first < -MAX_STRIPS || last > MAX_STRIPS) return null;
  const strips = (base.strips ??= new Map());
  const pending = (base.pending ??= new Set());
  for (let i = first; i <= last; i++) {
    if (i === 0 || strips.has(i) || pending.has(i)) continue;
    const add = () => {
      pending.delete(i);
      strips.set(i, options.layoutAt(stripTransform(base.transform, i, width)));
      base.joined = undefined;
    };
    if (options.later) {
      pending.add(i);
      options.later(add);
    } else add();
  }
  if (strips.size) base.joined ??= joinStrips(base.layout, strips);
  const step = STEP * width;
  // (What was drawn stays drawn until the gesture ends: removing it would cost a frame too.)
  const drawn = base.drawn;
  const lo = Math.min(Math.floor((from - MARGIN) / step) * step, drawn?.from ?? Infinity);
  const hi = Math.max(Math.ceil((to + MARGIN) / step) * step, drawn?.to ?? -Infinity);
  const source = base.joined ?? base.layout;
  const shown =
    drawn && drawn.source === source && drawn.from === lo && drawn.to === hi
      ? drawn
      : (base.drawn = { layout: cullLayout(source, lo, hi), source, from: lo, to: hi });
  return { k: 1, dx, layout: shown.layout };
}
