// Custom Elements Manifest analyzer: see scripts/cem-config.mjs (shared by the component packages).
import { cemConfig } from '../../scripts/cem-config.mjs';

export default cemConfig({
  exclude: ['src/data/generated/**'],
  jsxAlsoFrom: ['@tianshan/article-card/jsx'],
});
