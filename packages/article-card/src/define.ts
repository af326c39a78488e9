/**
 * Guarded registration of Tianshan elements.
 *
 * - The name is free: define it.
 * - Tianshan's own element is already there (another copy of the bundle, or both bundles that
 *   share `<article-card>`): do nothing, silently; the first definition wins.
 * - A foreign element holds the name: warn once, throw nothing.
 */
const BRAND = Symbol.for('tianshan.element');

/** Marks a class as one of Tianshan's, so another copy recognises it. */
export function brand<T extends CustomElementConstructor>(ctor: T, tag: string): T {
  (ctor as unknown as Record<symbol, string>)[BRAND] = tag;
  return ctor;
}

/** True when `ctor` is Tianshan's element for `tag` (from any copy of the package). */
export function isTianshanElement(
  ctor: CustomElementConstructor | undefined,
  tag: string,
): boolean {
  return (ctor as unknown as Record<symbol, string> | undefined)?.[BRAND] === tag;
}

/** Defines `tag` unless it is already defined. Returns true when this call defined it. */
export function defineElement(tag: string, ctor: CustomElementConstructor): boolean {
  if (typeof customElements === 'undefined') return false;
  // Through a local name, so that the manifest analyzer does not take `tag` for a tag name.
  const registry = customElements;
  const existing = registry.get(tag);
  if (!existing) {
    registry.define(tag, brand(ctor, tag));
    return true;
  }
  if (existing !== ctor && !isTianshanElement(existing, tag)) {
    console.warn(`<${tag}> is defined by another library: Tianshan's is not registered.`);
  }
  return false;
}
