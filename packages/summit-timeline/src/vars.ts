// An element directive that sets CSS custom properties through CSSOM (style.setProperty), which a
// strict CSP (style-src 'self') allows, unlike a `style` attribute in a template.
import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

class VarsDirective extends Directive {
  private previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('vars() goes on an element');
  }

  render(_values: Record<string, string | number>) {
    return nothing;
  }

  override update(part: ElementPart, [values]: [Record<string, string | number>]) {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.previous) if (!(name in values)) style.removeProperty(name);
    for (const [name, value] of Object.entries(values)) style.setProperty(name, String(value));
    this.previous = new Set(Object.keys(values));
    return nothing;
  }
}

/** `<div ${vars({ '--x': '10px' })}>`: sets custom properties with CSSOM. */
export const vars = directive(VarsDirective);

/** Pixels as a CSS length, rounded to a hundredth. */
export const px = (n: number) => `${Math.round(n * 100) / 100}px`;
