import '@bdw/dataset-search/bdw-dataset-search.js';

document.querySelector('bdw-dataset-search')?.addEventListener('bdw-search', (event) => event.detail.querry);
