/**
 * chart.js itself, with every controller, scale and plugin registered. Only the lazily loaded engine
 * (`chart-engine.ts`) imports it, so a bundler puts chart.js in the engine's chunk: a page that
 * registers `<bdw-chart-viewer>` (or every widget) pays for chart.js only once a chart has data.
 */
import { Chart, registerables, type ChartConfiguration } from 'chart.js';

Chart.register(...registerables);

/** A chart.js chart on `canvas`. */
export function createChart(canvas: HTMLCanvasElement, config: ChartConfiguration): Chart {
  return new Chart(canvas, config);
}
