/**
 * Guarded registration, the same as `@tianshan/article-card`'s `defineElement` (and recognising
 * its brand), kept here so the timeline's first render does not pull in the card's module graph:
 * - the name is free: define it;
 * - Tianshan's own element holds it (another copy of the bundle): do nothing, silently;
 * - a foreign element holds it: warn once, throw nothing.
 */
const BRAND = Symbol.for('tianshan.element');

export function defineElement(tag: string, ctor: CustomElementConstructor): boolean {
  if (typeof customElements === 'undefined') return false;
  // Through a local name, so that the manifest analyzer does not take `tag` for a tag name.
  const registry = customElements;
  const existing = registry.get(tag);
  if (!existing) {
    (ctor as unknown as Record<symbol, string>)[BRAND] = tag;
    registry.define(tag, ctor);
    return true;
  }
  if (existing !== ctor && (existing as unknown as Record<symbol, string>)[BRAND] !== tag) {
    console.warn(
      `<${tag}> is already defined by another library; Tianshan's <${tag}> was not registered.`,
    );
  }
  return false;
}
