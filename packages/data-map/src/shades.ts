/** Share (%) of the palette colour in each of the nine class shades, lightest first. */
export const SHADES = [14, 24, 34, 45, 56, 67, 78, 89, 100];

/** Forced colours: the hatch of shade `i` is a stripe of `i + 1` px in every `HATCH_PERIOD` px, ink growing with the shade. */
export const HATCH_PERIOD = 10;
export const hatchWidth = (i: number): number => i + 1;
