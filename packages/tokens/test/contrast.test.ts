import { expect } from '@open-wc/testing';
import { contrastPairs, tokens, type TokenName } from '@tianshan/tokens';

/** WCAG 2.x relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const colorName = (suffix: string) =>
  ('color' + suffix.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase())) as TokenName;

describe('colour tokens: WCAG contrast', () => {
  it('computes known ratios correctly', () => {
    expect(contrast('#000000', '#ffffff')).to.be.closeTo(21, 0.001);
    expect(contrast('#777777', '#ffffff')).to.be.closeTo(4.48, 0.01);
  });

  it('gives every colour a light and a dark value', () => {
    const colors = Object.values(tokens).filter((t) => t.type === 'color');
    expect(colors.length).to.be.greaterThan(10);
    for (const t of colors) {
      expect(t.light, `${t.name} light`).to.match(/^#[0-9a-f]{6}$/i);
      expect(t.dark, `${t.name} dark`).to.match(/^#[0-9a-f]{6}$/i);
    }
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const { fg, bg, min } of contrastPairs) {
      it(`${fg} on ${bg} (${scheme}) is at least ${min}:1`, () => {
        const f = tokens[colorName(fg)];
        const b = tokens[colorName(bg)];
        expect(f, fg).to.exist;
        expect(b, bg).to.exist;
        const ratio = contrast(f[scheme]!, b[scheme]!);
        expect(ratio, `${fg} ${f[scheme]} on ${bg} ${b[scheme]}`).to.be.at.least(min);
      });
    }
  }
});
