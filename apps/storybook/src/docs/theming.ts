// The styling API of each element (CSS custom properties and shadow parts), read from the
// packages' Custom Elements Manifests, for the "Theming with tokens and parts" page.
import { elementsByTag, mergeManifests, type Manifest } from '../../.storybook/manifest.js';

interface Described {
  name: string;
  description?: string;
}

export interface StylingApi {
  tag: string;
  summary: string;
  cssProperties: Described[];
  cssParts: Described[];
}

const manifests = import.meta.glob<Manifest>('../../../../packages/*/custom-elements.json', {
  eager: true,
  import: 'default',
});

/** One entry per element, in tag order. */
export const stylingApis: StylingApi[] = [
  ...elementsByTag(mergeManifests(Object.values(manifests))).entries(),
]
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([tag, d]) => ({
    tag,
    summary: typeof d['summary'] === 'string' ? d['summary'] : '',
    cssProperties: (d['cssProperties'] as Described[] | undefined) ?? [],
    cssParts: (d['cssParts'] as Described[] | undefined) ?? [],
  }));

/** Splits a manifest description on its backticks: `Default \`x\`.` → text, code, text. */
export function segments(text: string | undefined): { text: string; code: boolean }[] {
  return (text ?? '')
    .split('`')
    .map((part, i) => ({ text: part, code: i % 2 === 1 }))
    .filter((s) => s.text !== '');
}
