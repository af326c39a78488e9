// A story whose meta names a component that it never renders: the checker must say so.
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';

const meta: Meta = {
  title: 'Checker fixtures/Component',
  component: 'article-card',
  tags: ['!autodocs'],
};
export default meta;

export const ComponentAbsent: StoryObj = {
  render: () => html`<p>No card here.</p>`,
  parameters: { checker: { expect: 'fail', reason: 'no <article-card> in the canvas' } },
};
