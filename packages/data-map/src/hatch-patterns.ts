import { HATCH_PERIOD, SHADES, hatchWidth } from './shades.js';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * A hidden `<svg>` holding the forced-colours hatches of the nine class shades (`#bdw-hatch-0` … `-8`), referenced by
 * the map's styles in forced-colors mode; it is put in the map's shadow root, where those references resolve.
 */
export function hatchPatterns(): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('width', '0');
  svg.setAttribute('height', '0');
  svg.style.position = 'absolute';
  const defs = document.createElementNS(SVG, 'defs');
  SHADES.forEach((_pct, i) => {
    const pattern = document.createElementNS(SVG, 'pattern');
    pattern.id = `bdw-hatch-${i}`;
    pattern.setAttribute('patternUnits', 'userSpaceOnUse');
    pattern.setAttribute('width', String(HATCH_PERIOD));
    pattern.setAttribute('height', String(HATCH_PERIOD));
    pattern.setAttribute('patternTransform', 'rotate(45)');
    const ground = document.createElementNS(SVG, 'rect');
    ground.setAttribute('width', String(HATCH_PERIOD));
    ground.setAttribute('height', String(HATCH_PERIOD));
    ground.setAttribute('fill', 'Canvas');
    const ink = document.createElementNS(SVG, 'rect');
    ink.setAttribute('width', String(hatchWidth(i)));
    ink.setAttribute('height', String(HATCH_PERIOD));
    ink.setAttribute('fill', 'CanvasText');
    pattern.append(ground, ink);
    defs.append(pattern);
  });
  svg.append(defs);
  return svg;
}
