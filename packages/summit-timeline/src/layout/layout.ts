// layoutTimeline: pixels in, pixels out. Pure (no DOM): a UTC time scale and calendar ticks shaped
// like d3-scale's scaleUtc and d3-time's utcTicks (see scale.ts for why they are our own); this
// module places markers, label lanes, cluster badges and the "today" marker. Only what lies in the
// visible window is returned (virtualisation): the element renders exactly these.
import type { EventKind, TimelineEvent } from '../data/types.js';
import { parseCalendarDate, periodEnd, periodStart, type CalendarDate } from '../data/dates.js';
import { Lanes, lowerBound, upperBound, type Extent } from './lanes.js';
import { clusterByDistance } from './clusters.js';
import {
  IDENTITY,
  maxZoom,
  paddedExtent,
  timeScale,
  zoomedScale,
  type ZoomTransformLike,
} from './scale.js';
import { computeTicks, tickUnit, widestTickLabel, type Tick } from './ticks.js';

export type Orientation = 'horizontal' | 'vertical';

/** Orientation for a width: horizontal from 640 px, vertical below. */
export function autoOrientation(width: number): Orientation {
  return width >= 640 ? 'horizontal' : 'vertical';
}

export interface LayoutOptions {
  /** Width of the visible area, in pixels. */
  width: number;
  /** Height of the visible area, in pixels. */
  height: number;
  /** Zoom: `{ k, x, y }` as d3-zoom gives it. Horizontal uses `k` and `x`; vertical `k` and `y`. */
  transform?: ZoomTransformLike;
  /** Places the "today" marker; no marker without it. */
  now?: Date | number;
  /** Width in pixels of a label's text. Default: a deterministic estimate from its characters. */
  measure?: (text: string) => number;
  /** Default: `autoOrientation(width)`. */
  orientation?: Orientation;
  /** The unzoomed time range. Default: the events' extent, padded. */
  domain?: readonly [Date | number, Date | number];
  /** A label's lines of text. Default: the English title. */
  label?: (event: TimelineEvent) => readonly string[];
  /** Lower numbers get a label first where space is short. Default: summits, milestones, meetings. */
  priority?: (event: TimelineEvent) => number;
  /** Ids of events labelled before all others (e.g. the focused and the selected one). */
  pinned?: readonly (string | null | undefined)[];
  /** BCP 47 language of the tick labels. Default `en`. */
  locale?: string;
  /** Text of a cluster badge for a count. Default `String(n)`. */
  formatCount?: (n: number) => string;
  /** Text of the "today" marker. Default `Today`. */
  todayLabel?: string;
  /** Vertical: how far the visible window is scrolled from the top of the content. */
  scroll?: number;
  /** Vertical: pixels laid out beyond each end of the visible window. Default: `height`. */
  overscan?: number;
  /** Height of a line of label text. Default 17. */
  lineHeight?: number;
  /** Lines per label (more are dropped). Default 2. */
  labelLines?: number;
  /**
   * Horizontal: labels shown before, by event id (see `shownLabels`). Among events of equal
   * priority they are placed first, and each keeps its lane and its place beside its marker
   * where that place is free and inside the view. A view laid out again at the same zoom (the
   * end of a drag, a selection) then leaves the labels where the reader saw them.
   */
  keep?: ReadonlyMap<string, ShownLabel>;
}

