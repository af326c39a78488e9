import { LitElement, html, isServer, noChange, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { parseCalendarDate, periodEnd, periodStart } from './data/dates.js';
import { localize, resolveLang } from './data/text.js';
import { datasetTranslations, isTranslated } from './data/translations.js';
import type { Lang, TimelineData, TimelineEvent } from './data/types.js';
import { dateFormatter, formatEventDate, formatPlace, optionName } from './format.js';
import {
  extentOf,
  layoutTimeline,
  sortEvents,
  type ShownLabel,
  type TimelineLayout,
} from './layout/layout.js';
import { charWidthMeasurer } from './layout/measure.js';
import { IDENTITY, type ZoomTransformLike } from './layout/scale.js';
import { lazyMap } from './lazy.js';
import { locales, messagesOf, rotationTexts } from './locale.js';
import { fill, type Messages } from './messages.js';
import { styles } from './summit-timeline.styles.js';
import { px, vars } from './vars.js';
import type * as BuiltinNS from './data/builtin.js';
import type * as RotationNS from './data/rotation.js';
import type * as LoadNS from './load.js';
import type * as LoadMessagesNS from './load-messages.js';
import type { LoadNotice } from './load-messages.js';
import type { LoadError, LoadOutcome } from './load.js';
import type * as DetailsNS from './details.js';
import type * as InteractNS from './interact.js';
import type * as MirrorNS from './layout/mirror.js';
import type * as PanNS from './layout/pan.js';
import type { Host } from './interact.js';
import type { ZoomController } from './zoom.js';
type DetailsModule = typeof DetailsNS;

/** Why data could not be shown. */
export type TimelineErrorReason = 'fetch' | 'parse' | 'invalid';

/** Detail of `timeline-select`: the selected event, or both null when the selection is cleared. */
export interface TimelineSelectDetail {
  id: string | null;
  event: TimelineEvent | null;
}

/** Detail of `timeline-error`. */
export interface TimelineErrorDetail {
  reason: TimelineErrorReason;
  message: string;
  /** Where in the data the problem is, e.g. `events[3].start`. */
  path?: string;
}

/** What the status line says: a failed load, or that there is nothing to show. */
type Notice = LoadNotice | { reason: 'empty'; detail: string };

type InteractModule = typeof InteractNS;

/**
 * Code loaded on demand, once per page: the built-in dataset (a page with data of its own never
 * loads it) and the rotation rule that projects the next summits (for data that asks for it).
 */
const builtinCode = lazyMap<'builtin', typeof BuiltinNS>(() => import('./data/builtin.js'));
const rotationCode = lazyMap<'rotation', typeof RotationNS>(() => import('./data/rotation.js'));
const validatorCode = lazyMap<'load', typeof LoadNS>(() => import('./load.js'));

/** Keys the listbox handles (their default action is prevented at once, before the module loads). */
const LIST_KEYS = ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'Enter', ' '];
const ZOOM_KEYS = ['+', '=', '-', '_', '−', '0'];
const TOOL_KEYS = ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End'];

/**
 * What may change for the view to be laid out again at the zoom it was, leaving its labels where
 * they were (see `keep` in layoutTimeline).
 */
const SAME_VIEW: PropertyKey[] = ['_transform', '_settled', '_scroll', '_active', 'selected'];
const numberFormats = new Map<string, Intl.NumberFormat>();
/** The host of the shadow root that holds `el` as a top-level child, if any. */
function hostOf(el: Element): Element | null {
  const root = el.parentNode;
  return root && 'host' in root ? (root as ShadowRoot).host : null;
}

/** A cached `Intl.NumberFormat` (cluster counts), one per language. */
function numberFormat(lang: string): Intl.NumberFormat {
  let nf = numberFormats.get(lang);
  if (!nf) numberFormats.set(lang, (nf = new Intl.NumberFormat(lang)));
  return nf;
}

/**
 * An interactive, accessible timeline of the China–Central Asia summits (or of any data in its
 * format). Shows the built-in dataset when given no data.
 *
 * Data, in order of precedence: the `data` property, a child `<script type="application/json">`,
 * the `src` attribute, the built-in dataset.
 *
 * Keyboard: the zoom buttons are one Tab stop (arrow keys move between them); the events are the
 * next (a listbox: arrow keys move in time order, Home/End, Enter or Space select, Escape clears,
 * `+`/`-`/`0` zoom in, out and reset).
 *
 * @summary A D3 + Lit timeline of the China–Central Asia summits.
 * @tagname summit-timeline
 *
 * @fires {TimelineSelectDetail} timeline-select - A user selected an event or cleared the selection. Detail `{ id: string | null, event: TimelineEvent | null }`. Bubbles, composed. Not fired when `selected` is set from code.
 * @fires {TimelineErrorDetail} timeline-error - The data could not be loaded or is not in the format. Detail `{ reason: 'fetch' | 'parse' | 'invalid', message: string, path?: string }`. Bubbles, composed.
 *
 * @slot - Fallback content (e.g. an ordered list of the summits): what readers without JavaScript see, and what shows until the element comes near the viewport. A child `<script type="application/json">` placed here is read as data, never shown.
 *
 * @csspart fallback - The box around the fallback content, before the element starts.
 * @csspart header - The title, the data's date, the key and the zoom buttons.
 * @csspart title - The timeline's heading.
 * @csspart meta - The "data as of" line with the sources.
 * @csspart legend - The key to the markers' shapes.
 * @csspart toolbar - The zoom buttons.
 * @csspart button - Each zoom button.
 * @csspart viewport - The chart area (scrolls in vertical orientation).
 * @csspart chart - The SVG drawing: axis, ticks, markers, the "today" marker, cluster badges.
 * @csspart listbox - The events, a listbox.
 * @csspart option - An event's label (an option of the listbox).
 * @csspart status - The live region for loading, "no events" and error messages.
 * @csspart details - The details panel of the selected event.
 * @csspart details-title - The panel's heading.
 * @csspart close - The panel's close button.
 *
 * @cssprop [--summit-timeline-height=28rem] - The element's height, in both orientations (reserved before it upgrades).
 * @cssprop --summit-timeline-color - Text colour. Defaults to `--tian-color-text`.
 * @cssprop --summit-timeline-muted-color - Secondary text (ticks, dates). Defaults to `--tian-color-text-muted`.
 * @cssprop --summit-timeline-background - Background. Defaults to `--tian-color-surface`.
 * @cssprop --summit-timeline-panel-background - Background of the details panel and labels. Defaults to `--tian-color-surface-muted`.
 * @cssprop --summit-timeline-border-color - Axis and marker outlines. Defaults to `--tian-color-border-strong`.
 * @cssprop --summit-timeline-accent - The "today" marker. Defaults to `--tian-color-accent`.
 * @cssprop --summit-timeline-link-color - Links. Defaults to `--tian-color-link`.
 * @cssprop --summit-timeline-focus-color - Focus ring. Defaults to `--tian-focus-ring-color`.
 * @cssprop --summit-timeline-held-color - Markers of held events. Defaults to `--tian-color-status-held`.
 * @cssprop --summit-timeline-announced-color - Markers of announced events. Defaults to `--tian-color-status-announced`.
 * @cssprop --summit-timeline-projected-color - Markers of projected events. Defaults to `--tian-color-status-projected`.
 * @cssprop --summit-timeline-padding - Inner spacing. Defaults to `--tian-space-3`.
 * @cssprop --summit-timeline-font-family - Font. Defaults to `--tian-font-family-sans`.
 * @cssprop [--summit-timeline-label-size=0.8125rem] - Font size of the event labels.
 */
