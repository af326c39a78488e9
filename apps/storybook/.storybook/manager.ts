import { addons } from 'storybook/manager-api';
import { create } from 'storybook/theming';

addons.setConfig({
  theme: create({
    base: 'light',
    brandTitle: 'Tianshan: web components for news publishers',
  }),
  sidebar: { showRoots: false },
});