/** Where a label was: its lane, and its box's left edge less its marker's position. */
export interface ShownLabel {
  lane: number;
  dx: number;
  flipped: boolean;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface EventLayout {
  id: string;
  /** Index in time order among all the events given (for aria-posinset). */
  index: number;
  event: TimelineEvent;
  /** Position of the marker along the time axis (the middle of the event's period). */
  pos: number;
  /** The event's period along the time axis, when it is wider than the marker. */
  span: [number, number] | null;
  lane: number;
  /** The marker's centre. */
  marker: { x: number; y: number };
  /** The label's box; no two boxes overlap. */
  box: Box;
  /** Leader line from the marker to the label: x1, y1, x2, y2. */
  leader: [number, number, number, number];
  /**
   * Horizontal: the label opens against the reading direction, toward earlier dates (left to
   * right: it sits left of its marker, near the right edge; mirrored for right to left).
   */
  flipped: boolean;
  lines: string[];
  /** The text is wider than the box (shown with an ellipsis). */
  truncated: boolean;
}

export interface ClusterLayout {
  /** Stable key: `cluster:` and the first member's id. */
  key: string;
  ids: string[];
  /** Indices in time order of the members. */
  indices: number[];
  count: number;
  /** Time range of the members (epoch ms): zooming to it shows them. */
  from: number;
  to: number;
  pos: number;
  box: Box;
  label: string;
}

export interface TickLayout extends Tick {
  /** Anchor point of the label. */
  x: number;
  y: number;
}

export interface TodayLayout {
  pos: number;
  line: [number, number, number, number];
  labelX: number;
  labelY: number;
  label: string;
}

export interface TimelineLayout {
  orientation: Orientation;
  width: number;
  height: number;
  /** Size of the laid-out content (vertical: taller than `height`, scrolled natively). */
  contentWidth: number;
  contentHeight: number;
  /** The axis line: x1, y1, x2, y2. */
  axis: [number, number, number, number];
  lanes: number;
  events: EventLayout[];
  clusters: ClusterLayout[];
  ticks: TickLayout[];
  today: TodayLayout | null;
  /** The time range in the visible window. */
  visible: [Date, Date];
  /** Zoom factor at which the visible window spans about two weeks. */
  maxZoom: number;
  /** Number of events given (with valid dates). */
  total: number;
  /** Position along the time axis of a date, at this zoom. */
  position(date: Date | number): number;
  /** Date at a position along the time axis, at this zoom. */
  invert(pos: number): Date;
}

/**
 * Horizontal tick labels under the axis at `axisPos`: those an edge would cut, or that would
 * collide with the "today" label, are left out.
 */
export function placeHorizontalTicks(
  ticks: readonly Tick[],
  width: number,
  axisPos: number,
  today: TodayLayout | null,
  measure: (text: string) => number,
): TickLayout[] {
  const out: TickLayout[] = [];
  for (const t of ticks) {
    const half = measure(t.label) / 2;
    if (t.pos - half < 0 || t.pos + half > width) continue;
    if (today && Math.abs(t.pos - today.pos) < (measure(today.label) + 2 * half) / 2 + 8) continue;
    out.push({ ...t, x: t.pos, y: axisPos + 20 });
  }
  return out;
}

// Geometry, in CSS pixels.
const R = 6; // marker radius
const PAD_X = 6; // label padding along its text
const PAD_Y = 3;
const GAP = 10; // between labels in a lane
const TICK_ROW = 30; // horizontal: below the axis
const BADGE_H = 20;
const H_PAD = 16; // horizontal: unzoomed range inset
const V_PAD = 28; // vertical: content inset at top and bottom
const LANE_MIN = 200; // vertical: narrowest lane

const KIND_PRIORITY: Record<EventKind, number> = {
  summit: 0,
  'virtual-summit': 1,
  milestone: 2,
  ministerial: 3,
};

/** Deterministic label width: 7 px per Latin character, 13 px per CJK or full-width one. */
export function defaultMeasure(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue; // second half of a surrogate pair
    w += c >= 0x2e80 && c <= 0xffef && (c < 0xd800 || c > 0xdbff) ? 13 : 7;
  }
  return w;
}

function englishTitle(e: TimelineEvent): readonly string[] {
  const t = e.title as unknown;
  if (typeof t === 'string') return [t];
  if (t && typeof t === 'object' && typeof (t as { en?: unknown }).en === 'string') {
    return [(t as { en: string }).en];
  }
  return [e.id];
}

function defaultPriority(e: TimelineEvent): number {
  return KIND_PRIORITY[e.kind] ?? 4;
}

interface Prepared {
  /** Events with valid dates, in time order. */
  sorted: TimelineEvent[];
  starts: Float64Array;
  ends: Float64Array;
  mids: Float64Array;
  /** Median gap between consecutive events (ms), for the vertical content length. */
  medianGap: number;
}

