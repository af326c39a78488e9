// Right-to-left: the same layout seen in a mirror. Pure (no DOM).
//
// A timeline in a right-to-left page runs from right to left (horizontal: the earliest event at
// the right; vertical: the axis at the right and the labels to its left). The layout is computed
// left to right and mirrored here, at the last step, so that zoom transforms, lanes and clusters
// stay in one coordinate system; `toLayoutTransform` converts a transform between the screen
// (what d3-zoom sees in a mirrored chart) and the layout.
import type { Box, EventLayout, TimelineLayout } from './layout.js';
import type { ZoomTransformLike } from './scale.js';

type Line = [number, number, number, number];

/**
 * The layout mirrored about the vertical centre line of its content: every x becomes
 * `contentWidth − x`. Horizontally, positions along the time axis mirror too (and `position` /
 * `invert` follow); vertically, positions along the axis are y coordinates and stay.
 */
export function mirrorLayout(layout: TimelineLayout): TimelineLayout {
  const w = layout.contentWidth;
  const x = (v: number) => w - v;
  const box = (b: Box): Box => ({ ...b, x: w - b.x - b.width });
  const line = (l: Line): Line => [x(l[0]), l[1], x(l[2]), l[3]];
  const horizontal = layout.orientation === 'horizontal';
  const along = horizontal ? x : (v: number) => v;
  const event = (e: EventLayout): EventLayout => ({
    ...e,
    pos: along(e.pos),
    span: e.span && horizontal ? [x(e.span[1]), x(e.span[0])] : e.span,
    marker: { x: x(e.marker.x), y: e.marker.y },
    box: box(e.box),
    leader: line(e.leader),
    // `flipped` is relative to the reading direction (the label's text aligns to the marker with
    // CSS `text-align: end`), so it stays as it is.
  });
  const { position, invert } = layout;
  return {
    ...layout,
    axis: line(layout.axis),
    events: layout.events.map(event),
    clusters: layout.clusters.map((c) => ({ ...c, pos: along(c.pos), box: box(c.box) })),
    ticks: layout.ticks.map((t) => ({ ...t, pos: along(t.pos), x: x(t.x) })),
    today: layout.today && {
      ...layout.today,
      pos: along(layout.today.pos),
      line: line(layout.today.line),
      labelX: x(layout.today.labelX),
    },
    position: horizontal ? (date) => x(position(date)) : position,
    invert: horizontal ? (pos) => invert(x(pos)) : invert,
  };
}

/**
 * Converts a horizontal zoom transform between the screen of a mirrored chart of `width` pixels
 * and its layout (the conversion is its own inverse). A drag to the right then moves the content
 * to the right, and a zoom keeps the point under the pointer in place, in both directions.
 */
export function toLayoutTransform(t: ZoomTransformLike, width: number): ZoomTransformLike {
  return { k: t.k, x: width * (1 - t.k) - t.x, y: t.y };
}
