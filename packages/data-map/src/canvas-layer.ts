import type * as Leaflet from 'leaflet';
import { DOT_RADIUS } from './point-canvas.js';
import type { PointIndex } from './point-index.js';
import type { BBox } from './point-store.js';

type L = typeof Leaflet;

/**
 * A large unclustered point layer: the map worker draws the points of the view into a bitmap, which this layer shows
 * on one canvas over the map. The page never walks the points; a click asks the worker which point is under it.
 */
export class WorkerCanvasLayer {
  private readonly canvas: HTMLCanvasElement;
  private generation = 0;
  private attached = false;
  private readonly onMoveEnd = () => void this.redraw();
  private readonly onZoomStart = () => (this.canvas.style.visibility = 'hidden');
  private readonly onClick = (event: Leaflet.LeafletMouseEvent) => void this.pick(event.latlng);

  constructor(
    private readonly L: L,
    private readonly map: Leaflet.Map,
    private readonly points: PointIndex,
    private readonly colours: () => { fill: string; stroke: string },
    private readonly onPick: (index: number, at: Leaflet.LatLng) => void,
    private readonly onDrawn: () => void,
  ) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'bdw-point-canvas';
    // The table of features is the way to these points by keyboard and screen reader; the bitmap is decoration.
    this.canvas.setAttribute('aria-hidden', 'true');
  }

  /** Shows the layer (drawing the view) or hides it. */
  show(visible: boolean): void {
    if (visible === this.attached) return;
    this.attached = visible;
    if (visible) {
      this.map.getPanes().overlayPane.append(this.canvas);
      this.map.on('moveend resize', this.onMoveEnd);
      this.map.on('zoomstart', this.onZoomStart);
      this.map.on('click', this.onClick);
      void this.redraw();
    } else {
      this.generation++;
      this.canvas.remove();
      this.map.off('moveend resize', this.onMoveEnd);
      this.map.off('zoomstart', this.onZoomStart);
      this.map.off('click', this.onClick);
    }
  }

  /** Asks the worker for the current view and shows it when it is still the current view. */
  async redraw(): Promise<void> {
    if (!this.attached) return;
    const generation = ++this.generation;
    const { map } = this;
    const size = map.getSize();
    // A map not laid out yet (0 × 0) has nothing to draw; its resize event asks again.
    if (size.x === 0 || size.y === 0) return;
    const bounds = map.getBounds().pad(DOT_RADIUS / Math.max(1, Math.min(size.x, size.y)));
    const bbox: BBox = [
      Math.max(-180, bounds.getWest()),
      Math.max(-85, bounds.getSouth()),
      Math.min(180, bounds.getEast()),
      Math.min(85, bounds.getNorth()),
    ];
    const origin = map.getPixelBounds().min!;
    const ratio = window.devicePixelRatio || 1;
    const drawn = await this.points
      .draw({
        bbox,
        zoom: map.getZoom(),
        origin: [origin.x, origin.y],
        width: size.x,
        height: size.y,
        ratio,
        ...this.colours(),
      })
      .catch(() => null);
    if (generation !== this.generation || !drawn) return;
    const { canvas } = this;
    canvas.width = drawn.bitmap.width;
    canvas.height = drawn.bitmap.height;
    canvas.style.width = `${size.x}px`;
    canvas.style.height = `${size.y}px`;
    canvas.getContext('bitmaprenderer')?.transferFromImageBitmap(drawn.bitmap);
    this.L.DomUtil.setPosition(canvas, map.containerPointToLayerPoint([0, 0]));
    canvas.style.visibility = '';
    canvas.dataset['drawn'] = String(drawn.drawn);
    this.onDrawn();
  }

  private async pick(at: Leaflet.LatLng): Promise<void> {
    const index = await this.points.nearest(at.lng, at.lat, this.map.getZoom(), DOT_RADIUS + 2).catch(() => null);
    if (index !== null && this.attached) this.onPick(index, at);
  }
}
