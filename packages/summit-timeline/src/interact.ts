// Keyboard, selection and zoom behaviour of <summit-timeline>. Loaded on the first focus, pointer
// or key inside the element (not needed to draw it), so it stays out of the first render.
import { parseCalendarDate, periodEnd, periodStart } from './data/dates.js';
import type { Lang, TimelineEvent } from './data/types.js';
import { dateFormatter, dateRange } from './format.js';
import { fill, type Messages } from './messages.js';
import type { TimelineLayout } from './layout/layout.js';
import type { ZoomTransformLike } from './layout/scale.js';
import type { TimelineSelectDetail } from './summit-timeline.js';
import type { ZoomController } from './zoom.js';

/** The element's internals this module works with. */
export interface Host extends HTMLElement {
  selected: string | null;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  _transform: ZoomTransformLike;
  _scroll: number;
  _active: string | null;
  _tool: number;
  _focusPanel: boolean;
  /** The cluster badge under the pointer, and its tooltip. */
  _tip: { key: string; text: string } | null;
  readonly _lang: Lang;
  readonly _m: Messages;
  readonly _width: number;
  readonly _height: number;
  readonly _horizontal: boolean;
  /** Horizontal and right to left: what the reader sees is the layout mirrored. */
  readonly _mirrored: boolean;
  /** Right to left: arrow keys follow what the reader sees. */
  readonly _rtl: boolean;
  readonly _layout: TimelineLayout | null;
  readonly _order: TimelineEvent[];
  readonly _index: Map<string, number>;
  readonly _viewport: HTMLElement | null;
  readonly _zoom?: ZoomController;
  _layoutFor(transform: ZoomTransformLike, scroll: number): TimelineLayout;
  _clamp(t: ZoomTransformLike): ZoomTransformLike;
  _clampScroll(scroll: number, layout?: TimelineLayout | null): number;
  _initialView(): { transform: ZoomTransformLike; scroll: number };
  _setTransform(t: ZoomTransformLike): void;
  _loadZoom(): Promise<void>;
  _loadDetails(): void;
  _emitSelect(detail: TimelineSelectDetail): void;
}

const FACTOR = 2;
/** Vertical: content inset at the top (as in the layout). */
const V_PAD = 28;

/** Zooms by `factor` around `focus` (pixels along the time axis in the visible area; default the centre). */
export function zoomBy(h: Host, factor: number, focus?: number) {
  void h._loadZoom();
  const t = h._transform;
  const k = h._clamp({ k: t.k * factor, x: 0, y: 0 }).k;
  if (h._horizontal) {
    const c = focus ?? h._width / 2;
    h._setTransform(h._clamp({ k, x: c - ((c - t.x) * k) / t.k, y: 0 }));
  } else {
    zoomVertical(h, k, focus ?? h._height / 2);
  }
}

/** Vertical: sets the zoom to `k`, keeping the date at `focus` (pixels from the top) in place. */
export function zoomVertical(h: Host, k: number, focus: number) {
  const t = h._transform;
  const anchor = (h._scroll + focus - V_PAD) / t.k;
  const next = { k, x: 0, y: 0 };
  const layout = h._layoutFor(next, 0);
  h._setTransform(next);
  h._scroll = h._clampScroll(V_PAD + anchor * k - focus, layout);
}

/** Back to the initial view (`from`/`to`, or everything). */
export function reset(h: Host) {
  void h._loadZoom();
  const view = h._initialView();
  h._setTransform(view.transform);
  h._scroll = view.scroll;
}

/** A d3-zoom gesture (drag, pinch, Ctrl-wheel). */
export function onGesture(h: Host, t: ZoomTransformLike, source: Event) {
  if (h._horizontal) {
    h._transform = h._clamp(t);
    return;
  }
  const vp = h._viewport;
  let focus = h._height / 2;
  const point = source as Partial<MouseEvent> & { touches?: TouchList };
  const clientY = point.clientY ?? point.touches?.[0]?.clientY;
  if (vp && typeof clientY === 'number') focus = clientY - vp.getBoundingClientRect().top;
  zoomVertical(h, h._clamp(t).k, focus);
}

