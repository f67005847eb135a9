import { css } from 'lit';
import { themeStyles, token } from './tokens.js';

/**
 * Styles every element starts from: tokens and theme, the host's text styles from the tokens (the Korean font stack;
 * a host page's inherited text styles do not leak in), border-box sizing, a visible focus ring for keyboard users
 * only, reduced motion, and `.visually-hidden` for text meant for screen readers.
 */
export const baseStyles = [
  themeStyles,
  css`
    :host {
      display: block;
      box-sizing: border-box;
      /*
       * The text styles a host page would pass down by inheritance, set from the tokens: !important because a page's
       * rule on the element itself ("* { color: red; font-family: serif }") beats a plain ":host" rule, while an
       * important ":host" declaration beats even the page's important ones. Pages restyle text with the tokens
       * ("--bdw-color-text", "--bdw-font-family", …), which these read.
       */
      font-family: ${token('font-family')} !important;
      font-size: ${token('font-size-md')} !important;
      line-height: ${token('line-height')} !important;
      color: ${token('color-text')} !important;
      font-style: normal !important;
      font-weight: 400 !important;
      letter-spacing: normal !important;
      word-spacing: normal !important;
      text-transform: none !important;
      text-indent: 0 !important;
      text-align: start !important;
      text-shadow: none !important;
      /* Korean wraps by words, not syllables; long URLs and ids still break. */
      word-break: keep-all;
      overflow-wrap: anywhere;
    }
    :host([hidden]) {
      display: none;
    }
    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }
    :focus-visible {
      outline: 2px solid ${token('color-focus')};
      outline-offset: 2px;
    }
    .visually-hidden {
      position: absolute !important;
      width: 1px;
      height: 1px;
      padding: 0;
      margin: -1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      clip-path: inset(50%);
      white-space: nowrap;
      border: 0;
    }
    @media (prefers-reduced-motion: reduce) {
      *,
      *::before,
      *::after {
        animation-duration: 0.01ms !important;
        animation-iteration-count: 1 !important;
        transition-duration: 0.01ms !important;
        scroll-behavior: auto !important;
      }
    }
  `,
];

/** The shared loading / empty / error state blocks (`.state`, `.state--error`, `.skeleton`). */
export const stateStyles = css`
  .state {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: ${token('space-2')};
    padding: ${token('space-4')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-md')};
    background: ${token('color-surface-alt')};
    color: ${token('color-text')};
  }
  .state--error {
    border-color: ${token('color-danger')};
    background: ${token('color-danger-surface')};
  }
  .state__title {
    margin: 0;
    font-size: ${token('font-size-md')};
    font-weight: 700;
  }
  .state__message {
    margin: 0;
  }
  .button {
    font: inherit;
    min-height: 44px;
    padding: ${token('space-2')} ${token('space-4')};
    border: 1px solid ${token('color-primary')};
    border-radius: ${token('radius-sm')};
    background: ${token('color-primary')};
    color: ${token('color-on-primary')};
    cursor: pointer;
  }
  .button:hover {
    background: ${token('color-primary-hover')};
  }
  .skeleton {
    border-radius: ${token('radius-sm')};
    background: ${token('color-skeleton')};
    animation: bdw-pulse 1.4s ease-in-out infinite;
  }
  @keyframes bdw-pulse {
    50% {
      opacity: 0.55;
    }
  }
`;

/**
 * Active-filter chips, as the search and the view show them: pill buttons in the primary colour that remove their
 * filter, and a "clear all" that reads as a link.
 */
export const chipStyles = css`
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')};
  }
  .chip {
    font: inherit;
    font-size: ${token('font-size-sm')};
    display: inline-flex;
    gap: ${token('space-2')};
    align-items: center;
    min-height: 32px;
    padding: 0 ${token('space-3')};
    border: 1px solid ${token('color-primary')};
    border-radius: 999px;
    background: ${token('color-surface')};
    color: ${token('color-primary')};
    cursor: pointer;
  }
  .chip--clear {
    border-color: transparent;
    text-decoration: underline;
  }
`;
