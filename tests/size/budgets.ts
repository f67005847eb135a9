/**
 * Size budgets, in KB (1 KB = 1,024 bytes) of minified + gzip code. A widget's own code is measured without Lit,
 * `@bdw/core`, chart.js and Leaflet (see `measure.ts`); initial is what a page loads before the widget can draw,
 * lazy what it fetches later with `import()`.
 */

/** The goal: each widget's initial own code. */
export const GOAL_KB = 10;

/** Widgets over the goal, budgeted at their measured size so they cannot grow unnoticed, each with the reason. */
export const OVER_GOAL_KB: Record<string, number> = {
  // 10.5 KB. The calendar writer and the Event JSON-LD are lazy (2.7 KB); what is left draws either view (one
  // meeting with its live status and agenda, or the list), also on a server from the `meeting`/`meetings`
  // properties, so it cannot wait for a chunk. Splitting costs 0.4 KB here: the lazy parts share messages and
  // time formatting with the element, which esbuild puts in a chunk of their own. 10.7 KB since the agenda reflows
  // in narrow containers (one labelled block per item instead of a table that broke Korean per syllable).
  'bdw-council-agenda': 10.8,
  // 11.6 KB. Searching inside a facet (every one of 992 organisations through the autocomplete actions), chips
  // named from the URL and IME-aware typing are lazy (6.4 KB with es-hangul); what is left is the search box,
  // facets with their counts, chips, results and paging, which all draw on first paint from the URL state.
  'bdw-dataset-search': 11.7,
  // 10.2 KB. 9.8 until the table drew only the columns in its box (column-window.ts and the edges read off the
  // header, 0.6 KB): a scroll-bar jump over a million rows then rewrites 9 cells a row at 1280 px instead of 23. The
  // CSV writer is lazy; what is left is the grid's first frame (rows, columns, keys, search, the count).
  'bdw-data-table': 10.3,
};

/** Lazy chunks, loosely (a sixth or so above today's), so that they cannot grow unnoticed either. */
export const LAZY_BUDGET_KB: Record<string, number> = {
  'bdw-dataset-search': 7.5,
  'bdw-market-card': 1.5,
  'bdw-market-list': 5.5,
  'bdw-council-agenda': 3.2,
  // 28 KB: the engine now also chooses what to chart (column roles), draws the legend, the PNG's title and
  // source band, and carries es-hangul's particles; papaparse's writer comes with the first CSV download. 30 since
  // the file loading (CSV stream, encodings, JSON, the worker client: over 2 KB) moved to @bdw/core/data, the one
  // data path of every widget, which is not counted in a widget's own code.
  'bdw-chart-viewer': 30,
  // 38 KB: the map engine (35.6 KB) carries the offline basemap, Busan's 16 district boundaries to a metre with
  // their names (about 6.5 KB of data, delta-encoded; the map draws it under every layer without a tile server), and
  // the roving keyboard focus, focus-managed popups, forced-colours hatches and the decluttering of markers; the
  // catalogue map's view (2.6 KB: the squarified treemap with d3-hierarchy; in the initial code it made 10.3 KB, over
  // the goal) is a chunk of its own, fetched in catalogue mode only. 42 KB since the map worker: the page's half of it
  // (the worker client, the canvas layer for unclustered points, streamed download with progress) and every data error
  // said precisely in Korean and English (the worker itself, 4.7 KB, is a file of its own, fetched by large layers).
  'bdw-data-map': 48,
  'bdw-catalog': 1,
  // 7.5 KB: papaparse (its CSV writer: quoting, formula escaping) and the table's CSV writer, fetched only when a
  // person downloads the rows.
  'bdw-data-table': 8.5,
};

/** What the CDN bundle costs every page before any widget is used. */
export const CDN_INITIAL_KB = 40;

export const initialBudget = (tag: string): number => OVER_GOAL_KB[tag] ?? GOAL_KB;
export const lazyBudget = (tag: string): number => LAZY_BUDGET_KB[tag] ?? 1;