export class SummitTimeline extends LitElement {
  static override styles = styles;

  /** URL of a document in the timeline data format (used when there is no `data` and no inline JSON). */
  @property() src?: string;

  /** Language of the interface and the data (`en`, `zh`, `ru`, `fr`); else the nearest ancestor's `lang`, the document's, English. */
  @property() override lang = '';

  /** `auto` (horizontal when the element is at least 640 px wide, else vertical), `horizontal` or `vertical`. */
  @property() orientation: 'auto' | 'horizontal' | 'vertical' = 'auto';

  /** The selected event's id. Setting it from code opens the event's details without moving focus or firing `timeline-select`. */
  @property({ reflect: true }) selected: string | null = null;

  /** How many projected summits follow the last held or announced one (data that declares `rotation`); 0 for none. */
  @property({ type: Number }) projections = 1;

  /** Space-separated event kinds to show (`summit virtual-summit ministerial milestone`); empty shows all. */
  @property() kinds = '';

  /** Start of the initially visible range (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
  @property() from = '';

  /** End of the initially visible range (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
  @property() to = '';

  /** Colour scheme: `auto` follows the page's `color-scheme`; `light` or `dark` force one. */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  /** The data, an object in the timeline data format (validated). Takes precedence over inline JSON and `src`. */
  @property({ attribute: false }) data?: TimelineData | null;

  /** Milliseconds before a `src` fetch is given up (default 10 000). */
  @property({ attribute: false }) fetchTimeout = 10_000;

  @state() private _data: TimelineData | null = null;
  @state() private _notice: Notice | null = null;
  @state() private _fetching = false;
  @state() private _inline: string | null = null;
  @state() private _hostWidth = 0;
  @state() private _width = 0;
  @state() private _height = 0;
  @state() private _transform: ZoomTransformLike = IDENTITY;
  /** Bumped when a gesture ends: the timeline is laid out again. */
  @state() private _settled = 0;
  /** During a horizontal gesture: the layout it started from, moved frame by frame (moveView). */
  private _gestureBase: PanNS.GestureBase | null = null;
  /** moveView, loaded with d3-zoom (gestures come from d3-zoom, so it is there when needed). */
  private _moveView?: typeof PanNS.moveView;
  private _restart?: typeof PanNS.restartGesture;
  /** Loaded with d3-zoom: labels kept when the view is laid out again, the canvas's coordinates. */
  private _shown?: typeof PanNS.shownLabels;
  private _shiftLayout?: typeof PanNS.shiftLayout;
  /**
   * Where the canvas's coordinates start, and at which zoom: the transform's x when the view was
   * first laid out at that zoom. A label that keeps its place when the view is laid out again
   * (see `keep` in layoutTimeline) keeps its coordinates in the canvas, to the digit, and is not
   * styled or painted again.
   */
  private _originX = 0;
  private _originK = NaN;
  /** From the layout's coordinates to the canvas's (null: none, drawn as laid out). */
  private _offset: number | null = null;
  /** How far (px, layout space) the canvas is moved: during a drag, and after one. */
  private _shift = 0;
  /** The transform x `_layout` is laid out at (during a drag: its base's). */
  private _layoutX = 0;
  /** The canvas has a layer of its own (`will-change`) while a drag moves it as one. */
  private _layer = false;
  /** A gesture started during another: the next update makes what it shows the gesture's base. */
  private _rebase = false;
  @state() private _scroll = 0;
  @state() private _active: string | null = null;
  @state() private _tool = 0;
  @state() private _font = '';
  @state() private _panel?: DetailsModule;
  @state() private _sourcesOpen = false;

  private _events: TimelineEvent[] = [];
  private _order: TimelineEvent[] = [];
  private _index = new Map<string, number>();
  private _layout: TimelineLayout | null = null;
  private _domain: [number, number] | undefined;
  private _lang: Lang = 'en';
  private _viewReady = false;
  private _gen = 0;
  private _abort?: AbortController;
  private _reloadOnConnect = false;
  private _loaded?: { data: unknown; src: unknown; inline: unknown; lang: Lang };
  private _loading: Promise<void> | null = null;
  private _sized: Promise<void> | null = null;
  private _detailsLoading: Promise<void> | null = null;
  private _ro?: ResizeObserver;
  /** A language's text (and the built-in dataset's translation) being loaded. */
  private _langLoading: Promise<unknown> | null = null;
  /** The chart viewport the size observer watches. */
  private _watched: HTMLElement | null = null;
  private _zoom?: ZoomController;
  private _zoomLoading?: Promise<void>;
  private _focusPanel = false;
  private _focusList = false;
  private _scrollFrame = 0;
  private _sizeFrame = 0;
  private _resolveSized?: () => void;
  private _ctx?: CanvasRenderingContext2D | null;
  private _ctxFont = '';
  private _langObserver?: MutationObserver;
  private _measureText?: (text: string) => number;
  /**
   * New events arrived: the header (title, key, buttons) may have changed the chart's size, so the
   * layout waits for one synchronous measurement after this update (see updated()).
   */
  private _remeasure = false;
  private _remeasured: Promise<void> | null = null;
  private _widths = new Map<string, number>();
  private _lh = 17;
  private _labels = new Map<Lang, WeakMap<TimelineEvent, string[]>>();
  private _names = new Map<string, WeakMap<TimelineEvent, string>>();
  /** What the chart was last drawn from (see _renderContent). */
  private _drawn: unknown[] = [];
  /** The cluster badge under the pointer, and its tooltip (see interact.ts, onChartOver). */
  @state() private _tip: { key: string; text: string } | null = null;
  /** False until the element first comes near the viewport (never true on the server). */
  @state() private _started = false;
  /** Words the errors of a failed load (load-messages.js, loaded on the first error). */
  private _errorText?: typeof LoadMessagesNS.loadErrorText;
  private _mirror?: typeof MirrorNS.mirrorLayout;
  private _mirrorLoading?: Promise<void>;
  /** Counts the arrivals of text and code loaded on demand that change the events (a language's
   * projected summits, the rotation rule): each arrival makes the events again. */
  @state() private _arrivals = 0;
  private _io?: IntersectionObserver;
  /** Settles at the first visibility check, so that `updateComplete` covers a start. */
  private _firstCheck: Promise<void> | null = null;
  private _ix?: InteractModule;
  private _ixLoading?: Promise<InteractModule | undefined>;

  override connectedCallback() {
    super.connectedCallback();
    if (isServer) return;
    const script = this.querySelector(':scope > script[type="application/json"]');
    this._inline = script ? (script.textContent ?? '') : null;
    if (this._reloadOnConnect) this._loaded = undefined;
    this._reloadOnConnect = false;
    // A `lang` set or changed on an ancestor or the page later re-renders in that language.
    this._langObserver ??= new MutationObserver(() => this.requestUpdate());
    this._langObserver.observe(document.documentElement, {
      subtree: true,
      attributeFilter: ['lang'],
    });
    // Loading waits for the element to be connected (see willUpdate): check again now.
    this.requestUpdate();
    if (this._started) this._observeSize();
    else this._awaitViewport();
  }

