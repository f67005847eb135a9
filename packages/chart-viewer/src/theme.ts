import type { ChartTheme } from './config.js';

/** System colours as the canvas can paint them, resolved through a probe element in `root`. */
function systemColors(root: Node, names: readonly string[]): string[] {
  const probe = document.createElement('span');
  root.appendChild(probe);
  const colors = names.map((name) => {
    probe.style.color = name;
    return getComputedStyle(probe).color;
  });
  probe.remove();
  return colors;
}

/**
 * The chart's colours from the element's tokens (`--_color-1…8`, `--_others`, `--_text`, `--_grid`,
 * `--_surface`); under forced colours, the system's text colour for every mark (dashes and point
 * shapes tell series apart) on the system's canvas colour.
 */
export function readChartTheme(host: HTMLElement, root: Node): ChartTheme {
  if (matchMedia('(forced-colors: active)').matches) {
    const [text, canvas, gray] = systemColors(root, ['CanvasText', 'Canvas', 'GrayText']);
    return { palette: [text!], others: gray!, text: text!, grid: gray!, surface: canvas! };
  }
  const computed = getComputedStyle(host);
  const read = (name: string) => computed.getPropertyValue(name).trim();
  return {
    palette: Array.from({ length: 8 }, (_, i) => read(`--_color-${i + 1}`)).filter(Boolean),
    others: read('--_others') || '#6e7781',
    text: read('--_text') || '#1b1f24',
    grid: read('--_grid') || '#c9d1d9',
    surface: read('--_surface') || '#ffffff',
  };
}
