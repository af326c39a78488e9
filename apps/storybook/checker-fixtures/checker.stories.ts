// Stories that the story checker must fail (or pass), one per rule: `npm run check -- --self-test`
// builds a Storybook of these alone (TIANSHAN_CHECKER_FIXTURES=1) and verifies every verdict, so
// the checker is shown to catch what it claims to catch. They are not part of the real Storybook.
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';

/** What the self-test expects: a failure whose reasons include `reason`, or a pass. */
interface Expect {
  expect: 'pass' | 'fail';
  reason?: string;
}
type Story = StoryObj & { parameters: { checker: Expect } };

const meta: Meta = { title: 'Checker fixtures', tags: ['!autodocs'] };
export default meta;

// A 1×1 transparent GIF.
const GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

class EmptyShadow extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
  }
}
if (!customElements.get('checker-empty-shadow'))
  customElements.define('checker-empty-shadow', EmptyShadow);

class FilledShadow extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).append(document.createElement('p'));
    this.shadowRoot!.firstElementChild!.textContent = 'Rendered in a shadow root';
  }
}
if (!customElements.get('checker-filled-shadow'))
  customElements.define('checker-filled-shadow', FilledShadow);

export const Clean: Story = {
  render: () => html`<checker-filled-shadow></checker-filled-shadow>`,
  parameters: { checker: { expect: 'pass' } },
};

export const UncaughtException: Story = {
  render: () => {
    setTimeout(() => {
      throw new Error('thrown after render');
    });
    return html`<p>Throws after rendering.</p>`;
  },
  parameters: { checker: { expect: 'fail', reason: 'page error' } },
};

export const UnhandledRejection: Story = {
  render: () => {
    void Promise.reject(new Error('rejected after render'));
    return html`<p>Rejects a promise nobody handles.</p>`;
  },
  parameters: { checker: { expect: 'fail', reason: 'page error' } },
};

export const ConsoleError: Story = {
  render: () => {
    console.error('an error nobody declared');
    return html`<p>Logs an error.</p>`;
  },
  parameters: { checker: { expect: 'fail', reason: 'console error: an error nobody declared' } },
};

export const DeclaredConsoleError: Story = {
  render: () => {
    console.error('the failure this story shows on purpose');
    return html`<p>Logs an error it declares.</p>`;
  },
  parameters: {
    expectedConsoleErrors: ['shows on purpose'],
    checker: { expect: 'pass' },
  },
};

export const TwoErrorsOneDeclared: Story = {
  render: () => {
    console.error('the failure this story shows on purpose');
    console.error('and one more');
    return html`<p>Logs two errors and declares one.</p>`;
  },
  parameters: {
    expectedConsoleErrors: [/on purpose$/],
    checker: { expect: 'fail', reason: 'console error: and one more' },
  },
};

export const ErrorDeclaredByTag: Story = {
  tags: ['expected-console-error'],
  render: () => {
    console.error('declared by the tag');
    return html`<p>Logs an error its tag allows.</p>`;
  },
  parameters: { checker: { expect: 'pass' } },
};

export const MissingImage: Story = {
  render: () =>
    html`<img src="fixtures-that-do-not-exist/missing.png" alt="Leaders at the summit" />`,
  parameters: { checker: { expect: 'fail', reason: 'console error: Failed to load resource' } },
};

export const DeclaredMissingImage: Story = {
  render: () =>
    html`<img src="fixtures-that-do-not-exist/missing.png" alt="Leaders at the summit" />`,
  parameters: {
    expectedConsoleErrors: 1,
    checker: { expect: 'pass' },
  },
};

export const ExternalRequest: Story = {
  render: () => html`<img src="https://example.com/picture.png" alt="The summit hall" />`,
  parameters: { checker: { expect: 'fail', reason: 'console error' } },
};

export const UndefinedElement: Story = {
  render: () => html`<checker-never-defined>fallback</checker-never-defined>`,
  parameters: { checker: { expect: 'fail', reason: '<checker-never-defined> is not defined' } },
};

export const EmptyShadowRoot: Story = {
  render: () => html`<checker-empty-shadow></checker-empty-shadow>`,
  parameters: {
    checker: { expect: 'fail', reason: '<checker-empty-shadow> rendered nothing' },
  },
};

export const EmptyCanvas: Story = {
  render: () => html``,
  parameters: { checker: { expect: 'fail', reason: 'the canvas is empty' } },
};

export const AxeViolation: Story = {
  // eslint-disable-next-line lit-a11y/alt-text
  render: () => html`<img src=${GIF} />`,
  parameters: { checker: { expect: 'fail', reason: 'axe image-alt' } },
};

export const AxeSkippedByTag: Story = {
  tags: ['skip-axe'],
  // eslint-disable-next-line lit-a11y/alt-text
  render: () => html`<img src=${GIF} />`,
  parameters: { checker: { expect: 'pass' } },
};

export const AxeRuleDisabled: Story = {
  // eslint-disable-next-line lit-a11y/alt-text
  render: () => html`<img src=${GIF} />`,
  parameters: {
    a11y: { config: { rules: [{ id: 'image-alt', enabled: false }] } },
    checker: { expect: 'pass' },
  },
};

export const FailingPlay: Story = {
  render: () => html`<p>Its play function fails.</p>`,
  play: () => {
    throw new Error('the play function found a problem');
  },
  parameters: { checker: { expect: 'fail', reason: 'the play function found a problem' } },
};
