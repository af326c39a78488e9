import { css } from 'lit';
import {
  colorAccent,
  colorBorder,
  colorSkeleton,
  colorSurface,
  colorSurfaceMuted,
  colorText,
  colorTextMuted,
  focusRingColor,
  focusRingOffset,
  focusRingWidth,
  fontSizeSm,
  fontSizeXl,
  fontWeightBold,
  lineHeightSnug,
  lineHeightTight,
  radiusMd,
  space2,
  space4,
} from '@tianshan/tokens';

// Logical properties throughout, so `dir="rtl"` mirrors the layout. Every text row has a fixed
// number of lines at most (kicker and meta 1, with an ellipsis; headline and dek `--l`, clamped);
// while data comes from `src`, every row reserves them, so the loaded card keeps the skeleton's
// height whatever the data.
// The font is `--tian-font-family-sans` when the page sets it (tokens.css), else the page's own
// (an unset var() leaves font-family inherited): no font stack to ship, no font to download.
// One rule per line: every byte of this ships in the CDN bundle.
// prettier-ignore
export const styles = css`
:host{display:block;font-family:var(--article-card-font-family,var(--tian-font-family-sans));line-height:${lineHeightSnug};overflow-wrap:anywhere;line-break:strict}
:host([hidden]){display:none}
:host([theme=light]){color-scheme:light}
:host([theme=dark]){color-scheme:dark}
.card{display:flex;flex-direction:column;box-sizing:border-box;block-size:100%;overflow:hidden;cursor:pointer;color:var(--article-card-color,${colorText});background:var(--article-card-background,${colorSurface});border:var(--article-card-border,1px solid ${colorBorder});border-radius:var(--article-card-radius,${radiusMd})}
.horizontal{flex-direction:row;align-items:flex-start}
.media{flex:none;min-block-size:0;overflow:hidden;aspect-ratio:var(--article-card-image-ratio,16/9);background:var(--article-card-placeholder,${colorSurfaceMuted})}
.horizontal .media{inline-size:var(--article-card-media-size,40%)}
img{display:block;inline-size:100%;block-size:100%;object-fit:cover}
.body{display:flex;flex-direction:column;flex:1;min-inline-size:0;gap:var(--article-card-gap,${space2});padding:var(--article-card-padding,${space4})}
p,.headline{margin:0}
.kicker,.meta{font-size:${fontSizeSm};white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.kicker{font-weight:${fontWeightBold};color:var(--article-card-kicker-color,${colorAccent})}
.headline{font-family:var(--article-card-headline-font-family,inherit);font-size:var(--article-card-headline-size,${fontSizeXl});line-height:${lineHeightTight};--l:var(--article-card-headline-lines,3)}
.dek{--l:var(--article-card-dek-lines,3)}
a,.dek{display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:var(--l);overflow:hidden}
a{color:inherit;text-decoration:none}
.card:hover a{text-decoration:underline}
a:focus-visible{outline:${focusRingWidth} solid var(--article-card-focus-ring,${focusRingColor});outline-offset:${focusRingOffset}}
.dek,.meta{color:var(--article-card-muted-color,${colorTextMuted})}
.meta{margin-block-start:auto}
.meta>*{unicode-bidi:isolate}
.meta>*+*::before{content:'·'/'';margin-inline:${space2}}
.reserve .body>*{min-block-size:calc(var(--l,1)*1lh)}
.skeleton .media,.skeleton .body>*{background:var(--article-card-skeleton,${colorSkeleton})}
@media (forced-colors:active){.card{border:1px solid}}
`;
