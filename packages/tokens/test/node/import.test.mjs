// The tokens module imports in Node with no DOM (the components' SSR imports it), and its two
// outputs agree: every token of the ES module is a custom property of dist/tokens.css with the same
// value (an alias by reference). Imports the built files (run `npm run build` first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

test('imports with no DOM', async () => {
  assert.equal(typeof globalThis.document, 'undefined');
  const mod = await import('@tianshan/tokens');
  assert.ok(Object.keys(mod.tokens).length > 20);
  // Lit `css` values read the token with its literal value as the fallback.
  assert.equal(String(mod.colorText), 'var(--tian-color-text, light-dark(#1b1f24, #e8eaed))');
});

test('every token of the module is declared in tokens.css with the same value', async () => {
  const { tokens } = await import('@tianshan/tokens');
  const css = readFileSync(new URL('../../dist/tokens.css', import.meta.url), 'utf8');
  const declared = new Map(
    [...css.matchAll(/^\s*(--tian-[a-z0-9-]+):\s*([^;]+);/gm)].map((m) => [m[1], m[2].trim()]),
  );
  // An alias is written as a reference to the token it aliases: resolve it.
  const resolve = (value, depth = 0) => {
    const ref = /^var\((--tian-[a-z0-9-]+)\)$/.exec(value ?? '');
    return ref && depth < 5 ? resolve(declared.get(ref[1]), depth + 1) : value;
  };
  for (const t of Object.values(tokens)) {
    assert.ok(declared.has(t.cssVar), `${t.cssVar} is declared`);
    assert.equal(resolve(declared.get(t.cssVar)), String(t.value), t.cssVar);
  }
});

test('colours have a light and a dark value, and [data-theme] forces a scheme', async () => {
  const { tokens } = await import('@tianshan/tokens');
  const colours = Object.values(tokens).filter((t) => t.type === 'color');
  assert.ok(colours.length >= 10);
  for (const t of colours) {
    assert.equal(t.value, `light-dark(${t.light}, ${t.dark})`, t.cssVar);
  }
  const css = readFileSync(new URL('../../dist/tokens.css', import.meta.url), 'utf8');
  assert.match(css, /\[data-theme=["']?dark["']?\][^{]*\{[^}]*color-scheme:\s*dark/);
  assert.match(css, /\[data-theme=["']?light["']?\][^{]*\{[^}]*color-scheme:\s*light/);
});
