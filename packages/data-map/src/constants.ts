/** Busan City Hall: the default view. */
export const DEFAULT_CENTER: [number, number] = [35.1796, 129.0756];
export const DEFAULT_ZOOM = 11;
/** Unclustered point layers with more features than this draw on a canvas (not focusable; use the list). */
export const CANVAS_THRESHOLD = 1000;
