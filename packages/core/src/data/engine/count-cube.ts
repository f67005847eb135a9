import { isRange, type ViewFilters } from '../filters.js';
import { mergeFacets, mergeGroups } from './split-values.js';
import type { Facet, FacetValue, GroupRow, Measure } from './types.js';

/**
 * Row counts by every combination of a few text fields: the fields a linked view filters on and counts by (its
 * filters, the chart's x, the map's join). Crossfilter systems keep such a data cube (Falcon, Mosaic's
 * pre-aggregates) because every click asks counts under filters on those same fields: from the cube each is a sum
 * over a few thousand cells in the browser, and only the table's page still goes to the server. The cells are the
 * server's own GROUP BY answers, so the counts are the server's.
 */
export interface CountCube {
  readonly dims: readonly string[];
  readonly cells: readonly CubeCell[];
}

export interface CubeCell {
  /** The cell's value of each dim as stored (`null` for an empty cell), so that filters match as in SQL. */
  readonly values: readonly (string | null)[];
  readonly rows: number;
}

/** A cube is planned only when the product of its fields' distinct counts stays under this many cells. */
export const CUBE_GOAL_CELLS = 4096;
/** A cube found larger than this (the estimates were low) is given up. */
export const CUBE_MAX_CELLS = 20_000;
/** The cube is asked one value of one field at a time (each part a short query); at most this many parts. */
export const CUBE_MAX_PARTS = 64;

/** What the engine has learnt from its answers, to plan a cube. */
export interface CubeKnowledge {
  /** Fields the view counts by or filters on with values, first seen first. */
  readonly wanted: readonly string[];
  /** Fields stored as text (values compare as written; numbers written two ways would not). */
  readonly text: ReadonlySet<string>;
  /** The most distinct values seen for each field in any answer. */
  readonly distinct: ReadonlyMap<string, number>;
  /** Facets over all rows known whole (every value with its count). */
  readonly whole: ReadonlyMap<string, readonly FacetValue[]>;
  /** Field sets found to make a cube over {@link CUBE_MAX_CELLS}. */
  readonly refused: readonly (readonly string[])[];
}

export interface CubePlan {
  readonly dims: readonly string[];
  /** The field whose values are asked one by one, its values, and the rows of all of them (the table's size). */
  readonly split: { readonly field: string; readonly values: readonly string[] };
  readonly rows: number;
}

/**
 * The cube worth building from what the view asked so far, or `null`: at least two wanted text fields whose
 * distinct counts multiply to at most {@link CUBE_GOAL_CELLS} (fields taken in the order the view first asked
 * about them), one of them known whole to split the work by, a table of at least `minRows` rows, and no set found
 * too large before.
 */
export function planCube(known: CubeKnowledge, minRows: number): CubePlan | null {
  const dims: string[] = [];
  let cells = 1;
  for (const field of known.wanted) {
    const distinct = known.distinct.get(field);
    if (!known.text.has(field) || distinct === undefined || cells * Math.max(1, distinct) > CUBE_GOAL_CELLS) continue;
    dims.push(field);
    cells *= Math.max(1, distinct);
  }
  if (dims.length < 2) return null;
  if (known.refused.some((set) => set.every((field) => dims.includes(field)))) return null;
  let split: { field: string; values: FacetValue[] } | null = null;
  for (const field of dims) {
    const values = known.whole.get(field);
    if (values && values.length <= CUBE_MAX_PARTS && values.length > (split?.values.length ?? 0))
      split = { field, values: [...values] };
  }
  if (!split) return null;
  const rows = split.values.reduce((sum, v) => sum + v.count, 0);
  if (rows < minRows) return null;
  return { dims, split: { field: split.field, values: split.values.map((v) => v.value) }, rows };
}

/** Whether the cube answers a question about `fields` under `filters` (every filter a list of values on a dim). */
export function cubeCovers(cube: CountCube, fields: readonly string[], filters: ViewFilters): boolean {
  return (
    fields.every((f) => cube.dims.includes(f)) &&
    Object.entries(filters).every(([field, value]) => !isRange(value) && cube.dims.includes(field))
  );
}

/** A test of a cell against the filters, as `whereSql` writes them: the values as stored; `''` is also an empty cell. */
function matcher(cube: CountCube, filters: ViewFilters): (cell: CubeCell) => boolean {
  const tests = Object.entries(filters).map(([field, value]) => {
    const at = cube.dims.indexOf(field);
    const wanted = new Set(value as readonly string[]);
    const empty = wanted.has('');
    return (cell: CubeCell) => {
      const v = cell.values[at]!;
      return v === null ? empty : wanted.has(v);
    };
  });
  return (cell) => tests.every((test) => test(cell));
}

/** The text of a value as the engine's answers write it (`keyText`). */
const shown = (value: string | null): string => (value === null ? '' : value.trim());

/** Rows kept by the filters. */
export function cubeCount(cube: CountCube, filters: ViewFilters): number {
  const keep = matcher(cube, filters);
  let rows = 0;
  for (const cell of cube.cells) if (keep(cell)) rows += cell.rows;
  return rows;
}

/** A facet of one dim under the filters (the caller leaves out the dim's own filter, as the engine does). */
export function cubeFacet(cube: CountCube, field: string, filters: ViewFilters, limit: number): Facet {
  const keep = matcher(cube, filters);
  const at = cube.dims.indexOf(field);
  const values = cube.cells.filter(keep).map((cell) => ({ value: shown(cell.values[at]!), count: cell.rows }));
  return mergeFacets([values.filter((v) => v.count > 0)], limit);
}

/** Rows counted by one or two dims under the filters, in GROUP BY order (every measure is `count` of rows). */
export function cubeGroup(
  cube: CountCube,
  by: readonly string[],
  measures: readonly Measure[],
  filters: ViewFilters,
): GroupRow[] {
  const keep = matcher(cube, filters);
  const at = by.map((field) => cube.dims.indexOf(field));
  const rows = cube.cells.filter(keep).map((cell) => ({
    keys: at.map((i) => shown(cell.values[i]!)),
    values: measures.map(() => cell.rows),
    rows: cell.rows,
  }));
  return mergeGroups([rows], measures);
}

/** Whether every measure counts rows (what a cube of counts can answer). */
export const countsRows = (measures: readonly Measure[]): boolean =>
  measures.every((m) => m.field === null && m.agg === 'count');
