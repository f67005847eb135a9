/**
 * Drawing a large unclustered point layer: the points of the view, as dots, on a 2D canvas (in the map worker an
 * OffscreenCanvas, whose bitmap the page then shows). Pure apart from the context it is given.
 */
import type { BBox, PointStore } from './point-store.js';
import { worldPixel } from './point-store.js';

/** What the page tells the worker about the view to draw. */
export interface CanvasView {
  bbox: BBox;
  zoom: number;
  /** World pixel (Web Mercator at `zoom`) of the canvas' top-left corner. */
  origin: [number, number];
  /** Size in CSS pixels. */
  width: number;
  height: number;
  /** Device pixels per CSS pixel. */
  ratio: number;
  /** Dot fill and ring colours (resolved CSS colours: the worker cannot read tokens). */
  fill: string;
  stroke: string;
}

/** Radius in CSS pixels of an unclustered dot (the same 14 px dot as a single clustered point). */
export const DOT_RADIUS = 7;

type Context2D = Pick<
  CanvasRenderingContext2D,
  | 'setTransform'
  | 'clearRect'
  | 'beginPath'
  | 'moveTo'
  | 'arc'
  | 'fill'
  | 'stroke'
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
>;

/** Draws the points of `store` inside `view.bbox` onto `ctx` (sized `width × ratio` by `height × ratio`); returns how many. */
export function drawPoints(ctx: Context2D, store: PointStore, view: CanvasView): number {
  ctx.setTransform(view.ratio, 0, 0, view.ratio, 0, 0);
  ctx.clearRect(0, 0, view.width, view.height);
  ctx.beginPath();
  let drawn = 0;
  store.forEachIn(view.bbox, (lng, lat) => {
    const [x, y] = worldPixel(lng, lat, view.zoom);
    const px = x - view.origin[0];
    const py = y - view.origin[1];
    ctx.moveTo(px + DOT_RADIUS, py);
    ctx.arc(px, py, DOT_RADIUS, 0, 2 * Math.PI);
    drawn++;
  });
  ctx.fillStyle = view.fill;
  ctx.strokeStyle = view.stroke;
  ctx.lineWidth = 1.5;
  ctx.fill();
  ctx.stroke();
  return drawn;
}
