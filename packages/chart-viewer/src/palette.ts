/**
 * Okabe–Ito, the colour-blind-safe palette (distinct under protanopia, deuteranopia and tritanopia),
 * ordered so that neighbours differ most; the dark set is lightened to keep 3:1 against the surface.
 */
export const LIGHT_PALETTE = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#6b5e00', '#1b1f24'];
export const DARK_PALETTE = ['#56b4e9', '#f28c3a', '#2fd1a4', '#e8a6cc', '#f0c040', '#9ecbff', '#f0e442', '#e6edf3'];
