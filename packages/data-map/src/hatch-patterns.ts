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
  SHADES.forEach((_pct, i) => defs.append(selectedPattern(String(i), `bdw-shade-${i}`)));
  defs.append(selectedPattern('novalue', 'bdw-novalue'));
  svg.append(defs);
  return svg;
}

/** Period of the selection hatch, px. */
const SELECTED_PERIOD = 8;

/**
 * The fill of a selected feature (`#bdw-selected-<shade>`): its class shade with diagonal stripes of the surface and
 * text colours side by side, so that the stripes show on any shade (the selection is not told by colour alone).
 * Colours come from the map's styles (`.bdw-selected-ground`, `.bdw-selected-light`, `.bdw-selected-dark`).
 */
function selectedPattern(name: string, shadeClass: string): SVGPatternElement {
  const pattern = document.createElementNS(SVG, 'pattern');
  pattern.id = `bdw-selected-${name}`;
  pattern.setAttribute('patternUnits', 'userSpaceOnUse');
  pattern.setAttribute('width', String(SELECTED_PERIOD));
  pattern.setAttribute('height', String(SELECTED_PERIOD));
  pattern.setAttribute('patternTransform', 'rotate(-45)');
  const rect = (cls: string, x: number, width: number) => {
    const r = document.createElementNS(SVG, 'rect');
    r.setAttribute('class', cls);
    r.setAttribute('x', String(x));
    r.setAttribute('width', String(width));
    r.setAttribute('height', String(SELECTED_PERIOD));
    return r;
  };
  pattern.append(
    rect(`bdw-selected-ground ${shadeClass}`, 0, SELECTED_PERIOD),
    rect('bdw-selected-light', 0, 2),
    rect('bdw-selected-dark', 2, 1.5),
  );
  return pattern;
}
