import { css } from 'lit';
import {
  colorAccent,
  colorBorder,
  colorBorderStrong,
  colorErrorSurface,
  colorErrorText,
  colorLink,
  colorStatusAnnounced,
  colorStatusHeld,
  colorStatusProjected,
  colorSurface,
  colorSurfaceMuted,
  colorText,
  colorTextMuted,
  focusRingColor,
  focusRingWidth,
  fontFamilySans,
  fontSizeLg,
  fontSizeSm,
  fontSizeXs,
  fontWeightBold,
  lineHeightSnug,
  lineHeightTight,
  motionDurationFast,
  radiusSm,
  space1,
  space2,
  space3,
} from '@tianshan/tokens';

export const styles = css`
  :host {
    --_text: var(--summit-timeline-color, ${colorText});
    --_muted: var(--summit-timeline-muted-color, ${colorTextMuted});
    --_bg: var(--summit-timeline-background, ${colorSurface});
    --_panel: var(--summit-timeline-panel-background, ${colorSurfaceMuted});
    --_line: var(--summit-timeline-border-color, ${colorBorderStrong});
    --_accent: var(--summit-timeline-accent, ${colorAccent});
    --_link: var(--summit-timeline-link-color, ${colorLink});
    --_focus: var(--summit-timeline-focus-color, ${focusRingColor});
    --_held: var(--summit-timeline-held-color, ${colorStatusHeld});
    --_announced: var(--summit-timeline-announced-color, ${colorStatusAnnounced});
    --_projected: var(--summit-timeline-projected-color, ${colorStatusProjected});
    --_pad: var(--summit-timeline-padding, ${space3});
    --_font: var(--summit-timeline-font-family, ${fontFamilySans});
    --_label: var(--summit-timeline-label-size, 0.8125rem);
    display: block;
    position: relative;
    box-sizing: border-box;
    block-size: var(--summit-timeline-height, 28rem);
    overflow: hidden;
    font-family: var(--_font);
    color: var(--_text);
    background: var(--_bg);
    line-height: ${lineHeightSnug};
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  a {
    color: var(--_link);
  }
  :focus-visible {
    outline: ${focusRingWidth} solid var(--_focus);
    outline-offset: 2px;
  }

  .fallback {
    block-size: 100%;
    overflow: auto;
    padding: var(--_pad);
  }
  .frame {
    display: flex;
    flex-direction: column;
    block-size: 100%;
    position: relative;
    overflow: hidden;
    overflow-wrap: anywhere;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${space1} ${space3};
    padding: var(--_pad) var(--_pad) 0;
  }
  .heading {
    flex: 1 1 14rem;
    min-inline-size: 0;
  }
  .title {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    overflow: hidden;
    margin: 0;
    font-size: ${fontSizeLg};
    line-height: ${lineHeightTight};
    font-weight: ${fontWeightBold};
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 ${space2};
    align-items: baseline;
    margin: ${space1} 0 0;
    font-size: ${fontSizeXs};
    color: var(--_muted);
  }
  .sources summary {
    cursor: pointer;
    color: var(--_link);
    text-decoration: underline;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: ${space1} ${space3};
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: ${fontSizeXs};
    color: var(--_muted);
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: ${space1};
  }
  .key {
    inline-size: 14px;
    block-size: 14px;
    overflow: visible;
  }
  .toolbar {
    display: flex;
    gap: ${space1};
  }
  .tool {
    inline-size: 2rem;
    block-size: 2rem;
    padding: 0;
    font: inherit;
    font-size: 1.1rem;
    line-height: 1;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_line);
    border-radius: ${radiusSm};
    cursor: pointer;
  }
  .tool:hover {
    background: var(--_panel);
  }

  .body {
    position: relative;
    display: flex;
    flex-direction: column;
    flex: 1 1 auto;
    min-block-size: 0;
  }
  .viewport {
    position: relative;
    flex: 1 1 auto;
    min-block-size: 0;
    margin: ${space2} var(--_pad) var(--_pad);
    touch-action: pan-y;
    overflow: hidden;
  }
  .vertical .viewport {
    overflow-x: hidden;
    overflow-y: auto;
    scrollbar-gutter: stable;
  }
  .canvas {
    position: relative;
    inline-size: 100%;
    block-size: 100%;
  }
  .vertical .canvas {
    block-size: var(--ch);
  }
  .chart {
    position: absolute;
    inset-block-start: 0;
    left: 0;
    display: block;
    overflow: visible;
    font-family: var(--_font);
    -webkit-user-select: none;
    user-select: none;
  }
  .axis,
  .tick {
    stroke: var(--_line);
    stroke-width: 1.5;
  }
  .tick-label {
    fill: var(--_muted);
    font-size: 11px;
  }
  .today line {
    stroke: var(--_accent);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  .today text {
    fill: var(--_accent);
    font-size: 11px;
    font-weight: ${fontWeightBold};
  }
  .leader {
    stroke: ${colorBorder};
    stroke-width: 1;
  }
  .event,
  .cluster {
    cursor: pointer;
  }
  .marker {
    stroke-width: 2;
  }
  .marker.held {
    fill: var(--_held);
    stroke: var(--_held);
  }
  .marker.announced {
    fill: var(--_bg);
    stroke: var(--_announced);
  }
  .marker.projected {
    fill: var(--_bg);
    stroke: var(--_projected);
    stroke-dasharray: 2.5 2;
  }
  .event.selected .marker {
    stroke-width: 3.5;
  }
  .span {
    fill: var(--_held);
    fill-opacity: 0.35;
  }
  .announced .span {
    fill: none;
    stroke: var(--_announced);
  }
  .projected .span {
    fill: none;
    stroke: var(--_projected);
    stroke-dasharray: 3 2;
  }
  .cluster rect {
    fill: var(--_panel);
    stroke: var(--_line);
  }
  .cluster text {
    fill: var(--_text);
    font-size: 11px;
    font-weight: ${fontWeightBold};
  }

  .listbox {
    position: absolute;
    inset: 0;
    pointer-events: none;
    outline: none;
  }
  .listbox:focus-visible:not(.has-active) {
    outline: ${focusRingWidth} solid var(--_focus);
    outline-offset: -2px;
  }
  .option,
  .probe {
    font: ${fontWeightBold} var(--_label) / var(--lh, 17px) var(--_font);
  }
  .slot {
    /* Placed by a transform (a gesture moves it without a layout); its size is set. No var()
       here: this is what each step of a gesture restyles. */
    position: absolute;
    left: 0;
    top: 0;
  }
  .option {
    /* Its size is set by the layout, which measured its text. No containment and no clip: each
       would make it a paint chunk of its own, and every frame of a gesture walks them all. */
    inline-size: 100%;
    block-size: 100%;
    padding: 3px 6px;
    pointer-events: auto;
    cursor: pointer;
    border-radius: ${radiusSm};
    background: var(--_bg);
    transition: background-color ${motionDurationFast};
  }
  .option:hover {
    background: var(--_panel);
  }
  .option.flipped {
    text-align: end;
  }
  .option[aria-selected='true'] {
    background: var(--_panel);
    outline: 2px solid var(--_line);
  }
  .option[aria-selected='true'] .title-line {
    text-decoration: underline;
  }
  .listbox:focus .option.active {
    outline: ${focusRingWidth} solid var(--_focus);
    outline-offset: 1px;
  }
  .line {
    display: block;
    block-size: var(--lh, 17px);
    white-space: nowrap;
  }
  /* Text wider than its box (so the layout says): cut with an ellipsis. */
  .truncated .line {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .meta-line {
    font-weight: normal;
    color: var(--_muted);
  }
  .probe {
    position: absolute;
    visibility: hidden;
    pointer-events: none;
    white-space: nowrap;
  }

  .status {
    margin: 0 var(--_pad);
    font-size: ${fontSizeSm};
  }
  .status:empty {
    display: none;
  }
  .status.error {
    max-block-size: 40%;
    overflow: hidden;
    flex: none;
    margin-block-end: var(--_pad);
    padding: ${space2} ${space3};
    color: ${colorErrorText};
    background: ${colorErrorSurface};
    border-radius: ${radiusSm};
    overflow-wrap: anywhere;
  }
  .empty .body {
    flex: 0 0 0;
  }
  .empty .viewport {
    margin: 0;
  }
  .empty .status:not(:empty) {
    margin-block: var(--_pad);
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    .marker.held,
    .span {
      fill: CanvasText;
      stroke: CanvasText;
    }
    .marker.announced,
    .marker.projected,
    .cluster rect {
      fill: Canvas;
      stroke: CanvasText;
    }
    .axis,
    .tick,
    .leader {
      stroke: CanvasText;
    }
    .tick-label,
    .cluster text,
    .today text {
      fill: CanvasText;
    }
    .today line {
      stroke: Highlight;
    }
    .option {
      border: 1px solid CanvasText;
    }
    .listbox:focus .option.active,
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
