// A plain TypeScript app: each tag's own module imported as the READMEs say, and the CDN entry. The events
// are typed by those imports alone (no package root import, no declaration of our own).
import '@bdw/dataset-search/bdw-dataset-search.js';
import '@bdw/market-card/bdw-market-list.js';
import '@bdw/council-agenda/bdw-council-agenda.js';
import { load } from '@bdw/widgets/cdn';

const search = document.querySelector('bdw-dataset-search');
search?.addEventListener('bdw-search', (event) => console.log(event.detail.query.q));
search?.addEventListener('bdw-dataset-select', (event) => console.log(event.detail.dataset.title));

const list = document.createElement('bdw-market-list');
list.pageSize = 12;
list.addEventListener('bdw-market-change', (event) => console.log(event.detail.page, event.detail.sort));
list.addEventListener('bdw-market-request', (event) => console.log(event.detail.kind));

document
  .querySelector('bdw-council-agenda')
  ?.addEventListener('bdw-calendar-download', (event) => console.log(event.detail.filename));

await load('bdw-chart-viewer');
