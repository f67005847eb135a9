/** Busan City Hall: the default view. */
export const DEFAULT_CENTER: [number, number] = [35.1796, 129.0756];
export const DEFAULT_ZOOM = 11;
/** Unclustered point layers with more features than this draw on a canvas (not focusable; use the list). */
export const CANVAS_THRESHOLD = 1000;
/** Supercluster's radius in pixels: clusters are 32–44 px wide, and merged further where they would overlap. */
export const CLUSTER_RADIUS = 60;
/** The last zoom that clusters; above it every point is drawn on its own. */
export const CLUSTER_MAX_ZOOM = 17;
/**
 * Files are read in the map worker; point layers with more features than this stay there (inline data: their
 * positions are indexed there). Smaller layers come back to the page whole.
 */
export const WORKER_MIN_POINTS = 5000;
/** Rows shown in the table of features at most; the map holds the rest. */
export const TABLE_LIMIT = 500;
