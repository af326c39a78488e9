// Merges the packages' Custom Elements Manifests (written by each package build) into one, for
// Storybook's autodocs, and turns each attribute's TypeScript type into a fitting control.
import type { InputType, StrictInputType } from 'storybook/internal/types';

/** The parts of a Custom Elements Manifest (schema 1.0) that Storybook and this file read. */
export interface Manifest {
  schemaVersion: string;
  readme?: string;
  modules: ManifestModule[];
}
interface ManifestModule {
  kind: string;
  path: string;
  declarations?: Declaration[];
  exports?: unknown[];
}
interface Member {
  kind: string;
  name: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
  [key: string]: unknown;
}
interface Attribute {
  name: string;
  fieldName?: string;
  description?: string;
  type?: { text?: string };
  [key: string]: unknown;
}
export interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: Attribute[];
  members?: Member[];
  [key: string]: unknown;
}

/** `ArticleCard` → `article-card`. */
export const kebab = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();

/**
 * The public API of an element as a page sees it: its attributes (each naming its property when
 * the names differ), and only those public instance fields that have no attribute (such as
 * `data`). Private, protected, internal (`_x`, `#x`) and static members are left out.
 */
function publicApi(d: Declaration): Declaration {
  const members = (d.members ?? []).filter(
    (m) =>
      m.kind === 'field' &&
      !m.static &&
      !m.name.startsWith('#') &&
      !m.name.startsWith('_') &&
      m.privacy !== 'private' &&
      m.privacy !== 'protected' &&
      !m.attribute,
  );
  const attributes = (d.attributes ?? []).map((a) =>
    a.fieldName && a.fieldName !== a.name
      ? { ...a, description: `${a.description ?? ''} Property: \`${a.fieldName}\`.`.trim() }
      : a,
  );
  return { ...d, members, attributes };
}

/**
 * One manifest from several, for the docs. A custom element class without a `tagName` (the
 * packages register through `defineElement()`, which the analyzer cannot follow unless the class
 * has a `@tagName` JSDoc tag) gets the kebab-case of its class name, which is how Tianshan names
 * its tags.
 */
export function mergeManifests(manifests: Manifest[]): Manifest {
  const modules = manifests
    .flatMap((m) => m.modules ?? [])
    .map((mod) => ({
      ...mod,
      declarations: mod.declarations?.map((d) => {
        if (!d.customElement) return d;
        const tagName =
          d.tagName ?? (/^[A-Z][a-z0-9]+[A-Z]/.test(d.name) ? kebab(d.name) : undefined);
        return publicApi(tagName ? { ...d, tagName } : d);
      }),
    }));
  return { schemaVersion: '1.0.0', readme: '', modules };
}

/** Every custom element declaration of a manifest, by tag name. */
export function elementsByTag(manifest: Manifest): Map<string, Declaration> {
  const map = new Map<string, Declaration>();
  for (const mod of manifest.modules)
    for (const d of mod.declarations ?? []) if (d.customElement && d.tagName) map.set(d.tagName, d);
  return map;
}

/** `'a' | 'b' | undefined` → ['a', 'b']; null when the type is not a union of string literals. */
export function literalOptions(typeText: string): string[] | null {
  const parts = typeText
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p && p !== 'undefined' && p !== 'null');
  if (!parts.length) return null;
  const options: string[] = [];
  for (const p of parts) {
    const m = /^(['"`])(.*)\1$/.exec(p);
    if (!m) return null;
    options.push(m[2]!);
  }
  return options;
}

/** The control for a manifest type: select for literal unions, else by primitive type. */
export function controlFor(
  typeText: string | undefined,
  isAttribute: boolean,
): Pick<InputType, 'control' | 'options'> {
  const text = (typeText ?? '').trim();
  const options = literalOptions(text);
  if (options)
    return { control: { type: options.length > 4 ? 'select' : 'inline-radio' }, options };
  const bare = text
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== 'undefined' && p !== 'null')
    .join('|');
  if (bare === 'boolean') return { control: { type: 'boolean' } };
  if (bare === 'number') return { control: { type: 'number' } };
  if (bare === 'string' || isAttribute) return { control: { type: 'text' } };
  return { control: { type: 'object' } };
}

/**
 * Storybook's manifest reader gives every attribute the raw TypeScript type as its type name,
 * which its control inference cannot read (a union becomes a JSON editor). This gives each
 * attribute and property a control that fits its type: a radio or a select for a union of string
 * literals, a switch, a number field or a text field, and a JSON editor only for object
 * properties. Events stay actions; slots, parts and CSS properties stay documentation only.
 */
export function withControls(
  argTypes: Record<string, StrictInputType>,
): Record<string, StrictInputType> {
  const out: Record<string, StrictInputType> = {};
  // Attributes first: the controls panel lists categories in the order it meets them.
  const rank = (a: StrictInputType) => (a.table?.category === 'attributes' ? 0 : 1);
  argTypes = Object.fromEntries(Object.entries(argTypes).sort(([, a], [, b]) => rank(a) - rank(b)));
  for (const [name, argType] of Object.entries(argTypes)) {
    const category = argType.table?.category;
    if ((category === 'attributes' || category === 'properties') && !argType.control) {
      const typeText = argType.table?.type?.summary;
      out[name] = { ...argType, ...controlFor(typeText, category === 'attributes') };
    } else if (
      category === 'slots' ||
      category === 'css shadow parts' ||
      category === 'css custom properties'
    ) {
      out[name] = { ...argType, control: false };
    } else {
      out[name] = argType;
    }
  }
  return out;
}