const prepared = new WeakMap<readonly TimelineEvent[], Prepared>();

/** Events sorted in time order (start, then end, then id); events with invalid dates are left out. */
export function sortEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  return prepare(events).sorted;
}

function prepare(events: readonly TimelineEvent[]): Prepared {
  const cached = prepared.get(events);
  if (cached) return cached;
  const rows: { e: TimelineEvent; s: number; en: number }[] = [];
  for (const e of Array.isArray(events) ? events : []) {
    const sd = e && typeof e.start === 'string' ? parseCalendarDate(e.start) : undefined;
    const ed = e && typeof e.end === 'string' ? parseCalendarDate(e.end) : sd;
    // Not a calendar date: not placed (validation reports it).
    if (!sd || !ed) continue;
    const s = startMs(sd);
    rows.push({ e, s, en: Math.max(endMs(ed), s) });
  }
  rows.sort((a, b) => a.s - b.s || a.en - b.en || (a.e.id < b.e.id ? -1 : a.e.id > b.e.id ? 1 : 0));
  const n = rows.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const mids = new Float64Array(n);
  rows.forEach((r, i) => {
    starts[i] = r.s;
    ends[i] = r.en;
    mids[i] = (r.s + r.en) / 2;
  });
  const gaps: number[] = [];
  for (let i = 1; i < n; i++) if (mids[i]! > mids[i - 1]!) gaps.push(mids[i]! - mids[i - 1]!);
  gaps.sort((a, b) => a - b);
  const p: Prepared = {
    sorted: rows.map((r) => r.e),
    starts,
    ends,
    mids,
    medianGap: gaps.length ? gaps[gaps.length >> 1]! : 0,
  };
  if (Array.isArray(events)) prepared.set(events, p);
  return p;
}

/** The default (padded) time domain of events, in epoch ms. */
export function extentOf(events: readonly TimelineEvent[]): [number, number] {
  const p = prepare(events);
  return paddedExtent(p.starts, p.ends);
}

/**
 * Unzoomed length of the vertical time axis: long enough that a typical gap between events holds
 * a label (the content then scrolls natively), at least the visible height, at most 60 heights.
 */
export function verticalLength(
  domain: readonly [number, number],
  medianGap: number,
  height: number,
  labelExtent: number,
): number {
  const span = domain[1] - domain[0];
  const wanted = medianGap > 0 ? (span / medianGap) * labelExtent : height;
  return Math.max(height, Math.min(wanted, 60 * height));
}

/** periodStart in epoch ms, without a Date object for years from 100 on. */
function startMs(d: CalendarDate): number {
  return d.year >= 100
    ? Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1)
    : periodStart(d).getTime();
}

/** periodEnd (exclusive) in epoch ms. */
function endMs(d: CalendarDate): number {
  if (d.year < 100) return periodEnd(d).getTime();
  if (d.precision === 'year') return Date.UTC(d.year + 1, 0, 1);
  if (d.precision === 'month') return Date.UTC(d.year, d.month!, 1);
  return Date.UTC(d.year, d.month! - 1, d.day! + 1);
}

function num(d: Date | number): number {
  return typeof d === 'number' ? d : d.getTime();
}

function finite(n: number, fallback: number): number {
  return Number.isFinite(n) ? n : fallback;
}

