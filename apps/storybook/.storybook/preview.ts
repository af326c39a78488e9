import { html } from 'lit';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Decorator, Preview, WebComponentsRenderer } from '@storybook/web-components-vite';
import type { ArgTypesEnhancer, StrictInputType } from 'storybook/internal/types';
import '@tianshan/tokens/tokens.css';
import './preview.css';
import { elementsByTag, mergeManifests, withControls, type Manifest } from './manifest.js';

// Each package build writes packages/<pkg>/custom-elements.json. A glob (rather than two imports)
// keeps Storybook building while a package has not been built yet.
const manifests = import.meta.glob<Manifest>('../../../packages/*/custom-elements.json', {
  eager: true,
  import: 'default',
});
const manifest = mergeManifests(Object.values(manifests));
setCustomElementsManifest(manifest);
const elements = elementsByTag(manifest);

/** Attribute names of a tag, from the manifest. */
const attributesOf = (tag: string) =>
  new Set((elements.get(tag)?.attributes ?? []).map((a) => a.name));

/**
 * The default render for a story that has no render function of its own: creates the element and
 * applies each arg the way a page would: attributes as attributes (so a control changes the
 * attribute, reflected styles included), everything else as a property, and each event arg
 * (an action) as a listener.
 */
const render: Preview['render'] = (args, context) => {
  const tag = context.component;
  if (typeof tag !== 'string') throw new Error(`Story ${context.id} has no component tag.`);
  const el = document.createElement(tag);
  const attributes = attributesOf(tag);
  for (const [key, value] of Object.entries(args)) {
    const argType = context.argTypes[key] as StrictInputType & { action?: { name?: string } };
    if (value === undefined || value === null) continue;
    if (typeof value === 'function' && argType?.action?.name) {
      el.addEventListener(argType.action.name, value as EventListener);
    } else if (attributes.has(key)) {
      if (typeof value === 'boolean') el.toggleAttribute(key, value);
      else el.setAttribute(key, typeof value === 'object' ? JSON.stringify(value) : String(value));
    } else if (argType?.table?.category === 'properties' || !argType) {
      (el as unknown as Record<string, unknown>)[key] = value;
    }
  }
  return el;
};

const controls: ArgTypesEnhancer<WebComponentsRenderer> = (context) =>
  withControls(context.argTypes as Record<string, StrictInputType>);

/**
 * The toolbar's theme, language and direction, applied to a wrapper around each story: its
 * `data-theme` switches the tokens' light-dark() values, and its `lang` and `dir` are what an
 * element inherits from its nearest ancestor. In the canvas the page itself follows the theme too.
 */
const withPageSettings: Decorator = (story, context) => {
  const { theme, lang, dir } = context.globals as Record<string, string | undefined>;
  const scheme = theme === 'light' || theme === 'dark' ? theme : undefined;
  if (context.viewMode === 'story') {
    const root = document.documentElement;
    if (scheme) root.dataset['theme'] = scheme;
    else delete root.dataset['theme'];
  }
  return html`<div
    class="tian-story"
    data-theme=${scheme ?? 'auto'}
    lang=${lang || 'en'}
    dir=${dir === 'rtl' ? 'rtl' : 'ltr'}
  >
    ${story()}
  </div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  render,
  argTypesEnhancers: [controls],
  decorators: [withPageSettings],
  globalTypes: {
    theme: {
      description: 'Colour scheme of the canvas and of the elements that follow the page',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'auto', title: 'Auto (system)' },
        ],
        dynamicTitle: true,
      },
    },
    lang: {
      description: 'Language inherited by the elements (their own lang attribute wins)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'zh', title: '中文' },
          { value: 'ru', title: 'Русский' },
          { value: 'fr', title: 'Français' },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Text direction inherited by the elements',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', lang: 'en', dir: 'ltr' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    // Violations fail the story in Storybook's test runs; scripts/check-stories.mjs checks the
    // same in headless Chromium for every story of the static build.
    a11y: { test: 'error' },
    docs: { toc: true },
    options: {
      storySort: {
        order: [
          'Docs',
          [
            'Getting started',
            'Embedding on a publisher page',
            'The data format',
            'Theming with tokens and parts',
          ],
          'Components',
          '*',
          'Tokens',
          ['Colours', 'Type scale', 'Spacing', 'Radius and shadow', 'Motion'],
        ],
      },
    },
  },
};

export default preview;