  /**
   * Work starts late: no fetch, parse or layout until the element is within a viewport's height
   * of the visible area. Until then it shows its light-DOM content (the no-JS fallback).
   */
  private _awaitViewport() {
    if (this._io) return;
    let settle!: () => void;
    this._firstCheck = new Promise((r) => (settle = r));
    this._io = new IntersectionObserver(
      (entries) => {
        const done = () => {
          settle();
          this._firstCheck = null;
        };
        const entry = entries.find((e) => e.isIntersecting);
        if (!entry) return done();
        this._io?.disconnect();
        this._io = undefined;
        const start = () => {
          // The width is known now: the first frame has its final orientation.
          this._hostWidth = entry.boundingClientRect.width;
          this._started = true;
          this._observeSize();
          done();
        };
        // What the first frame needs comes first, so that it is drawn complete and nothing moves
        // or changes language when a chunk arrives (the light-DOM fallback shows meanwhile).
        const needs = this._firstFrameNeeds();
        if (needs.length) {
          void Promise.all(needs).then(start);
          // The first frame's one-off costs are paid while the chunks download, on a thread that
          // would sit idle: a page's first Intl formatter loads the locale data (tens of ms).
          setTimeout(() => this._warmUp(), 0);
        } else start();
      },
      { rootMargin: '100% 0px' },
    );
    this._io.observe(this);
  }

  /**
   * The chunks the first frame needs, loading: the details panel's code for a deep link
   * (`selected`), the language's text, and the built-in dataset when the page gives no data. Each
   * promise settles; none rejects.
   */
  private _firstFrameNeeds(): Promise<unknown>[] {
    const needs: Promise<unknown>[] = [this._loadLang(this._resolveLang())];
    if (this.selected) {
      this._loadDetails();
      if (this._detailsLoading) needs.push(this._detailsLoading);
    }
    if (this._builtin) {
      needs.push(builtinCode.load('builtin'), rotationCode.load('rotation'));
    } else {
      // The validator. Data in the page is validated and drawn in the first frame; data from
      // `src` shows the loading state while it is fetched.
      const validator = validatorCode.load('load');
      if (!this.src) needs.push(validator);
    }
    return needs;
  }

  private _warmUp() {
    if (this._started || !this.isConnected) return;
    const lang = this._resolveLang();
    numberFormat(lang);
    dateFormatter(lang, 'year', 'long');
  }

  /** The page gives no data: the element shows the built-in dataset. */
  private get _builtin(): boolean {
    return this.data == null && this._inline == null && !this.src;
  }

  /**
   * Whether everything in `lang` has arrived (or failed to): the element's strings and, for the
   * built-in dataset, its translation. The element switches to a language only then, all at once.
   */
  private _langReady(lang: Lang): boolean {
    const settled = (s: string | undefined) => s === 'loaded' || s === 'failed';
    return (
      (lang === 'en' || settled(locales.state(lang))) &&
      (!this._builtin || !isTranslated(lang) || settled(datasetTranslations.state(lang)))
    );
  }

  /** Loads what `lang` needs that has not been asked for (see _langReady); settles, never rejects. */
  private _loadLang(lang: Lang, retry = false): Promise<unknown> {
    const load = <K>(
      map: { state(k: K): string | undefined; load(k: K): Promise<unknown> },
      k: K,
    ) => (!map.state(k) || (retry && map.state(k) === 'failed') ? map.load(k) : null);
    const pending = [
      lang === 'en' ? null : load(locales, lang),
      this._builtin && isTranslated(lang) ? load(datasetTranslations, lang) : null,
    ].filter((p) => p !== null);
    if (!pending.length) return Promise.resolve();
    // updateComplete waits for a language being loaded (the element switches to it when it lands).
    const done: Promise<unknown> = Promise.all(pending)
      .then(() => this._arrivals++)
      .finally(() => {
        if (this._langLoading === done) this._langLoading = null;
      });
    this._langLoading = done;
    return done;
  }

  private _observeSize() {
    if (!this._ro) {
      this._sized = new Promise((r) => (this._resolveSized = r));
      this._ro = new ResizeObserver(() => {
        // Measured in the next frame: re-rendering inside the observer's callback would make the
        // browser report a "ResizeObserver loop" to the page.
        cancelAnimationFrame(this._sizeFrame);
        this._sizeFrame = requestAnimationFrame(() => {
          this._measureSize();
          this._settleSize();
        });
      });
    }
    this._ro.observe(this);
    this._watchViewport();
  }

  /** The size observer watches the chart's viewport too (from its first render on). */
  private _watchViewport() {
    const vp = this._viewport;
    if (this._watched && this._watched !== vp) this._ro?.unobserve(this._watched);
    this._watched = vp;
    if (vp) this._ro?.observe(vp);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this._langObserver?.disconnect();
    this._ro?.disconnect();
    this._ro = undefined;
    this._io?.disconnect();
    this._io = undefined;
    if (this._abort) {
      this._abort.abort();
      this._reloadOnConnect = true;
    }
    cancelAnimationFrame(this._scrollFrame);
    cancelAnimationFrame(this._sizeFrame);
    this._settleSize();
  }

