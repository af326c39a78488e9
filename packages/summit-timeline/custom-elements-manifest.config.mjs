// Custom Elements Manifest analyzer: documents the element from its JSDoc.
// Module paths are rewritten from src/*.ts to the published dist/*.js.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.d.ts', 'src/data/generated/**'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'tianshan-dist-paths',
      packageLinkPhase({ customElementsManifest }) {
        const toDist = (p) => p?.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
        for (const mod of customElementsManifest.modules ?? []) {
          mod.path = toDist(mod.path);
          for (const exp of mod.exports ?? []) {
            if (exp.declaration?.module) exp.declaration.module = toDist(exp.declaration.module);
          }
          for (const decl of mod.declarations ?? []) {
            if (decl.superclass?.module) decl.superclass.module = toDist(decl.superclass.module);
          }
        }
      },
    },
  ],
};
