/**
 * Okabe–Ito, the colour-blind-safe palette (distinct under protanopia, deuteranopia and tritanopia),
 * ordered so that neighbours differ most. Every mark is at least 3:1 against the chart's surface
 * (WCAG 1.4.11): on white, Okabe–Ito's orange, sky blue and reddish purple are darkened (#e69f00 and
 * #56b4e9 are 2.3:1); the dark set is lightened. Series also differ by dash and point shape.
 */
export const LIGHT_PALETTE = ['#0072b2', '#d55e00', '#009e73', '#c26a9a', '#b07800', '#3a8cc4', '#6b5e00', '#1b1f24'];
export const DARK_PALETTE = ['#56b4e9', '#f28c3a', '#2fd1a4', '#e8a6cc', '#f0c040', '#9ecbff', '#f0e442', '#e6edf3'];

/** "Others" (the rest after top-N) is always this neutral grey, never a series colour (4.5:1 on either surface). */
export const LIGHT_OTHERS = '#6e7781';
export const DARK_OTHERS = '#8b949e';

/** Line dashes per series, so that lines differ without colour (the first is solid). */
export const DASHES: readonly (readonly number[])[] = [
  [],
  [8, 4],
  [2, 3],
  [10, 3, 2, 3],
  [14, 5],
  [4, 4],
  [1, 3],
  [10, 2, 2, 2, 2, 2],
];

/** Point shapes per series (chart.js point styles), for the same reason. */
export const POINT_STYLES = [
  'circle',
  'rect',
  'triangle',
  'rectRot',
  'star',
  'crossRot',
  'rectRounded',
  'cross',
] as const;
