// Pan and zoom gestures with d3-zoom. Loaded on demand (the first pointer or touch on the chart, a
// Ctrl/⌘-wheel, a zoom key or button): the CDN build puts it in its own chunk.
// Configured so the page is never trapped: a plain wheel and one-finger vertical swipes scroll the
// page (d3-zoom never sees a touch: its touch handling would cancel a one-finger vertical swipe),
// the wheel zooms only with Ctrl/⌘ (and trackpad pinches, which browsers send as Ctrl-wheel), a
// mouse drag pans along the time axis, double-click does nothing. Touches are followed here with
// pointer events (`touch-action: pan-y` leaves all but vertical swipes to the page's script): one
// finger moving along a horizontal time axis pans it, two fingers pinch.
import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import { toLayoutTransform } from './layout/mirror.js';

// Loaded with the gestures it serves: the element moves the laid-out timeline during a gesture.
export { moveView, restartGesture, shiftLayout, shownLabels } from './layout/pan.js';
import type { ZoomTransformLike } from './layout/scale.js';

export interface ZoomHost {
  horizontal(): boolean;
  /** Horizontal and right to left: the chart is the layout mirrored (see mirrorLayout). */
  mirrored(): boolean;
  size(): { width: number; height: number };
  maxScale(): number;
  /** A user's gesture changed the zoom (`source` is the DOM event that did). */
  gesture(transform: ZoomTransformLike, source: Event): void;
  /** The gestures ended (mouse up, the last wheel step settled), none is under way. */
  end(): void;
  /** A gesture started while another was still under way (a drag right after a pinch). */
  overlap(): void;
  /** A two-finger pinch: zoom by `factor` around the point between the fingers. */
  pinch(factor: number, clientX: number, clientY: number): void;
}

export interface ZoomController {
  /** Tells the behaviour about a transform set from code (keys, buttons, selection). */
  sync(transform: ZoomTransformLike): void;
  /** Re-reads the size, the orientation and the zoom limit. */
  update(): void;
  destroy(): void;
}

export function attachZoom(el: HTMLElement, host: ZoomHost): ZoomController {
  // d3-zoom makes one gesture per input, and a mouse drag that starts while a pinch's last wheel
  // step is settling (150 ms) is a second one: it starts before the first one ends. The host hears
  // of an end only when no gesture is left.
  let active = 0;
  const behavior = zoom<HTMLElement, unknown>()
    .filter((event: Event) => {
      if (event.type === 'wheel') {
        const w = event as WheelEvent;
        return w.ctrlKey || w.metaKey;
      }
      if (event.type === 'mousedown') {
        const m = event as MouseEvent;
        const target = m.composedPath()[0] as Element | undefined;
        const control = target?.closest?.('button, a, summary, .panel');
        return host.horizontal() && m.button === 0 && !m.ctrlKey && !control;
      }
      return false;
    })
    .constrain((t) => {
      if (!host.horizontal()) return t;
      const { width } = host.size();
      const x = Math.min(0, Math.max(width - width * t.k, t.x));
      return zoomIdentity.translate(x, 0).scale(t.k);
    })
    .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
      if (!event.sourceEvent) return;
      const { k, x, y } = event.transform;
      host.gesture(toLayout({ k, x, y }), event.sourceEvent as Event);
    })
    .on('start', () => {
      if (active++ > 0) host.overlap();
    })
    .on('end', () => {
      active = Math.max(0, active - 1);
      if (active === 0) host.end();
    });
  // d3-zoom works in screen pixels; in a mirrored chart, the layout's transform is converted.
  const toLayout = (t: ZoomTransformLike) =>
    host.mirrored() ? toLayoutTransform(t, host.size().width) : t;
  const selection = select(el);
  const update = () => {
    const { width, height } = host.size();
    behavior.extent([
      [0, 0],
      [Math.max(1, width), Math.max(1, height)],
    ]);
    behavior.scaleExtent([1, host.maxScale()]);
  };
  update();
  selection.call(behavior).on('dblclick.zoom', null);

  // One touch pointer on a horizontal chart: a drag along the time axis (the browser keeps vertical
  // swipes, and cancels the pointer when it takes one). Two: a pinch, zooming by the ratio of the
  // distances between the fingers.
  const touches = new Map<number, [number, number]>();
  let distance = 0;
  let drag: { id: number; x: number; start: ZoomTransform; moved: boolean } | null = null;
  const endDrag = () => {
    if (drag?.moved) host.end();
    drag = null;
  };
  const down = (e: PointerEvent) => {
    if (e.pointerType !== 'touch') return;
    touches.set(e.pointerId, [e.clientX, e.clientY]);
    distance = 0;
    endDrag();
    if (touches.size === 1 && host.horizontal()) {
      drag = { id: e.pointerId, x: e.clientX, start: zoomTransform(el), moved: false };
    }
  };
  const move = (e: PointerEvent) => {
    if (!touches.has(e.pointerId)) return;
    touches.set(e.pointerId, [e.clientX, e.clientY]);
    if (drag && drag.id === e.pointerId && touches.size === 1) {
      const { width, height } = host.size();
      const t = drag.start;
      const next = behavior.constrain()(
        t.translate((e.clientX - drag.x) / t.k, 0),
        [
          [0, 0],
          [width, height],
        ],
        [
          [-Infinity, -Infinity],
          [Infinity, Infinity],
        ],
      );
      if (next.x === zoomTransform(el).x) return;
      drag.moved = true;
      selection.property('__zoom', next);
      host.gesture(toLayout(next), e);
      return;
    }
    if (touches.size !== 2) return;
    const [[ax, ay], [bx, by]] = [...touches.values()] as [[number, number], [number, number]];
    const d = Math.hypot(ax - bx, ay - by);
    if (distance > 0 && d > 0) host.pinch(d / distance, (ax + bx) / 2, (ay + by) / 2);
    distance = d;
  };
  const up = (e: PointerEvent) => {
    touches.delete(e.pointerId);
    distance = 0;
    if (drag?.id === e.pointerId) endDrag();
  };
  el.addEventListener('pointerdown', down);
  el.addEventListener('pointermove', move);
  el.addEventListener('pointerup', up);
  el.addEventListener('pointercancel', up);
  return {
    sync(layoutTransform) {
      const t = toLayout(layoutTransform);
      selection.property('__zoom', zoomIdentity.translate(t.x, t.y).scale(t.k));
    },
    update,
    destroy() {
      selection.on('.zoom', null);
      el.removeEventListener('pointerdown', down);
      el.removeEventListener('pointermove', move);
      el.removeEventListener('pointerup', up);
      el.removeEventListener('pointercancel', up);
    },
  };
}
