import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { COLOURS, highContrastTheme, lightTheme } from '../scripts/krds-themes.mjs';

const require = createRequire(import.meta.url);

/** `--name: value` pairs of a CSS text (the first rule's). */
const declarations = (css: string) =>
  Object.fromEntries([...css.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));

/** KRDS's own CSS file, a second rendering of the same tokens: `var(--x)` followed to its value. */
const krdsCss = declarations(readFileSync(require.resolve('krds-uiux/resources/css/token/krds_tokens.css'), 'utf8'));
const krds = (name: string): string => {
  const value = krdsCss[name];
  if (value === undefined) throw new Error(`${name} not in krds_tokens.css`);
  const ref = /^var\((--[\w-]+)\)$/.exec(value);
  return ref ? krds(ref[1]!) : value;
};

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('KRDS themes', () => {
  const light = declarations(lightTheme());
  const high = declarations(highContrastTheme());

  it('take every light colour from krds-uiux (as its own CSS file has it)', () => {
    for (const [name, path] of Object.entries(COLOURS)) {
      expect(light[`--bdw-${name}`], name).toBe(krds(`--krds-light-${path.replaceAll('.', '-')}`));
    }
    expect(light['--bdw-color-primary']).toBe('#256ef4');
  });

  it('are high contrast in the widgets light and dark schemes alike: light text on black', () => {
    expect(high['--bdw-color-surface']).toBe(krds('--krds-high-contrast-color-surface-white'));
    expect(high['--bdw-color-surface']).toBe('#000000');
    for (const name of Object.keys(COLOURS)) expect(high[`--bdw-dark-${name}`], name).toBe(high[`--bdw-${name}`]);
  });

  it('keep text, links and buttons readable (WCAG AA 4.5:1) in both themes', () => {
    for (const theme of [light, high]) {
      const on = (fg: string, bg: string) => contrast(theme[`--bdw-${fg}`]!, theme[`--bdw-${bg}`]!);
      expect(on('color-text', 'color-surface')).toBeGreaterThanOrEqual(4.5);
      expect(on('color-text-muted', 'color-surface')).toBeGreaterThanOrEqual(4.5);
      expect(on('color-text-muted', 'color-surface-alt')).toBeGreaterThanOrEqual(4.5);
      expect(on('color-primary', 'color-surface')).toBeGreaterThanOrEqual(4.5);
      expect(on('color-on-primary', 'color-primary')).toBeGreaterThanOrEqual(4.5);
      expect(on('color-danger', 'color-surface')).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast(high['--bdw-color-text']!, high['--bdw-color-surface']!)).toBeGreaterThanOrEqual(7);
  });

  it('convert KRDS sizes (rem of a 10 px root) to rem of 16 px, and name Pretendard GOV first', () => {
    expect(light['--bdw-font-size-md']).toBe('1.0625rem'); // KRDS body medium 1.7rem = 17 px
    expect(light['--bdw-font-family']).toMatch(/^'Pretendard GOV', /);
    expect(light['--bdw-font-family']).toMatch(/system-ui, sans-serif$/);
  });
});
