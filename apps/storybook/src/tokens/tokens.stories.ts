import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { contrastPairs, tokens } from '@tianshan/tokens';
import { SCHEMES, colorToken, contrastRatio, pairRatio, parseColor } from './contrast.js';
import { coloursPage, motionPage, radiusPage, spacingPage, typeScalePage } from './token-pages.js';

const meta: Meta = {
  title: 'Tokens',
  tags: ['!autodocs'],
  parameters: { layout: 'padded', controls: { disable: true }, actions: { disable: true } },
};
export default meta;
type Story = StoryObj;

/** Throws with every failed check listed, so the story shows as failed. */
function assertAll(problems: string[]) {
  if (problems.length) throw new Error(`Token page check failed:\n${problems.join('\n')}`);
}

export const Colours: Story = {
  render: () => coloursPage(),
  // The page is only worth trusting if what tokens.css paints matches the values the ratios are
  // computed from: checks every swatch and every pair against the computed colours.
  play: ({ canvasElement }) => {
    const problems: string[] = [];
    const colours = Object.values(tokens).filter((t) => t.type === 'color');
    for (const t of colours)
      for (const scheme of SCHEMES) {
        const el = canvasElement.querySelector<HTMLElement>(
          `.tp-swatch[data-token="${t.name}"][data-scheme="${scheme}"]`,
        );
        const painted = el ? parseColor(getComputedStyle(el).backgroundColor) : null;
        const declared = t[scheme] ? parseColor(t[scheme]) : null;
        if (!painted || !declared || painted.join() !== declared.join())
          problems.push(
            `${t.cssVar} (${scheme}): painted ${painted} but the token says ${t[scheme]}`,
          );
      }
    for (const { fg, bg, min } of contrastPairs) {
      const f = colorToken(fg);
      const b = colorToken(bg);
      for (const scheme of SCHEMES) {
        const ratio = pairRatio(f, b, scheme);
        if (ratio === null || ratio < min)
          problems.push(`${fg} on ${bg} (${scheme}): ${ratio?.toFixed(2)} < ${min}`);
        const cell = canvasElement.querySelector<HTMLElement>(
          `[data-pair="${f?.name}/${b?.name}"][data-theme="${scheme}"] .tp-sample`,
        );
        if (!cell) {
          problems.push(`${fg} on ${bg} (${scheme}): no sample`);
          continue;
        }
        const style = getComputedStyle(cell);
        const fgPainted = parseColor(min >= 4.5 ? style.color : style.borderTopColor);
        const bgPainted = parseColor(style.backgroundColor);
        const painted = fgPainted && bgPainted ? contrastRatio(fgPainted, bgPainted) : null;
        if (painted === null || ratio === null || Math.abs(painted - ratio) > 0.01)
          problems.push(`${fg} on ${bg} (${scheme}): painted ${painted}, computed ${ratio}`);
      }
    }
    assertAll(problems);
  },
};

export const TypeScale: Story = {
  name: 'Type scale',
  render: () => typeScalePage(),
};

export const Spacing: Story = {
  render: () => spacingPage(),
  // Each bar is exactly as wide as its token (at the 16 px root size the page assumes).
  play: ({ canvasElement }) => {
    const rootPx = parseFloat(getComputedStyle(document.documentElement).fontSize);
    const problems: string[] = [];
    for (const t of Object.values(tokens).filter((x) => x.cssVar.startsWith('--tian-space-'))) {
      const bar = canvasElement.querySelector<HTMLElement>(`.tp-bar[data-token="${t.name}"]`);
      const rem = /^([\d.]+)rem$/.exec(String(t.value));
      const expected = rem ? Number(rem[1]) * rootPx : parseFloat(String(t.value)) || 0;
      const width = bar?.getBoundingClientRect().width ?? -1;
      if (Math.abs(width - Math.max(expected, 1)) > 0.5)
        problems.push(`${t.cssVar}: bar is ${width}px, expected ${expected}px`);
    }
    assertAll(problems);
  },
};

export const RadiusAndShadow: Story = {
  name: 'Radius and shadow',
  render: () => radiusPage(),
};

export const Motion: Story = {
  render: () => motionPage(),
};