/** Lays out a timeline. See {@link LayoutOptions}; the result is in CSS pixels. */
export function layoutTimeline(
  events: readonly TimelineEvent[],
  options: LayoutOptions,
): TimelineLayout {
  const width = Math.max(0, finite(options.width, 0));
  const height = Math.max(0, finite(options.height, 0));
  const orientation = options.orientation ?? autoOrientation(width);
  const horizontal = orientation === 'horizontal';
  const measure = options.measure ?? defaultMeasure;
  const label = options.label ?? englishTitle;
  const priority = options.priority ?? defaultPriority;
  const locale = options.locale ?? 'en';
  const formatCount = options.formatCount ?? String;
  const lh = options.lineHeight ?? 17;
  const maxLines = Math.max(1, options.labelLines ?? 2);
  const tr = options.transform ?? IDENTITY;
  const k = tr.k > 0 && Number.isFinite(tr.k) ? tr.k : 1;

  const p = prepare(events);
  const n = p.sorted.length;
  const domain: [number, number] = options.domain
    ? [num(options.domain[0]), num(options.domain[1])]
    : // Vertical content is long and inset already: pad it less.
      paddedExtent(p.starts, p.ends, horizontal ? 0.04 : 0.005);
  if (!(domain[1] > domain[0])) domain[1] = domain[0] + 864e5;

  const boxH = maxLines * lh + 2 * PAD_Y;
  const badgeW = Math.max(24, measure(formatCount(Math.max(n, 1))) + 14);

  // The scale, its window and the content size.
  let scale;
  let offset = 0;
  let win: [number, number];
  const contentWidth = width;
  let contentHeight = height;
  let baseLength: number;
  if (horizontal) {
    baseLength = Math.max(1, width - 2 * H_PAD);
    scale = zoomedScale(domain, [H_PAD, width - H_PAD], { k, x: finite(tr.x, 0), y: 0 }, 'x');
    win = [0, width];
  } else {
    const L = verticalLength(domain, p.medianGap, height, boxH + 8);
    baseLength = Math.max(1, L - 2 * V_PAD);
    scale = zoomedScale(domain, [0, baseLength], { k, x: 0, y: finite(tr.y, 0) }, 'y');
    offset = V_PAD;
    contentHeight = k * baseLength + 2 * V_PAD;
    const scroll = Math.max(0, finite(options.scroll ?? 0, 0));
    const over = Math.max(0, finite(options.overscan ?? height, height));
    win = [Math.max(0, scroll - over), Math.min(contentHeight, scroll + height + over)];
  }
  const position = (d: Date | number) => offset + scale(num(d));
  const invert = (pos: number) => scale.invert(pos - offset);
  const viewLength = horizontal ? width : height;
  const zoomLimit = Math.max(1, maxZoom(domain) * (viewLength / baseLength));

  // Ticks (and, vertically, the axis position that leaves room for their labels).
  const [r0, r1] = scale.range();
  const [d0, d1] = scale.domain();
  const tickScale = timeScale([d0.getTime(), d1.getTime()], [r0 + offset, r1 + offset]);
  const ticks0 = computeTicks(tickScale, win[0], win[1], {
    spacing: horizontal ? 100 : 64,
    locale,
    ...(horizontal ? { measure } : {}),
  });
  const todayLabel = options.todayLabel ?? 'Today';
  const axisPos = horizontal
    ? height - TICK_ROW
    : Math.max(
        48,
        widestTickLabel(tickUnit(ticks0.map((t) => t.value)), locale, measure),
        measure(todayLabel),
      ) + 18;
  const axis: [number, number, number, number] = horizontal
    ? [0, axisPos, width, axisPos]
    : [axisPos, 0, axisPos, contentHeight];

  // Today.
  let today: TodayLayout | null = null;
  if (options.now !== undefined) {
    const tp = position(options.now);
    if (Number.isFinite(tp) && tp >= win[0] && tp <= win[1]) {
      today = horizontal
        ? {
            pos: tp,
            line: [tp, 0, tp, axisPos],
            labelX: tp,
            labelY: axisPos + 20,
            label: todayLabel,
          }
        : {
            pos: tp,
            line: [axisPos - 6, tp, width, tp],
            labelX: axisPos - 10,
            labelY: tp,
            label: todayLabel,
          };
    }
  }
  const ticks: TickLayout[] = horizontal
    ? placeHorizontalTicks(ticks0, width, axisPos, today, measure)
    : [];
  if (!horizontal) {
    for (const t of ticks0) {
      // Labels that would be cut by an edge are left out.
      if (t.pos - lh / 2 < 0 || t.pos + lh / 2 > contentHeight) continue;
      if (today && Math.abs(t.pos - today.pos) < lh + 2) continue;
      ticks.push({ ...t, x: axisPos - 10, y: t.pos });
    }
  }

  // Events whose marker lies in the window.
  const lo = lowerBound(p.mids, invert(win[0]).getTime());
  const hi = upperBound(p.mids, invert(win[1]).getTime());
  const idx = new Int32Array(Math.max(0, hi - lo));
  for (let i = lo; i < hi; i++) idx[i - lo] = i;

  // Label extents along the time axis and lanes.
  const labelX0 = axisPos + 10 + badgeW + 8;
  const laneAvail = Math.max(0, width - labelX0 - 4);
  const vLanes = Math.max(1, Math.floor(laneAvail / LANE_MIN));
  const vLaneW = laneAvail / vLanes;
  const laneTop = 4;
  const laneBottom = axisPos - R - BADGE_H - 10;
  const hLaneH = boxH + 6;
  const laneCount = horizontal
    ? Math.max(0, Math.floor((laneBottom - laneTop) / hLaneH))
    : laneAvail >= 40
      ? vLanes
      : 0;

  interface Item {
    i: number;
    pos: number;
    lines: string[];
    textW: number;
    boxW: number;
    flipped: boolean;
    x: number;
    y: number;
  }
  // Linear in time: position = a × ms + b (the same mapping as `scale`, without a call per event).
  const t0 = domain[0];
  const t1 = domain[1];
  const a = (scale(t1) - scale(t0)) / (t1 - t0);
  const b = offset + scale(t0) - a * t0;
  const m = idx.length;
  const pos = new Float64Array(m);
  const prio = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    const i = idx[j]!;
    pos[j] = a * p.mids[i]! + b;
    let pr: number;
    try {
      pr = finite(Number(priority(p.sorted[i]!)), 0);
    } catch {
      pr = 0;
    }
    prio[j] = pr;
  }
  const pinned = new Set(options.pinned ?? []);
  if (pinned.size) {
    for (let j = 0; j < m; j++) if (pinned.has(p.sorted[idx[j]!]!.id)) prio[j] = -Infinity;
  }
  const keep = horizontal ? options.keep : undefined;
  const kept: (ShownLabel | undefined)[] = keep?.size
    ? Array.from(idx, (i) => keep.get(p.sorted[i]!.id))
    : [];
  const order = Array.from(idx, (_, j) => j).sort(
    (u, v) => prio[u]! - prio[v]! || +!kept[u] - +!kept[v] || u - v,
  );

  /** The label of the j-th event in the window: its text, size and extent along the time axis. */
  const makeItem = (j: number): [Item, Extent] => {
    const i = idx[j]!;
    const e = p.sorted[i]!;
    const at = pos[j]!;
    let lines: string[];
    try {
      const all = label(e);
      lines = [];
      for (let l = 0; l < all.length && l < maxLines; l++) lines.push(String(all[l]));
    } catch {
      lines = [e.id];
    }
    let textW = 0;
    for (const line of lines) textW = Math.max(textW, finite(measure(line), 0));
    if (horizontal) {
      const boxW = Math.min(textW + 2 * PAD_X, width);
      let x = at;
      let flipped = false;
      if (at + boxW > width && at - boxW >= 0) {
        flipped = true;
        x = at - boxW;
      }
      x = Math.max(0, Math.min(x, width - boxW));
      const item = { i, pos: at, lines, textW, boxW, flipped, x, y: 0 };
      return [item, { start: x - GAP / 2, end: x + boxW + GAP / 2 }];
    }
    const boxW = Math.max(0, Math.min(textW + 2 * PAD_X, vLaneW - 8));
    const y = at - lh / 2 - PAD_Y;
    const item = { i, pos: at, lines, textW, boxW, flipped: false, x: labelX0, y };
    return [item, { start: y - 2, end: y + boxH + 2 }];
  };

  // Lanes, by priority. A label's extent always contains a small span around its marker: where
  // that span finds no lane, the label cannot either, and it is not even composed or measured
  // (with thousands of events, most are clustered at a glance).
  const laneSet = new Lanes(laneCount);
  const lanes = new Int32Array(m).fill(-1);
  const items: (Item | undefined)[] = new Array(m);
  for (const j of order) {
    const at = pos[j]!;
    // (Vertically the extent does not depend on the text: the probe is the extent itself.)
    const top = at - lh / 2 - PAD_Y;
    const free = horizontal
      ? laneSet.find(at - GAP / 2, at + GAP / 2)
      : laneSet.find(top - 2, top + boxH + 2);
    if (free < 0) continue;
    const [item, extent] = makeItem(j);
    let lane = -1;
    const was = kept[j];
    if (was) {
      // Where it was, if that is free and inside the view.
      const x = at + was.dx;
      const start = x - GAP / 2;
      const end = x + item.boxW + GAP / 2;
      if (x >= 0 && x + item.boxW <= width && laneSet.fits(was.lane, start, end)) {
        lane = was.lane;
        item.x = x;
        item.flipped = was.flipped;
        extent.start = start;
        extent.end = end;
      }
    }
    if (lane < 0) lane = laneSet.find(extent.start, extent.end);
    if (lane < 0) continue;
    laneSet.add(lane, extent.start, extent.end);
    lanes[j] = lane;
    items[j] = item;
  }

  const placed: EventLayout[] = [];
  const unplaced: { i: number; pos: number }[] = [];
  for (let j = 0; j < m; j++) {
    const lane = lanes[j]!;
    const it = items[j];
    if (lane < 0 || !it) {
      unplaced.push({ i: idx[j]!, pos: pos[j]! });
      continue;
    }
    const e = p.sorted[it.i]!;
    const s = a * p.starts[it.i]! + b;
    const en = a * p.ends[it.i]! + b;
    const span: [number, number] | null = en - s > 2 * R ? [s, en] : null;
    let box: Box;
    let marker: { x: number; y: number };
    let leader: [number, number, number, number];
    if (horizontal) {
      const by = laneBottom - lane * hLaneH - boxH;
      box = { x: it.x, y: by, width: it.boxW, height: boxH };
      marker = { x: it.pos, y: axisPos };
      const lx = Math.max(box.x, Math.min(it.pos, box.x + box.width));
      leader = [it.pos, axisPos - R, lx, by + boxH];
    } else {
      const bx = labelX0 + lane * vLaneW;
      box = { x: bx, y: it.y, width: it.boxW, height: boxH };
      marker = { x: axisPos, y: it.pos };
      leader = [axisPos + R, it.pos, bx, it.pos];
    }
    placed.push({
      id: e.id,
      index: it.i,
      event: e,
      pos: it.pos,
      span,
      lane,
      marker,
      box,
      leader,
      flipped: it.flipped,
      lines: it.lines,
      truncated: it.textW + 2 * PAD_X > it.boxW + 0.5,
    });
  }

  // Clusters of the events that found no lane.
  const reach = horizontal ? badgeW + 6 : BADGE_H + 6;
  const clusters: ClusterLayout[] = clusterByDistance(unplaced, (it) => it.pos, reach).map((g) => {
    const first = g.members[0]!;
    const last = g.members[g.members.length - 1]!;
    const text = formatCount(g.members.length);
    const w = Math.max(24, measure(text) + 14);
    const box: Box = horizontal
      ? { x: g.pos - w / 2, y: axisPos - R - 4 - BADGE_H, width: w, height: BADGE_H }
      : { x: axisPos + 10, y: g.pos - BADGE_H / 2, width: w, height: BADGE_H };
    return {
      key: `cluster:${p.sorted[first.i]!.id}`,
      ids: g.members.map((m) => p.sorted[m.i]!.id),
      indices: g.members.map((m) => m.i),
      count: g.members.length,
      from: p.starts[first.i]!,
      to: p.ends[last.i]!,
      pos: g.pos,
      box,
      label: text,
    };
  });

  return {
    orientation,
    width,
    height,
    contentWidth,
    contentHeight,
    axis,
    lanes: laneCount,
    events: placed,
    clusters,
    ticks,
    today,
    visible: horizontal
      ? [invert(0), invert(width)]
      : [invert(finite(options.scroll ?? 0, 0)), invert(finite(options.scroll ?? 0, 0) + height)],
    maxZoom: zoomLimit,
    total: n,
    position,
    invert,
  };
}
