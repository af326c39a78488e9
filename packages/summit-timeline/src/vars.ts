// An element directive that sets CSS custom properties through CSSOM (style.setProperty), which a
// strict CSP (style-src 'self') allows, unlike a `style` attribute in a template.
import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

class VarsDirective extends Directive {
  private previous = new Map<string, string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('vars() goes on an element');
  }

  render(_values: Record<string, string | number>) {
    return nothing;
  }

  override update(part: ElementPart, [values]: [Record<string, string | number>]) {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.previous.keys()) if (!(name in values)) style.removeProperty(name);
    const next = new Map<string, string>();
    for (const [name, raw] of Object.entries(values)) {
      const value = String(raw);
      // Unchanged values are not set again (a set marks the element's style for recalculation).
      if (this.previous.get(name) !== value) style.setProperty(name, value);
      next.set(name, value);
    }
    this.previous = next;
    return nothing;
  }
}

/** `<div ${vars({ '--x': '10px' })}>`: sets custom properties with CSSOM. */
export const vars = directive(VarsDirective);

/** Pixels as a CSS length, rounded to a hundredth. */
export const px = (n: number) => `${Math.round(n * 100) / 100}px`;
