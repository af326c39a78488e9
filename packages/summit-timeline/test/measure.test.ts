// Label widths: simple text is the sum of its characters' widths, each measured once; shaped
// scripts and bidi controls are measured whole. Pure (a canvas is only the measurer under test).
import { expect } from '@open-wc/testing';
import { charWidthMeasurer, isSimpleText } from '../src/layout/measure.js';

describe('layout: text widths', () => {
  it('tells simple text from text that is shaped or carries bidi controls', () => {
    for (const t of [
      'Astana summit, 2025',
      'Саммит в Астане',
      '西安峰会（2023年）',
      'Sommet d’Astana – 2025',
    ])
      expect(isSimpleText(t), t).to.equal(true);
    for (const t of ['قمة أستانا', 'अस्ताना', 'a\u202Eb', 'x\u200Fy', 'summit 🎉'])
      expect(isSimpleText(t), t).to.equal(false);
  });

  it('measures each character once, and shaped text whole', () => {
    const seen: string[] = [];
    const measure = charWidthMeasurer((t) => {
      seen.push(t);
      return t.length * 10;
    });
    expect(measure('abba')).to.equal(40);
    expect(measure('baab')).to.equal(40);
    expect(seen).to.deep.equal(['a', 'b']);
    expect(measure('قمة')).to.equal(30);
    expect(seen.at(-1)).to.equal('قمة');
  });

  it('agrees with the canvas within a pixel on labels in four languages', () => {
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = `400 13px ${getComputedStyle(document.body).fontFamily}`;
    const whole = (t: string) => ctx.measureText(t).width;
    const measure = charWidthMeasurer(whole);
    for (const label of [
      'Second China–Central Asia Summit, Astana',
      'Второй саммит «Центральная Азия – Китай», Астана',
      '第二届中国—中亚峰会，阿斯塔纳',
      'Deuxième sommet Chine–Asie centrale, Astana',
      'Ministerial meeting 42, Bishkek · 17 Jun 2025',
    ]) {
      expect(Math.abs(measure(label) - whole(label)), label).to.be.below(1.5);
    }
  });
});
