// Builds @tianshan/tokens from the DTCG sources in tokens/ with Style Dictionary:
//   dist/tokens.css  custom properties (--tian-*), colours as light-dark(light, dark),
//                    plus [data-theme] rules that force a colour scheme on any subtree;
//   dist/index.js    token values, their CSS variable names and Lit `css` references
//                    (var(--tian-x, fallback)) that components use for their defaults;
//   dist/index.d.ts  its types.
import StyleDictionary from 'style-dictionary';
import { fileHeader, formattedVariables } from 'style-dictionary/utils';
import { readFileSync, rmSync } from 'node:fs';

const PREFIX = 'tian';
const pairs = JSON.parse(
  readFileSync(new URL('./contrast-pairs.json', import.meta.url), 'utf8'),
).pairs;
const darkOf = (token) =>
  token.$extensions?.['org.tianshan']?.dark ?? token.original?.$extensions?.['org.tianshan']?.dark;

StyleDictionary.registerTransform({
  name: 'tianshan/color/light-dark',
  type: 'value',
  transitive: true,
  filter: (token) => token.$type === 'color' && Boolean(darkOf(token)),
  transform: (token) => `light-dark(${token.$value ?? token.value}, ${darkOf(token)})`,
});

StyleDictionary.registerFormat({
  name: 'tianshan/css',
  format: async ({ dictionary, file, options }) => {
    const header = await fileHeader({ file });
    const vars = formattedVariables({
      format: 'css',
      dictionary,
      outputReferences: options.outputReferences,
      usesDtcg: true,
    });
    return (
      header +
      `:root {\n${vars}\n}\n\n` +
      '/* Force a colour scheme on any subtree; light-dark() values follow it. */\n' +
      '[data-theme="light"] {\n  color-scheme: light;\n}\n\n' +
      '[data-theme="dark"] {\n  color-scheme: dark;\n}\n'
    );
  },
});

const camel = (path) => path.join('-').replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());

function entries(dictionary) {
  return dictionary.allTokens.map((t) => ({
    name: camel(t.path),
    cssVar: `--${t.name}`,
    type: t.$type,
    value: t.$value,
    ...(t.$type === 'color'
      ? {
          light: t.original.$value.startsWith?.('{') ? undefined : t.original.$value,
          dark: darkOf(t),
        }
      : {}),
    description: t.$description ?? t.original?.$description ?? '',
  }));
}

function resolved(dictionary) {
  const list = entries(dictionary);
  const byName = Object.fromEntries(list.map((e) => [e.name, e]));
  // Referenced colours (e.g. focusRingColor) take their light and dark values from their target.
  for (const t of dictionary.allTokens) {
    const e = byName[camel(t.path)];
    if (e.type === 'color' && !e.light) {
      const target = byName[camel(String(t.original.$value).replace(/[{}]/g, '').split('.'))];
      e.light = target?.light;
      e.dark = target?.dark;
    }
  }
  return byName;
}

StyleDictionary.registerFormat({
  name: 'tianshan/meta',
  format: async ({ dictionary, file }) =>
    (await fileHeader({ file })) +
    `/** Every token: its name, CSS custom property, type, resolved value and (colours) light and dark values. */\n` +
    `export const tokens = ${JSON.stringify(resolved(dictionary), null, 2)};\n\n` +
    `/** Foreground/background pairs the components use, with their WCAG minimum contrast. */\n` +
    `export const contrastPairs = ${JSON.stringify(pairs, null, 2)};\n\n` +
    `/** The CSS custom property name of a token, e.g. cssVar('colorText') === '--tian-color-text'. */\n` +
    `export const cssVar = (name) => tokens[name].cssVar;\n`,
});

StyleDictionary.registerFormat({
  name: 'tianshan/esm',
  format: async ({ dictionary, file }) => {
    const list = Object.values(resolved(dictionary));
    return (
      (await fileHeader({ file })) +
      `import { unsafeCSS } from 'lit';\n\n` +
      `export { tokens, contrastPairs, cssVar } from './meta.js';\n\n` +
      `// One Lit CSS reference per token, \`var(--tian-x, <value>)\`, as a named export so that\n` +
      `// bundlers keep only the ones a component uses. Components write\n` +
      `// \`var(--article-card-x, \${colorText})\`, so a page may override either level.\n` +
      list
        .map(
          (e) =>
            `/** ${e.description || e.cssVar} */\nexport const ${e.name} = /* @__PURE__ */ unsafeCSS(${JSON.stringify(`var(${e.cssVar}, ${e.value})`)});`,
        )
        .join('\n') +
      `\n\n/** Every reference above by token name (pulls in all of them: prefer the named exports). */\n` +
      `export const vars = { ${list.map((e) => e.name).join(', ')} };\n`
    );
  },
});

StyleDictionary.registerFormat({
  name: 'tianshan/dts',
  format: async ({ dictionary, file }) => {
    const list = Object.values(resolved(dictionary));
    const names = list.map((e) => JSON.stringify(e.name));
    return (
      (await fileHeader({ file })) +
      `import type { CSSResult } from 'lit';\n\n` +
      `export type TokenName =\n  | ${names.join('\n  | ')};\n\n` +
      `export interface Token {\n  name: TokenName;\n  cssVar: \`--tian-\${string}\`;\n  type: string;\n  value: string | number;\n  light?: string;\n  dark?: string;\n  description: string;\n}\n\n` +
      `export interface ContrastPair {\n  fg: string;\n  bg: string;\n  min: number;\n}\n\n` +
      `/** Every token by name. */\nexport declare const tokens: Record<TokenName, Token>;\n` +
      `/** Foreground/background pairs the components use, with their WCAG minimum contrast. */\nexport declare const contrastPairs: ContrastPair[];\n` +
      `/** The CSS custom property name of a token. */\nexport declare function cssVar(name: TokenName): string;\n` +
      list
        .map(
          (e) =>
            `/** ${e.description || e.cssVar}: \`var(${e.cssVar}, …)\` */\nexport declare const ${e.name}: CSSResult;`,
        )
        .join('\n') +
      `\n/** Every reference by token name. */\nexport declare const vars: Record<TokenName, CSSResult>;\n`
    );
  },
});

rmSync(new URL('./dist', import.meta.url), { recursive: true, force: true });
const sd = new StyleDictionary({
  source: ['tokens/**/*.json'],
  usesDtcg: true,
  log: { verbosity: 'silent', warnings: 'disabled' },
  platforms: {
    css: {
      transformGroup: 'css',
      transforms: ['tianshan/color/light-dark'],
      prefix: PREFIX,
      buildPath: 'dist/',
      files: [
        { destination: 'tokens.css', format: 'tianshan/css', options: { outputReferences: true } },
      ],
    },
    js: {
      transformGroup: 'css',
      transforms: ['tianshan/color/light-dark'],
      prefix: PREFIX,
      buildPath: 'dist/',
      files: [
        { destination: 'index.js', format: 'tianshan/esm' },
        { destination: 'meta.js', format: 'tianshan/meta' },
        { destination: 'index.d.ts', format: 'tianshan/dts' },
      ],
    },
  },
});
await sd.buildAllPlatforms();