/** A point of the page as a position along the layout's time axis (the chart may be mirrored). */
function focusAt(h: Host, clientX: number, clientY: number): number | undefined {
  const rect = h._viewport?.getBoundingClientRect();
  if (!rect) return undefined;
  if (!h._horizontal) return clientY - rect.top;
  const x = clientX - rect.left;
  return h._mirrored ? h._width - x : x;
}

/** A two-finger pinch around a point of the page. */
export function onPinch(h: Host, factor: number, clientX: number, clientY: number) {
  zoomBy(h, factor, focusAt(h, clientX, clientY));
}

/** Ctrl/⌘-wheel before d3-zoom has loaded. */
export function onWheel(h: Host, e: WheelEvent) {
  const factor = Math.pow(2, -e.deltaY * (e.deltaMode ? 0.05 : 0.002) * 10);
  zoomBy(h, factor, focusAt(h, e.clientX, e.clientY));
}

/** Right to left, the left and right arrows trade places (they follow what the reader sees). */
function visualKey(key: string, rtl: boolean): string {
  if (!rtl) return key;
  return key === 'ArrowLeft' ? 'ArrowRight' : key === 'ArrowRight' ? 'ArrowLeft' : key;
}

/** A user's selection: fires `timeline-select` and (unless told not to) moves focus to the panel. */
export function select(h: Host, id: string | null, focusPanel = true) {
  const event = id === null ? null : (h._order[h._index.get(id) ?? -1] ?? null);
  if (id !== null && !event) return;
  if (id !== h.selected) {
    h.selected = id;
    h._emitSelect({ id, event });
  }
  if (id !== null) {
    h._active = id;
    if (focusPanel) h._focusPanel = true;
    h._loadDetails();
  }
}

/** Moves the active option to `id`, panning, scrolling or zooming until its label is shown. */
export function activate(h: Host, id: string) {
  h._active = id;
  const isShown = (l: TimelineLayout, scroll: number) => {
    const ev = l.events.find((e) => e.id === id);
    if (!ev) return false;
    if (l.orientation === 'horizontal') return ev.box.x >= 0 && ev.box.x + ev.box.width <= l.width;
    return ev.box.y >= scroll && ev.box.y + ev.box.height <= scroll + h._height;
  };
  let t = h._transform;
  let scroll = h._scroll;
  let l = h._layoutFor(t, scroll);
  if (isShown(l, scroll)) return;
  const event = h._order[h._index.get(id) ?? -1];
  const date = event && parseCalendarDate(event.start);
  const end = event && parseCalendarDate(event.end ?? event.start);
  if (!date || !end) return;
  const mid = (periodStart(date).getTime() + periodEnd(end).getTime()) / 2;
  for (let i = 0; i < 24; i++) {
    // Centre on the event, then zoom in (by √2 steps) until its label has room.
    const p = l.position(mid);
    if (h._horizontal) t = h._clamp({ k: t.k, x: t.x + h._width / 2 - p, y: 0 });
    else scroll = h._clampScroll(p - h._height / 2, l);
    l = h._layoutFor(t, scroll);
    if (isShown(l, scroll) || t.k >= l.maxZoom) break;
    const k = Math.min(l.maxZoom, t.k * Math.SQRT2);
    if (h._horizontal) {
      const c = h._width / 2;
      t = h._clamp({ k, x: c - ((c - t.x) * k) / t.k, y: 0 });
    } else {
      const anchor = (scroll + h._height / 2 - V_PAD) / t.k;
      t = { k, x: 0, y: 0 };
      scroll = h._clampScroll(V_PAD + anchor * k - h._height / 2, h._layoutFor(t, 0));
    }
    l = h._layoutFor(t, scroll);
    if (isShown(l, scroll)) break;
  }
  if (t !== h._transform) {
    void h._loadZoom();
    h._setTransform(t);
  }
  h._scroll = scroll;
}

/** Focus on the listbox: the active option becomes the selected one, or the first one shown. */
export function onListFocus(h: Host) {
  if (h._active && h._index.has(h._active)) return;
  let first: { id: string; index: number } | null = null;
  for (const e of h._layout?.events ?? []) if (!first || e.index < first.index) first = e;
  const id = (h.selected && h._index.has(h.selected) ? h.selected : first?.id) ?? h._order[0]?.id;
  if (id) activate(h, id);
}

