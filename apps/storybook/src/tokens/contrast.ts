// WCAG 2.x contrast, from the token values: what the colour page shows and checks.
import { tokens, type Token, type TokenName } from '@tianshan/tokens';

export type Rgb = [number, number, number];

/** `#rrggbb` or `#rgb` (alpha ignored), or `rgb(r, g, b)` / `rgb(r g b)` as getComputedStyle gives. */
export function parseColor(value: string): Rgb | null {
  const v = value.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3,8})$/.exec(v)?.[1];
  if (hex) {
    const full =
      hex.length === 3 || hex.length === 4
        ? [...hex.slice(0, 3)].map((c) => c + c).join('')
        : hex.slice(0, 6);
    if (full.length !== 6) return null;
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as Rgb;
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(v);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  return null;
}

/** Relative luminance (WCAG 2.2, 1.4.3). */
export function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Contrast pairs name colours by their suffix: `text-muted` is `--tian-color-text-muted`. */
export function colorToken(suffix: string): Token | undefined {
  return Object.values(tokens).find((t) => t.cssVar === `--tian-color-${suffix}`);
}

export const SCHEMES = ['light', 'dark'] as const;
export type Scheme = (typeof SCHEMES)[number];

/** The ratio of a pair in one scheme, from the tokens' own values; null if a value is missing. */
export function pairRatio(fg: Token | undefined, bg: Token | undefined, scheme: Scheme) {
  const f = fg?.[scheme] ?? (typeof fg?.value === 'string' ? fg.value : undefined);
  const b = bg?.[scheme] ?? (typeof bg?.value === 'string' ? bg.value : undefined);
  const fc = f ? parseColor(f) : null;
  const bc = b ? parseColor(b) : null;
  return fc && bc ? contrastRatio(fc, bc) : null;
}

/** Every token whose CSS property starts with one of the prefixes, in the package's order. */
export function tokensWithPrefix(...prefixes: string[]): Token[] {
  return (Object.keys(tokens) as TokenName[])
    .map((name) => tokens[name])
    .filter((t) => prefixes.some((p) => t.cssVar.startsWith(p)));
}
