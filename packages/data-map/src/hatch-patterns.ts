import { HATCH_PERIOD, SHADES, hatchWidth } from './shades.js';

const SVG = 'http://www.w3.org/2000/svg';

/** Period of the selection hatch, px. */
const SELECTED_PERIOD = 8;

/**
 * A hidden `<svg>` holding the patterns the map's styles reference, put in the map's shadow root where those
 * references resolve: the forced-colours hatches of the nine class shades (`#bdw-hatch-0` … `-8`), and the fills of
 * selected features (`#bdw-selected-0` … `-8`, `#bdw-selected-novalue`; a map in a `<bdw-view>`).
 */
export function hatchPatterns(): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('width', '0');
  svg.setAttribute('height', '0');
  svg.style.position = 'absolute';
  const defs = document.createElementNS(SVG, 'defs');
  SHADES.forEach((_pct, i) =>
    defs.append(
      stripes(`bdw-hatch-${i}`, HATCH_PERIOD, 45, [
        { x: 0, width: HATCH_PERIOD, fill: 'Canvas' },
        { x: 0, width: hatchWidth(i), fill: 'CanvasText' },
      ]),
    ),
  );
  for (const [name, shade] of [...SHADES.map((_pct, i) => [String(i), `bdw-shade-${i}`]), ['novalue', 'bdw-novalue']])
    defs.append(selectedPattern(name!, shade!));
  svg.append(defs);
  return svg;
}

/**
 * The fill of a selected feature (`#bdw-selected-<shade>`): its class shade with diagonal stripes of the surface and
 * text colours side by side, so that the stripes show on any shade (the selection is not told by colour alone).
 * Colours come from the map's styles (`.bdw-selected-ground`, `.bdw-selected-light`, `.bdw-selected-dark`).
 */
function selectedPattern(name: string, shadeClass: string): SVGPatternElement {
  return stripes(`bdw-selected-${name}`, SELECTED_PERIOD, -45, [
    { x: 0, width: SELECTED_PERIOD, className: `bdw-selected-ground ${shadeClass}` },
    { x: 0, width: 2, className: 'bdw-selected-light' },
    { x: 2, width: 1.5, className: 'bdw-selected-dark' },
  ]);
}

/** A square pattern of vertical stripes (full height), turned by `angle` degrees. */
function stripes(
  id: string,
  period: number,
  angle: number,
  bands: readonly { x: number; width: number; fill?: string; className?: string }[],
): SVGPatternElement {
  const pattern = document.createElementNS(SVG, 'pattern');
  pattern.id = id;
  pattern.setAttribute('patternUnits', 'userSpaceOnUse');
  pattern.setAttribute('width', String(period));
  pattern.setAttribute('height', String(period));
  pattern.setAttribute('patternTransform', `rotate(${angle})`);
  for (const band of bands) {
    const rect = document.createElementNS(SVG, 'rect');
    if (band.x) rect.setAttribute('x', String(band.x));
    rect.setAttribute('width', String(band.width));
    rect.setAttribute('height', String(period));
    if (band.fill) rect.setAttribute('fill', band.fill);
    if (band.className) rect.setAttribute('class', band.className);
    pattern.append(rect);
  }
  return pattern;
}