function zoomKey(h: Host, e: KeyboardEvent): boolean {
  if (e.ctrlKey || e.metaKey || e.altKey) return false;
  if (e.key === '+' || e.key === '=') zoomBy(h, FACTOR);
  else if (e.key === '-' || e.key === '_' || e.key === '−') zoomBy(h, 1 / FACTOR);
  else if (e.key === '0') reset(h);
  else return false;
  return true;
}

/** Keys on the listbox. (The element has already called preventDefault for the keys handled here.) */
export function onListKey(h: Host, e: KeyboardEvent) {
  const n = h._order.length;
  if (!n) return;
  const cur = h._active ? (h._index.get(h._active) ?? -1) : -1;
  let next: number;
  switch (visualKey(e.key, h._mirrored)) {
    case 'ArrowRight':
    case 'ArrowDown':
      next = cur < 0 ? 0 : Math.min(n - 1, cur + 1);
      break;
    case 'ArrowLeft':
    case 'ArrowUp':
      next = cur < 0 ? 0 : Math.max(0, cur - 1);
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = n - 1;
      break;
    case 'Enter':
    case ' ':
      if (h._active) select(h, h._active);
      return;
    case 'Escape':
      if (h.selected !== null) select(h, null);
      return;
    default:
      zoomKey(h, e);
      return;
  }
  activate(h, h._order[next]!.id);
}

/** Keys on the toolbar: arrows, Home and End move between the buttons (roving tabindex). */
export function onToolKey(h: Host, e: KeyboardEvent) {
  let next = h._tool;
  const key = visualKey(e.key, h._rtl);
  if (key === 'ArrowRight' || key === 'ArrowDown') next = (h._tool + 1) % 3;
  else if (key === 'ArrowLeft' || key === 'ArrowUp') next = (h._tool + 2) % 3;
  else if (e.key === 'Home') next = 0;
  else if (e.key === 'End') next = 2;
  else {
    zoomKey(h, e);
    return;
  }
  h._tool = next;
  void h.updateComplete.then(() => {
    h.renderRoot.querySelectorAll<HTMLButtonElement>('.tool')[next]?.focus();
  });
}

/** A toolbar button: 0 zoom in, 1 zoom out, 2 reset. */
export function onTool(h: Host, i: number) {
  h._tool = i;
  if (i === 2) reset(h);
  else zoomBy(h, i === 0 ? FACTOR : 1 / FACTOR);
}

/** A cluster badge: zooms in on its events. */
export function onClusterClick(h: Host, from: number, to: number) {
  const l = h._layout;
  if (!l) return;
  const a = l.position(from);
  const b = l.position(to);
  const t = h._transform;
  const view = h._horizontal ? h._width : h._height;
  const factor = Math.max(FACTOR, (view * 0.5) / Math.max(b - a, 1));
  const k = h._clamp({ k: t.k * factor, x: 0, y: 0 }).k;
  const mid = (a + b) / 2;
  void h._loadZoom();
  if (h._horizontal) {
    const c = h._width / 2;
    h._setTransform(h._clamp({ k, x: c - ((mid - t.x) * k) / t.k, y: 0 }));
  } else {
    zoomVertical(h, k, mid - h._scroll);
  }
}

/**
 * The pointer came over the chart (over the badge `key`, if any): that badge gets its tooltip, its count and the range
 * of its events' dates. Written for that badge only: formatting every badge's range would cost
 * each first render and each frame that brings badges into view.
 */
export function onChartOver(h: Host, key: string | undefined) {
  const c = h._layout?.clusters.find((x) => x.key === key);
  if (!c) h._tip = null;
  else if (h._tip?.key !== c.key) {
    const f = dateFormatter(h._lang, 'day', 'short');
    const range = dateRange(f, new Date(c.from), new Date(Math.max(c.from, c.to - 1)));
    h._tip = { key: c.key, text: fill(h._m.cluster, { count: c.label, range }) };
  }
}
