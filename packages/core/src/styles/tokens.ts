import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * Design tokens. Pages theme widgets by setting `--bdw-<name>` anywhere above them
 * (`:root`, a wrapper, the element): components read every token as
 * `var(--bdw-<name>, <default>)`, so the defaults below never shadow a page's value.
 * Dark mode (`theme="dark"`, or `theme="auto"` with a dark system setting) swaps the
 * colour defaults; pages tune it with `--bdw-dark-<name>`.
 */
export const lightTokens = {
  'color-primary': '#0052a4',
  'color-primary-hover': '#003f80',
  'color-on-primary': '#ffffff',
  'color-text': '#1b1f24',
  'color-text-muted': '#57606a',
  'color-surface': '#ffffff',
  'color-surface-alt': '#f3f5f8',
  'color-border': '#c9d1d9',
  'color-accent': '#00a3a1',
  /** Text on the accent colour: dark ink, as white on teal stays under 4.5:1. */
  'color-on-accent': '#0d1117',
  'color-danger': '#b42318',
  'color-danger-surface': '#fef3f2',
  'color-success': '#067647',
  'color-warning': '#93370d',
  'color-highlight': '#fff1a8',
  'color-focus': '#1a73e8',
  'color-skeleton': '#e6e9ee',
  'font-family':
    "Pretendard, 'Pretendard Variable', 'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', system-ui, sans-serif",
  'font-size-xs': '0.75rem',
  'font-size-sm': '0.875rem',
  'font-size-md': '1rem',
  'font-size-lg': '1.125rem',
  'font-size-xl': '1.375rem',
  'font-size-2xl': '1.75rem',
  'line-height': '1.6',
  'space-1': '0.25rem',
  'space-2': '0.5rem',
  'space-3': '0.75rem',
  'space-4': '1rem',
  'space-6': '1.5rem',
  'space-8': '2rem',
  'radius-sm': '4px',
  'radius-md': '8px',
  'radius-lg': '12px',
  'focus-ring': '0 0 0 3px color-mix(in srgb, var(--bdw-color-focus, #1a73e8) 45%, transparent)',
  'elevation-1': '0 1px 2px rgb(16 24 40 / 0.08), 0 1px 3px rgb(16 24 40 / 0.1)',
  'elevation-2': '0 4px 8px -2px rgb(16 24 40 / 0.1), 0 2px 4px -2px rgb(16 24 40 / 0.06)',
} as const;

export type TokenName = keyof typeof lightTokens;

/** Colour defaults in dark mode; all pass WCAG AA against `color-surface`. */
export const darkTokens: Partial<Record<TokenName, string>> = {
  'color-primary': '#79b8ff',
  'color-primary-hover': '#a5d0ff',
  'color-on-primary': '#0d1117',
  'color-text': '#e6edf3',
  'color-text-muted': '#9da7b3',
  'color-surface': '#0d1117',
  'color-surface-alt': '#161b22',
  'color-border': '#3d444d',
  'color-accent': '#3dd6d0',
  'color-danger': '#ff8a80',
  'color-danger-surface': '#2d1214',
  'color-success': '#56d364',
  'color-warning': '#f0b72f',
  'color-highlight': '#3d3200',
  'color-focus': '#79b8ff',
  'color-skeleton': '#21262d',
};

/** `token('color-primary')` → `var(--bdw-color-primary, #0052a4)`, for use inside `css```. */
export function token(name: TokenName): CSSResult {
  return unsafeCSS(`var(--bdw-${name}, ${lightTokens[name]})`);
}

// In dark mode the host declares the public colour tokens itself, each still
// overridable through its `--bdw-dark-*` twin.
const darkDeclarations = Object.entries(darkTokens)
  .map(([name, value]) => `--bdw-${name}: var(--bdw-dark-${name}, ${value});`)
  .join('\n');

/** Dark-mode switch for a component's `:host`; include once in every element's styles. */
export const themeStyles = css`
  :host {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
    ${unsafeCSS(darkDeclarations)}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      color-scheme: dark;
      ${unsafeCSS(darkDeclarations)}
    }
  }
`;
