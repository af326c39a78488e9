import { expect, waitUntil } from '@open-wc/testing';
import { fixtureUrl } from './helpers.js';

// A page that enforces Trusted Types (as a publisher's strict CSP may): the card must hand the
// fetched page to DOMParser through its named policy, `tianshan-article-card`, with no violation.
// Engines without Trusted Types load the same page without the policy.
describe('<article-card src> under Trusted Types', () => {
  it('reads a page through its named policy, with no CSP violation', async () => {
    const frame = document.createElement('iframe');
    const module = new URL('../src/index.ts', import.meta.url).pathname;
    const src = fixtureUrl('seed-article.html');
    frame.srcdoc = `<!doctype html><html lang="en"><head>
      <meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'">
      <script>
        window.violations = [];
        document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
      </script>
      <script type="module">import '${module}';</script>
      </head><body><article-card src="${src}"></article-card></body></html>`;
    document.body.append(frame);
    try {
      const win = () => frame.contentWindow as (Window & { violations?: string[] }) | null;
      const link = () =>
        frame.contentDocument?.querySelector('article-card')?.shadowRoot?.querySelector('a');
      await waitUntil(() => link(), 'the card did not render from src', { timeout: 8000 });
      expect(link()!.textContent).to.equal('C. Asia ties to get new boost');
      expect(win()!.violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
