// The layout of a horizontal timeline moved by a gesture, without laying it out again. Pure (no DOM).
//
// During a drag or a pinch, every position along the time axis follows the same linear map from
// one zoom transform to the next (`k × base + x`). Moving what is already laid out costs a few
// arithmetic operations per shown event and keeps the same elements on screen; the labels keep
// their lanes and the clusters their members until the gesture ends and the element lays the
// timeline out again (`layoutTimeline`).
import { placeHorizontalTicks, type TimelineLayout } from './layout.js';
import type { ZoomTransformLike } from './scale.js';
import { computeTicks } from './ticks.js';
import { timeScale } from './scale.js';

export interface MoveOptions {
  /** BCP 47 language of the tick labels. Default `en`. */
  locale?: string;
  /** Width in pixels of a text (the same function the layout was made with). */
  measure: (text: string) => number;
}

/**
 * `base`, laid out at zoom `from`, as it looks at zoom `to`. Horizontal layouts only (vertical
 * ones scroll natively); a vertical layout is returned as it is.
 */
export function moveLayout(
  base: TimelineLayout,
  from: ZoomTransformLike,
  to: ZoomTransformLike,
  options: MoveOptions,
): TimelineLayout {
  if (base.orientation !== 'horizontal') return base;
  const r = to.k / from.k;
  if (!Number.isFinite(r) || r <= 0) return base;
  const f = (p: number) => r * (p - from.x) + to.x;
  const fInv = (p: number) => (p - to.x) / r + from.x;
  const { width, axis } = base;
  const axisPos = axis[1];
  const clampX = (x: number, w: number) => Math.max(0, Math.min(x, width - w));

  const events = base.events.map((e) => {
    const pos = f(e.pos);
    const x = clampX(e.flipped ? pos - e.box.width : pos, e.box.width);
    const box = { ...e.box, x };
    const lx = Math.max(x, Math.min(pos, x + box.width));
    return {
      ...e,
      pos,
      span: e.span && ([f(e.span[0]), f(e.span[1])] as [number, number]),
      marker: { x: pos, y: e.marker.y },
      box,
      leader: [pos, e.leader[1], lx, e.leader[3]] as [number, number, number, number],
    };
  });
  const clusters = base.clusters.map((c) => {
    const pos = f(c.pos);
    return { ...c, pos, box: { ...c.box, x: pos - c.box.width / 2 } };
  });
  const today = base.today && {
    ...base.today,
    pos: f(base.today.pos),
    line: [
      f(base.today.line[0]),
      base.today.line[1],
      f(base.today.line[2]),
      base.today.line[3],
    ] as [number, number, number, number],
    labelX: f(base.today.labelX),
  };
  const position = (date: Date | number) => f(base.position(date));
  const invert = (pos: number) => base.invert(fInv(pos));
  const scale = timeScale([invert(0).getTime(), invert(width).getTime()], [0, width]);
  const ticks = placeHorizontalTicks(
    computeTicks(scale, 0, width, {
      spacing: 100,
      measure: options.measure,
      ...(options.locale ? { locale: options.locale } : {}),
    }),
    width,
    axisPos,
    today,
    options.measure,
  );
  return {
    ...base,
    events,
    clusters,
    ticks,
    today,
    visible: [invert(0), invert(width)],
    position,
    invert,
  };
}