  private _settleSize() {
    this._resolveSized?.();
    this._resolveSized = undefined;
    this._sized = null;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    for (let i = 0; i < 20; i++) {
      const pending = [
        this._firstCheck,
        this._langLoading,
        this._remeasured,
        this._loading,
        this._sized,
        this._detailsLoading,
        this._ixLoading,
      ].filter((p) => p && !(p === this._ixLoading && this._ix));
      if (!pending.length) break;
      await Promise.all(pending);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  private get _viewport(): HTMLElement | null {
    return this.renderRoot?.querySelector?.('.viewport') ?? null;
  }

  private get _listbox(): HTMLElement | null {
    return this.renderRoot?.querySelector?.('[role="listbox"]') ?? null;
  }

  private get _m(): Messages {
    return messagesOf(this._lang);
  }

  /** The element's direction is right to left (`dir` on it or an ancestor, or CSS `direction`). */
  private get _rtl(): boolean {
    if (isServer) return false;
    try {
      return this.matches(':dir(rtl)');
    } catch {
      return getComputedStyle(this).direction === 'rtl';
    }
  }

  /** Horizontal and right to left: time runs from right to left (the layout, mirrored). */
  private get _mirrored(): boolean {
    return this._horizontal && this._rtl;
  }

  private get _horizontal(): boolean {
    if (this.orientation === 'horizontal') return true;
    if (this.orientation === 'vertical') return false;
    return this._hostWidth >= 640;
  }

  // ---- language ----

  /** The element's `lang`, else the nearest ancestor's (across shadow roots), else the page's. */
  private _resolveLang(): Lang {
    if (this.lang) return resolveLang(this.lang);
    if (isServer) return 'en';
    let n: Element | null = this.parentElement ?? hostOf(this);
    for (; n; n = n.parentElement ?? hostOf(n)) {
      const lang = n.getAttribute('lang');
      if (lang) return resolveLang(lang);
    }
    return resolveLang(document.documentElement?.lang || 'en');
  }

  // ---- sizes and fonts ----

  private _measureSize() {
    const vp = this._viewport;
    this._hostWidth = this.getBoundingClientRect().width;
    if (vp) {
      this._width = vp.clientWidth;
      this._height = vp.clientHeight;
    }
    const probe = this.renderRoot?.querySelector?.('.probe');
    if (probe) {
      const cs = getComputedStyle(probe);
      const size = parseFloat(cs.fontSize) || 13;
      this._lh = Math.ceil(size * 1.3);
      this._font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
    }
  }

  private _measure = (text: string): number => {
    const cached = this._widths.get(text);
    if (cached !== undefined) return cached;
    if (this._ctx === undefined) {
      this._ctx = isServer ? null : document.createElement('canvas').getContext('2d');
    }
    let w: number;
    const ctx = this._ctx;
    if (ctx && this._font) {
      if (this._ctxFont !== this._font || !this._measureText) {
        // Setting a canvas font parses it: only when it changed.
        ctx.font = this._ctxFont = this._font;
        this._measureText = charWidthMeasurer((t) => ctx.measureText(t).width);
      }
      w = Math.ceil(this._measureText(text)) + 1;
    } else {
      w = text.length * 8;
    }
    this._widths.set(text, w);
    return w;
  };

  // ---- data ----

  protected override willUpdate(changed: PropertyValues<this>) {
    // The element speaks a language once its text is here (English always is): until then it
    // stays in the language it had, and a language whose text cannot load is spoken with English
    // strings (a reload of the data tries again, see _load).
    const wanted = this._resolveLang();
    if (this._started && wanted !== this._lang) void this._loadLang(wanted);
    const lang = this._langReady(wanted) ? wanted : this._lang;
    const langChanged = lang !== this._lang;
    this._lang = lang;
    if (changed.has('_font' as keyof SummitTimeline)) this._widths.clear();
    // Not started (and always on the server): no fetch, no parse, no layout.
    if (!this._started) return;

    // Nothing is fetched or parsed while the element is out of the document (an update can run
    // then; a load started there could never be aborted by a disconnect).
    if (!isServer && this.isConnected) {
      const l = this._loaded;
      if (
        !l ||
        l.data !== this.data ||
        l.src !== this.src ||
        l.inline !== this._inline ||
        (l.lang !== lang && this.data == null && this._inline == null && !this.src)
      ) {
        this._loaded = { data: this.data, src: this.src, inline: this._inline, lang };
        this._reload();
      }
    }

    // Right to left: the mirror is code only right-to-left pages need, loaded when one appears.
    if (!isServer && !this._mirror && this._rtl) {
      this._mirrorLoading ??= import('./layout/mirror.js').then(
        (mod) => {
          this._mirror = mod.mirrorLayout;
          this.requestUpdate();
        },
        () => (this._mirrorLoading = undefined),
      );
    }

    const eventsChanged =
      changed.has('_arrivals' as keyof SummitTimeline) ||
      changed.has('_data' as keyof SummitTimeline) ||
      changed.has('projections') ||
      changed.has('kinds');
    if (eventsChanged) {
      this._computeEvents();
      if (!isServer && this._width > 0) this._remeasure = true;
    }
    if (eventsChanged || changed.has('from') || changed.has('to')) {
      this._domain = this._computeDomain();
      this._viewReady = false;
    }
    const horizontal = this._horizontal;
    if (changed.has('orientation') || changed.has('_hostWidth' as keyof SummitTimeline)) {
      if (this._layout && (this._layout.orientation === 'horizontal') !== horizontal) {
        this._viewReady = false;
      }
    }
    if (changed.has('_width' as keyof SummitTimeline) && this._viewReady && horizontal) {
      const before = changed.get('_width' as keyof SummitTimeline) as unknown as number;
      if (before > 0 && this._width > 0 && before !== this._width) {
        const t = this._transform;
        this._transform = this._clamp({ k: t.k, x: (t.x * this._width) / before, y: 0 });
      }
    }
    if (!this._remeasure && !this._viewReady && this._width > 0 && this._height > 0) {
      this._viewReady = true;
      const view = this._initialView();
      this._transform = view.transform;
      this._scroll = view.scroll;
      this._zoom?.sync(this._transform);
    }
    if (this._remeasure) {
      // Drawn in the next update, at the size this one gives the chart.
      this._layout = null;
    } else if (
      eventsChanged ||
      langChanged ||
      !this._layout ||
      changed.has('orientation') ||
      changed.has('from') ||
      changed.has('to') ||
      [
        '_width',
        '_height',
        '_hostWidth',
        '_transform',
        '_settled',
        '_scroll',
        '_font',
        '_active',
        'selected',
      ].some((k) => changed.has(k as keyof SummitTimeline))
    ) {
      const base = this._gestureBase;
      const onlyMoved =
        base &&
        horizontal &&
        [...changed.keys()].every((k) => k === '_transform') &&
        !eventsChanged &&
        !langChanged;
      const moved = onlyMoved ? this._moved(base) : null;
      const t = this._transform;
      this._layoutX = t.x;
      if (moved && moved.k === 1) {
        // A drag at the same zoom: the canvas moves as one (a compositor transform, no relayout).
        this._layout = moved.layout;
        this._layoutX = base!.transform.x;
        this._layer = true;
      } else if (moved) {
        // A pinch moves every label on its own: a layer of the canvas would only cost its upkeep.
        this._layout = moved.layout;
        this._layer = false;
      } else {
        // Laid out again at the zoom it was (the end of a drag or a pinch, a selection, a key),
        // once the zoom chunk has loaded: the labels stay where they were wherever they can.
        const prev = this._layout;
        const same =
          horizontal &&
          prev &&
          this._originK === t.k &&
          [...changed.keys()].every((k) => SAME_VIEW.includes(k)) &&
          !eventsChanged &&
          !langChanged;
        // The active and the selected event always get a label where they are in view.
        this._layout =
          this._width > 0
            ? this._layoutFor(
                t,
                this._scroll,
                [this._active, this.selected],
                same ? this._shown?.(prev) : undefined,
              )
            : null;
        if (base) this._gestureBase = this._layout && { layout: this._layout, transform: t };
      }
      if (this._originK !== t.k) [this._originX, this._originK] = [t.x, t.k];
    }
    if (this._rebase) {
      this._rebase = false;
      // (A canvas shifted at the base's zoom keeps that base: the next drag is at its zoom.)
      if (
        this._gestureBase &&
        this._layout &&
        this._layoutX === this._transform.x &&
        this._restart
      ) {
        this._gestureBase = this._restart(this._layout, this._transform);
        this._layout = this._gestureBase.layout;
      }
    }
    // The canvas's coordinates (see _originX).
    this._offset = horizontal && this._shiftLayout ? this._originX - this._layoutX : null;
    this._shift = this._offset === null ? 0 : this._transform.x - this._originX;
    if (
      (changed.has('selected') || changed.has('_started' as keyof SummitTimeline)) &&
      this.selected
    ) {
      this._loadDetails();
    }
  }

  private _computeEvents() {
    const data = this._data;
    let events = Array.isArray(data?.events) ? data.events : [];
    const count = Number.isFinite(this.projections) ? Math.max(0, Math.floor(this.projections)) : 1;
    const rotation = rotationCode.get('rotation');
    if (data?.rotation === 'china-central-asia' && count > 0 && rotation) {
      // The projected summits' text: English and every language loaded so far (locale.ts). The
      // rule's code loads with data that has a rotation (see _load); if it cannot, the data is
      // shown without projections.
      events = rotation.projectRotation(events, { count }, rotationTexts());
    }
    const kinds = new Set(
      String(this.kinds ?? '')
        .split(/\s+/)
        .filter(Boolean),
    );
    if (kinds.size) events = events.filter((e) => kinds.has(e.kind));
    this._events = events;
    this._order = sortEvents(events);
    this._index = new Map(this._order.map((e, i) => [e.id, i]));
    if (this._active && !this._index.has(this._active)) this._active = null;
  }

  private _computeDomain(): [number, number] | undefined {
    const from = parseCalendarDate(String(this.from ?? ''));
    const to = parseCalendarDate(String(this.to ?? ''));
    if (!from && !to) return undefined;
    const [lo, hi] = extentOf(this._events);
    return [
      Math.min(lo, from ? periodStart(from).getTime() : lo),
      Math.max(hi, to ? periodEnd(to).getTime() : hi),
    ];
  }

  private _reload() {
    const gen = ++this._gen;
    const p = this._load(gen)
      .catch(() => {
        // _load handles its failures; nothing reaches here.
      })
      .finally(() => {
        if (this._loading === p) this._loading = null;
      });
    this._loading = p;
  }

  private async _load(gen: number) {
    this._abort?.abort();
    this._abort = undefined;
    this._fetching = false;
    // A language whose text could not load before (offline): try again with the data.
    void this._loadLang(this._resolveLang(), true);
    const custom = this.data ?? this._inline;
    if (custom != null || this.src) {
      const ctrl = new AbortController();
      this._abort = ctrl;
      this._fetching = custom == null;
      // The validator's code, from the map (loaded already for a first frame, see
      // _firstFrameNeeds): an import() of a loaded module would still wait for a task.
      const mod = await validatorCode.load('load');
      const outcome: LoadOutcome = !mod
        ? // The chunk itself failed to load (offline, blocked).
          {
            error: {
              reason: 'fetch',
              message: 'the data validator could not be loaded',
              cause: 'code',
            },
          }
        : custom != null
          ? mod.parseInput(custom)
          : await mod.loadSource(
              this.src!,
              document.baseURI,
              Math.max(0, Number(this.fetchTimeout) || 0),
              ctrl,
            );
      if (gen !== this._gen) return;
      if (this._abort === ctrl) this._abort = undefined;
      this._fetching = false;
      if ('aborted' in outcome) return;
      if ('error' in outcome) {
        await this._fail(gen, outcome.error);
        return;
      }
      if (outcome.data.rotation && !rotationCode.get('rotation')) {
        // The rule that projects the next summits, before the data is drawn.
        await rotationCode.load('rotation');
        if (gen !== this._gen) return;
      }
      this._data = outcome.data;
      this._notice = outcome.data.events.length ? null : { reason: 'empty', detail: '' };
      return;
    }
    // The built-in dataset: its chunk, the language's translation and the rotation rule load
    // together (they have already, for a first frame: see _firstFrameNeeds).
    this._notice = null;
    const lang = this._lang;
    let base = builtinCode.get('builtin');
    if (!base || !rotationCode.get('rotation') || !base.datasetIn(lang)) {
      [base] = await Promise.all([
        builtinCode.load('builtin'),
        rotationCode.load('rotation'),
        isTranslated(lang) ? datasetTranslations.load(lang) : null,
      ]);
      if (gen !== this._gen) return;
    }
    if (!base) {
      // Offline, or the chunk is blocked: the error state, as for data that cannot be fetched.
      await this._fail(gen, {
        reason: 'fetch',
        message: 'the built-in dataset could not be loaded',
        cause: 'dataset',
      });
      return;
    }
    // A translation that could not load leaves the dataset in English (a reload tries again).
    this._data = base.datasetIn(lang) ?? base.builtinDataset;
  }

  /** The error state and a `timeline-error` event, for a load that failed. */
  private async _fail(gen: number, error: LoadError) {
    // The error messages load with the first error (readers of a working page never need them);
    // if they cannot load, the element's own `errorFetch` string words the error.
    if (!this._errorText) {
      try {
        this._errorText = (await import('./load-messages.js')).loadErrorText;
      } catch {
        // Offline or blocked: the fallback wording (see _renderNotice).
      }
      if (gen !== this._gen) return;
    }
    const { reason, message, path, ...extra } = error;
    this._notice = { reason, detail: message, ...extra };
    const detail: TimelineErrorDetail = { reason, message };
    if (path !== undefined) detail.path = path;
    this._emitError(detail);
  }

  /** A user's selection (not one made from code). */
  private _emitSelect(detail: TimelineSelectDetail) {
    this.dispatchEvent(
      new CustomEvent('timeline-select', { detail, bubbles: true, composed: true }),
    );
  }

  private _emitError(detail: TimelineErrorDetail) {
    this.dispatchEvent(
      new CustomEvent('timeline-error', { detail, bubbles: true, composed: true }),
    );
  }

  // ---- view: zoom and scroll ----

  private _layoutFor(
    transform: ZoomTransformLike,
    scroll: number,
    pinned: (string | null)[] = [],
    keep?: ReadonlyMap<string, ShownLabel>,
  ): TimelineLayout {
    const m = this._m;
    const lang = this._lang;
    const nf = numberFormat(lang);
    return layoutTimeline(this._events, {
      width: this._width,
      height: this._height,
      transform,
      scroll,
      now: Date.now(),
      measure: this._measure,
      orientation: this._horizontal ? 'horizontal' : 'vertical',
      ...(this._domain ? { domain: this._domain } : {}),
      label: (e) => this._labelLines(e),
      locale: lang,
      formatCount: (n) => nf.format(n),
      todayLabel: m.today,
      lineHeight: this._lh,
      pinned,
      ...(keep ? { keep } : {}),
    });
  }

  /** An option's accessible name, cached per language (not formatted again on every frame). */
  private _optionName(e: TimelineEvent): string {
    const key = `name:${this._lang}`;
    let cache = this._names.get(key);
    if (!cache) this._names.set(key, (cache = new WeakMap()));
    let name = cache.get(e);
    if (name === undefined) cache.set(e, (name = optionName(e, this._lang, this._m)));
    return name;
  }

  private _labelLines(e: TimelineEvent): string[] {
    let cache = this._labels.get(this._lang);
    if (!cache) this._labels.set(this._lang, (cache = new WeakMap()));
    let lines = cache.get(e);
    if (!lines) cache.set(e, (lines = this._composeLabel(e)));
    return lines;
  }

  private _composeLabel(e: TimelineEvent): string[] {
    const m = this._m;
    // The visible text is, in order, part of the option's name ("{title}, {date}, {place},
    // {status}"): the status word is shown unless the event was held.
    const meta = [formatEventDate(e, this._lang), formatPlace(e.place, this._lang, m)];
    if (e.status !== 'held') meta.push(m.status[e.status] ?? '');
    return [localize(e.title, this._lang) || e.id, meta.filter(Boolean).join(' · ')];
  }

  private _initialView(): { transform: ZoomTransformLike; scroll: number } {
    const from = parseCalendarDate(String(this.from ?? ''));
    const to = parseCalendarDate(String(this.to ?? ''));
    // The whole span, unscrolled, unless `from` (or, across, `to`) asks for another view.
    if (!from && (!to || !this._horizontal)) return { transform: IDENTITY, scroll: 0 };
    const base = this._layoutFor(IDENTITY, 0);
    if (this._horizontal) {
      const [d0, d1] = base.visible;
      const a = base.position(from ? periodStart(from) : d0);
      const b = base.position(to ? periodEnd(to) : d1);
      if (!(b > a)) return { transform: IDENTITY, scroll: 0 };
      const k = Math.max(1, Math.min(base.maxZoom, (this._width - 32) / (b - a)));
      return { transform: this._clamp({ k, x: 16 - k * a, y: 0 }), scroll: 0 };
    }
    const scroll = from ? Math.max(0, base.position(periodStart(from)) - 8) : 0;
    return { transform: IDENTITY, scroll: this._clampScroll(scroll, base) };
  }

  private _clamp(t: ZoomTransformLike): ZoomTransformLike {
    const max = this._layout?.maxZoom ?? Infinity;
    const k = Math.max(1, Math.min(max, Number.isFinite(t.k) ? t.k : 1));
    if (!this._horizontal) return { k, x: 0, y: 0 };
    const w = this._width;
    const x = Math.min(0, Math.max(w - w * k, Number.isFinite(t.x) ? t.x : 0));
    return { k, x, y: 0 };
  }

  private _clampScroll(scroll: number, layout: TimelineLayout | null = this._layout): number {
    const max = Math.max(0, (layout?.contentHeight ?? 0) - this._height);
    return Math.max(0, Math.min(max, scroll));
  }

  /** The gesture's view from its starting layout, or null: then the caller lays out again. */
  private _moved(base: PanNS.GestureBase) {
    return (
      this._moveView?.(base, this._transform, {
        locale: this._lang,
        measure: this._measure,
        layoutAt: (t) => this._layoutFor(t, 0),
        later: (run) => setTimeout(run),
      }) ?? null
    );
  }

  /** A drag or pinch starts moving the current layout (until `_gestureEnd`). */
  private _gestureStart() {
    if (!this._gestureBase && this._layout && this._horizontal) {
      this._gestureBase = { layout: this._layout, transform: this._transform };
    }
  }

  /**
   * A gesture starts while another is under way (a drag right after a pinch): it moves the
   * timeline as it is shown now, so that a drag at that zoom moves the canvas as one.
   */
  private _gestureRebase() {
    this._rebase = true;
    this.requestUpdate();
  }

  /** The gesture ended: lay the timeline out again at its final zoom. */
  private _gestureEnd() {
    if (!this._gestureBase) return;
    this._gestureBase = null;
    this._layer = false;
    this._settled++;
  }

  /** Zooms by `factor` around `focus` (pixels along the time axis in the visible area). */
  private _setTransform(t: ZoomTransformLike) {
    this._transform = t;
    this._zoom?.sync(t);
  }

  private _loadZoom(): Promise<void> {
    if (isServer) return Promise.resolve();
    this._zoomLoading ??= import('./zoom.js')
      .then(({ attachZoom, moveView, restartGesture, shiftLayout, shownLabels }) => {
        this._moveView = moveView;
        this._restart = restartGesture;
        this._shiftLayout = shiftLayout;
        this._shown = shownLabels;
        const vp = this._viewport;
        if (!vp || this._zoom) return;
        this._zoom = attachZoom(vp, {
          horizontal: () => this._horizontal,
          mirrored: () => this._mirrored,
          size: () => ({ width: this._width, height: this._height }),
          maxScale: () => this._layout?.maxZoom ?? 1,
          gesture: (t, source) => {
            this._gestureStart();
            this._run((m, h) => m.onGesture(h, t, source));
          },
          end: () => this._gestureEnd(),
          overlap: () => this._gestureRebase(),
          pinch: (factor, x, y) => this._run((m, h) => m.onPinch(h, factor, x, y)),
        });
        this._zoom.sync(this._transform);
      })
      .catch(() => {
        this._zoomLoading = undefined;
      });
    return this._zoomLoading;
  }

  private _onWheel = (e: WheelEvent) => {
    if (!(e.ctrlKey || e.metaKey) || this._zoom) return;
    // Before d3-zoom has loaded: zoom here (and keep the browser from zooming the page).
    e.preventDefault();
    this._run((m, h) => m.onWheel(h, e));
  };

  /** Runs `fn` with the interaction module (loading it first if need be). */
  private _run(fn: (m: InteractModule, h: Host) => void) {
    const h = this as unknown as Host;
    if (this._ix) fn(this._ix, h);
    else void this._loadInteract().then((m) => m && fn(m, h));
  }

  private _loadInteract(): Promise<InteractModule | undefined> {
    if (isServer) return Promise.resolve(undefined);
    this._ixLoading ??= import('./interact.js')
      .then((m) => (this._ix = m))
      .catch(() => {
        this._ixLoading = undefined;
        return undefined;
      });
    return this._ixLoading;
  }

  private _preload = () => {
    void this._loadInteract();
  };

  private _onListKey = (e: KeyboardEvent) => {
    const plain = !e.ctrlKey && !e.metaKey && !e.altKey;
    if (
      plain &&
      (LIST_KEYS.includes(e.key) ||
        ZOOM_KEYS.includes(e.key) ||
        (e.key === 'Escape' && this.selected !== null))
    ) {
      e.preventDefault();
    }
    this._run((m, h) => m.onListKey(h, e));
  };

  private _onToolKey = (e: KeyboardEvent) => {
    if (!e.ctrlKey && !e.metaKey && !e.altKey && [...TOOL_KEYS, ...ZOOM_KEYS].includes(e.key)) {
      e.preventDefault();
    }
    this._run((m, h) => m.onToolKey(h, e));
  };

  private _onListFocus = (e: FocusEvent) => {
    // A press on the chart (to drag it, say) focuses the listbox too: an event gets the focus ring
    // only when focus came from the keyboard (or assistive technology), not from a pointer. (The
    // first arrow key then starts from the first event.)
    if (!(e.currentTarget as Element).matches(':focus-visible')) return;
    this._run((m, h) => m.onListFocus(h));
  };

  /** One listener for the chart (not one per marker, rebound on every frame of a gesture). */
  private _onChartClick = (e: Event) => {
    const target = e.target as Element;
    const event = target.closest?.<SVGGElement>('g.event');
    if (event?.dataset.id) {
      this._onOptionClick(event.dataset.id);
      return;
    }
    const cluster = this._layout?.clusters.find(
      (c) => c.key === target.closest?.<SVGGElement>('g.cluster')?.dataset.key,
    );
    if (cluster) this._run((m, h) => m.onClusterClick(h, cluster.from, cluster.to));
  };

  private _onChartOver = (e: Event) => {
    // (Read now: once the event is dispatched, its target in a shadow tree is gone.)
    const key = (e.target as Element).closest?.<SVGGElement>('g.cluster')?.dataset.key;
    this._run((m, h) => m.onChartOver(h, key));
  };

  private _onListClick = (e: Event) => {
    const option = (e.target as Element).closest?.('[role="option"]');
    if (option) this._onOptionClick(option.id.slice(2));
  };

  private _onOptionClick(id: string) {
    this._run((m, h) => {
      h._active = id;
      m.select(h, id);
    });
  }

  private _onPointerStart = () => {
    void this._loadZoom();
  };

  private _onScroll = () => {
    if (this._horizontal) return;
    cancelAnimationFrame(this._scrollFrame);
    this._scrollFrame = requestAnimationFrame(() => {
      const vp = this._viewport;
      if (vp) this._scroll = vp.scrollTop;
    });
  };

  // ---- selection and keyboard ----

  private _loadDetails() {
    if (this._panel || this._detailsLoading || isServer) return;
    const p = import('./details.js')
      .then((mod) => {
        const root = this.renderRoot as ShadowRoot;
        const sheet = mod.detailsStyles.styleSheet;
        if (sheet && root.adoptedStyleSheets && !root.adoptedStyleSheets.includes(sheet)) {
          root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        }
        this._panel = mod;
      })
      .catch(() => {
        // Offline or blocked: the selection still shows on the label; a later selection retries.
      })
      .finally(() => {
        this._detailsLoading = null;
      });
    this._detailsLoading = p;
  }

  /** Moves the active option to `id`, zooming or scrolling until its label is shown. */
  private _onPanelKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    if (this.selected) this._active = this.selected;
    this._focusList = true;
    this.requestUpdate();
  };

  private _closePanel = () => {
    this._run((m, h) => m.select(h, null));
    this._focusList = true;
  };

  protected override updated() {
    if (this._started && this._viewport !== this._watched) {
      this._watchViewport();
      // The chart's first size is read at once (one forced layout), so that it is drawn in the
      // task that started the element rather than frames later, when the observer first reports.
      if (!this._width) this._remeasure = true;
    }
    if (this._remeasure) {
      this._remeasure = false;
      // A microtask, not a frame: the chart is drawn in the task that brought its data.
      this._remeasured = Promise.resolve().then(() => {
        this._remeasured = null;
        if (!this.isConnected) return;
        this._measureSize();
        // The first size is known: the observer's first report (a frame later) is not awaited.
        if (this._width > 0) this._settleSize();
        this.requestUpdate();
      });
    }
    const vp = this._viewport;
    if (vp && !this._horizontal && Math.abs(vp.scrollTop - this._scroll) > 1) {
      vp.scrollTop = this._scroll;
    }
    if (this._focusPanel) {
      const heading = this.renderRoot.querySelector<HTMLElement>('#details-title');
      if (heading) {
        this._focusPanel = false;
        heading.focus();
      } else if (!this._detailsLoading && !this._panel) {
        this._focusPanel = false;
      }
    }
    if (this._focusList) {
      this._focusList = false;
      this._listbox?.focus();
    }
    this._zoom?.update();
  }

  // ---- rendering ----

  override render() {
    // Not started, and on the server: the light-DOM fallback content, in the element's box.
    if (!this._started) return html`<div class="fallback" part="fallback"><slot></slot></div>`;
    const m = this._m;
    const lang = this._lang;
    const data = this._data;
    const title = localize(data?.title, lang) || m.title;
    // Right to left, the reader sees the layout in a mirror (time runs from right to left); the
    // mirror loads on demand (see willUpdate), and the chart waits for it.
    const layout = this._rtl && !this._mirror ? null : this._layout;
    const hasEvents = this._order.length > 0;
    const horizontal = this._horizontal;
    const selected = this.selected ? this._order[this._index.get(this.selected) ?? -1] : undefined;
    // No chart: the next one is drawn in full (see _renderContent).
    if (!hasEvents || !layout) this._drawn = [];
    return html`<div
      class="frame ${horizontal ? 'horizontal' : 'vertical'} ${hasEvents ? '' : 'empty'}"
      @focusin=${this._preload}
      @pointerover=${this._preload}
    >
      <div class="header" part="header">
        <div class="heading">
          <h2 id="title" class="title" part="title">${title}</h2>
          ${this._renderMeta()}
        </div>
        ${hasEvents ? this._renderLegend() : nothing} ${hasEvents ? this._renderToolbar() : nothing}
      </div>
      <div class="body">
        <div
          class="viewport"
          part="viewport"
          @wheel=${this._onWheel}
          @pointerdown=${this._onPointerStart}
          @scroll=${this._onScroll}
        >
          ${hasEvents && layout ? this._renderChart(layout) : nothing}
        </div>
        ${
          selected && this._panel
            ? html`<div class="panel-wrap" @keydown=${this._onPanelKey}>
                ${this._panel.renderDetails(selected, {
                  lang,
                  m,
                  base: isServer ? '' : document.baseURI,
                  onClose: this._closePanel,
                })}
              </div>`
            : nothing
        }
      </div>
      <div
        class="status ${this._notice && this._notice.reason !== 'empty' ? 'error' : ''}"
        role="status"
        part="status"
      >
        ${this._renderNotice()}
      </div>
      <span class="probe" aria-hidden="true">M</span>
      <p id="keys" class="keys" hidden>${m.keys}</p>
    </div>`;
  }

  private _renderMeta() {
    const data = this._data;
    if (!data?.asOf) return nothing;
    const m = this._m;
    const d = parseCalendarDate(data.asOf);
    const date = d ? formatEventDate({ start: data.asOf } as TimelineEvent, this._lang) : data.asOf;
    return html`<p class="meta" part="meta">
      <span>${fill(m.asOf, { date })}</span>
      <details class="sources" @toggle=${this._onSourcesToggle}>
        <summary>${m.sources}</summary>
        ${this._sourcesOpen && this._panel ? this._panel.renderSources(this._order, document.baseURI) : nothing}
      </details>
    </p>`;
  }

  private _onSourcesToggle = (e: Event) => {
    this._sourcesOpen = (e.currentTarget as HTMLDetailsElement).open;
    if (this._sourcesOpen) this._loadDetails();
  };

  private _renderLegend() {
    const m = this._m;
    return html`<ul class="legend" part="legend" aria-label=${m.legend}>
      ${(['held', 'announced', 'projected'] as const).map(
        (s) =>
          html`<li>
            <svg class="key" viewBox="0 0 14 14" aria-hidden="true">
              <circle class="marker ${s}" cx="7" cy="7" r="5"></circle>
            </svg>
            ${m.status[s]}
          </li>`,
      )}
    </ul>`;
  }

  private _renderToolbar() {
    const m = this._m;
    const tools = [m.zoomIn, m.zoomOut, m.zoomReset];
    const icons = ['+', '−', '⟲'];
    return html`<div
      class="toolbar"
      role="toolbar"
      aria-label=${m.zoom}
      part="toolbar"
      @keydown=${this._onToolKey}
    >
      ${tools.map(
        (label, i) =>
          html`<button
            type="button"
            class="tool"
            part="button"
            tabindex=${i === this._tool ? 0 : -1}
            aria-label=${label}
            title=${label}
            @click=${() => this._run((mod, h) => mod.onTool(h, i))}
          >
            <span aria-hidden="true">${icons[i]}</span>
          </button>`,
      )}
    </div>`;
  }

  private _renderNotice() {
    const n = this._notice;
    const m = this._m;
    if (n) {
      if (n.reason === 'empty') return m.noEvents;
      return this._errorText
        ? this._errorText(
            n,
            this._lang,
            m.errorFetch,
            (x) => numberFormat(this._lang).format(x),
            !!this._data && this._order.length > 0,
          )
        : fill(m.errorFetch, { detail: n.detail });
    }
    if (this._fetching && !this._data) return m.loading;
    if (this._data && !this._order.length) return m.noEvents;
    return '';
  }

  private _renderChart(l: TimelineLayout) {
    // Right to left, the canvas (drawn mirrored) moves the other way.
    const shift = this._rtl ? -this._shift : this._shift;
    return html`<div
      class="canvas"
      ${vars({
        '--cw': px(l.contentWidth),
        '--ch': px(l.contentHeight),
        '--lh': px(this._lh),
        transform: shift ? `translateX(${px(shift)})` : 'none',
        'will-change': this._layer ? 'transform' : 'auto',
      })}
    >
      ${this._renderContent(l)}
    </div>`;
  }

  /**
   * What the canvas shows, or noChange when none of what it is drawn from has changed: most
   * frames of a drag move the canvas alone (its transform), and nothing in it is rendered again.
   */
  private _renderContent(l: TimelineLayout) {
    const deps = [
      this._layout,
      this._offset,
      this._rtl,
      this._active,
      this.selected,
      this._tip,
      this._m,
      this._lang,
    ];
    if (deps.every((d, i) => d === this._drawn[i])) return noChange;
    this._drawn = deps;
    // In the canvas's coordinates (see _originX); right to left, in a mirror.
    if (this._offset !== null && this._shiftLayout) l = this._shiftLayout(l, this._offset);
    if (this._rtl && this._mirror) l = this._mirror(l);
    const m = this._m;
    const horizontal = l.orientation === 'horizontal';
    const active = this._active;
    const activeShown = !!active && l.events.some((e) => e.id === active);
    const total = this._order.length;
    return html`<svg
        class="chart"
        part="chart"
        aria-hidden="true"
        width=${l.contentWidth}
        height=${l.contentHeight}
        @click=${this._onChartClick}
        @pointerover=${this._onChartOver}
      >
        <line class="axis" x1=${l.axis[0]} y1=${l.axis[1]} x2=${l.axis[2]} y2=${l.axis[3]}></line>
        ${repeat(
          l.ticks,
          // A tick keeps its nodes while a gesture moves it: one transform changes (no text layout).
          (t) => `${t.value.getTime()} ${t.label}`,
          (t) =>
            horizontal
              ? svg`<g transform="translate(${t.pos} 0)">
                <line class="tick" y1=${l.axis[1]} y2=${l.axis[1] + 5}></line>
                <text class="tick-label" x=${t.x - t.pos} y=${t.y} text-anchor="middle">${t.label}</text>
              </g>`
              : svg`<g transform="translate(0 ${t.pos})">
                <line class="tick" x1=${l.axis[0] - 5} x2=${l.axis[0]}></line>
                <text class="tick-label" x=${t.x} y=${t.y - t.pos} text-anchor="end" dominant-baseline="middle">${t.label}</text>
              </g>`,
        )}
        ${
          l.today
            ? svg`<g class="today">
              <line x1=${l.today.line[0]} y1=${l.today.line[1]} x2=${l.today.line[2]} y2=${l.today.line[3]}></line>
              <text x=${l.today.labelX} y=${l.today.labelY} text-anchor=${horizontal ? 'middle' : 'end'}
                dominant-baseline=${horizontal ? 'auto' : 'middle'}>${l.today.label}</text>
            </g>`
            : nothing
        }
        ${repeat(
          l.events,
          (e) => e.id,
          (e) => {
            const cls = `${e.event.status} ${e.event.kind}${e.id === this.selected ? ' selected' : ''}`;
            const span = e.span;
            // Drawn around the marker, which one transform places: while a gesture moves the
            // timeline, most events change that one attribute only (one element to restyle).
            const { x, y } = e.marker;
            const [x1, y1, x2, y2] = e.leader;
            return svg`<g class="event ${cls}" data-id=${e.id} transform="translate(${x} ${y})">
              <line class="leader" x1=${x1 - x} y1=${y1 - y} x2=${x2 - x} y2=${y2 - y}></line>
              ${
                span
                  ? horizontal
                    ? svg`<rect class="span" x=${span[0] - x} y=${l.axis[1] - 3 - y} width=${span[1] - span[0]} height="6" rx="3"></rect>`
                    : svg`<rect class="span" y=${span[0] - y} x=${l.axis[0] - 3 - x} height=${span[1] - span[0]} width="6" rx="3"></rect>`
                  : nothing
              }
              <circle class="marker ${e.event.status}" r=${e.event.kind === 'ministerial' ? 4.5 : 6}></circle>
            </g>`;
          },
        )}
        ${repeat(
          l.clusters,
          (c) => c.key,
          (c) =>
            svg`<g class="cluster" data-key=${c.key}
              transform="translate(${c.box.x + c.box.width / 2} ${c.box.y + c.box.height / 2})">
              ${c.key === this._tip?.key ? svg`<title>${this._tip.text}</title>` : nothing}
              <rect x=${-c.box.width / 2} y=${-c.box.height / 2} width=${c.box.width} height=${c.box.height}
                rx=${c.box.height / 2}></rect>
              <text text-anchor="middle" dominant-baseline="central">${c.label}</text>
            </g>`,
        )}
      </svg>
      <div
        class="listbox ${activeShown ? 'has-active' : ''}"
        role="listbox"
        part="listbox"
        tabindex="0"
        aria-label=${m.events}
        aria-describedby="keys"
        aria-activedescendant=${activeShown ? `o-${active}` : nothing}
        @keydown=${this._onListKey}
        @focus=${this._onListFocus}
        @click=${this._onListClick}
      >
        ${repeat(
          l.events,
          (e) => e.id,
          // A label is placed by its slot, whose style has no var(): a gesture that moves it
          // restyles the slot alone (an option's own style takes twice as long to resolve).
          (e) =>
            html`<div
              class="slot"
              ${vars({
                transform: `translate(${px(e.box.x)}, ${px(e.box.y)})`,
                width: px(e.box.width),
                height: px(e.box.height),
              })}
            >
              <div
                id="o-${e.id}"
                class="option ${e.event.status}${e.id === active ? ' active' : ''}${
                  e.truncated ? ' truncated' : ''
                }${e.flipped ? ' flipped' : ''}"
                part="option"
                role="option"
                aria-label=${this._optionName(e.event)}
                aria-selected=${e.id === this.selected ? 'true' : 'false'}
                aria-setsize=${total}
                aria-posinset=${e.index + 1}
              >
                <span class="line title-line">${e.lines[0] ?? ''}</span>
                <span class="line meta-line">${e.lines[1] ?? ''}</span>
              </div>
            </div>`,
        )}
      </div>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'timeline-select': CustomEvent<TimelineSelectDetail>;
    'timeline-error': CustomEvent<TimelineErrorDetail>;
  }
}
