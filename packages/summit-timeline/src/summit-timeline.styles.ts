import { css } from 'lit';
import { colorSurface, colorText, fontFamilySans, space4 } from '@tianshan/tokens';

export const styles = css`
  :host {
    display: block;
    font-family: var(--summit-timeline-font-family, ${fontFamilySans});
    color: var(--summit-timeline-color, ${colorText});
    background: var(--summit-timeline-background, ${colorSurface});
    padding: var(--summit-timeline-padding, ${space4});
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
`;
