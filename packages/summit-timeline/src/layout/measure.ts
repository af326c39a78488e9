// Text widths for the label layout, cheaply. Measuring every label with the canvas costs tens of
// microseconds each (thousands at a glance of a large dataset); a label in a script whose glyphs do
// not change shape with their neighbours is as wide as the sum of its characters' widths, give or
// take the font's kerning (a fraction of a pixel on a label), so each character is measured once.

/**
 * Text made only of characters that keep their shape and width whatever surrounds them: Latin,
 * Greek and Cyrillic letters, digits, common punctuation (not the bidi controls), CJK ideographs,
 * kana and full-width forms. Other scripts (Arabic, Indic, …) are shaped: measure them whole.
 */
const SIMPLE =
  /^[\u0020-\u007e\u00a0-\u024f\u0370-\u03ff\u0400-\u04ff\u2010-\u2027\u2030-\u205e\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]*$/;

export function isSimpleText(text: string): boolean {
  return SIMPLE.test(text);
}

/**
 * A text measurer from a whole-text one (e.g. a canvas's `measureText`): simple text (see
 * isSimpleText) is the sum of its characters' widths, each measured once; other text is measured
 * whole. Call it again (a new measurer) when the font changes.
 */
export function charWidthMeasurer(
  measureWhole: (text: string) => number,
): (text: string) => number {
  const chars = new Map<string, number>();
  return (text) => {
    if (!isSimpleText(text)) return measureWhole(text);
    let w = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      let cw = chars.get(c);
      if (cw === undefined) chars.set(c, (cw = measureWhole(c)));
      w += cw;
    }
    return w;
  };
}
