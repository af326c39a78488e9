import { css } from 'lit';
import {
  colorLink,
  colorSurface,
  colorText,
  fontFamilySans,
  fontFamilySerif,
  fontSizeXl,
  lineHeightTight,
  space4,
} from '@tianshan/tokens';

export const styles = css`
  :host {
    display: block;
    font-family: var(--article-card-font-family, ${fontFamilySans});
    color: var(--article-card-color, ${colorText});
    background: var(--article-card-background, ${colorSurface});
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
  .card {
    padding: var(--article-card-padding, ${space4});
  }
  .headline {
    margin: 0;
    font-family: var(--article-card-headline-font-family, ${fontFamilySerif});
    font-size: var(--article-card-headline-size, ${fontSizeXl});
    line-height: ${lineHeightTight};
  }
  a {
    color: var(--article-card-link-color, ${colorLink});
  }
`;
