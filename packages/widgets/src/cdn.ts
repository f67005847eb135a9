/**
 * The CDN bundle: `<script type="module" src="…/@bdw/widgets/dist/cdn/bdw-widgets.js">`.
 * Only `<bdw-catalog>` and the loader are in it; each widget is a chunk fetched when its tag
 * first appears, so a page pays for what it shows (chart.js and Leaflet only with a chart or map).
 */
export { load, type AutoloadedElements, type AutoloadedTag } from './autoloader.js';
