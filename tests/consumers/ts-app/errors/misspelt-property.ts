import '@bdw/dataset-search/bdw-dataset-search.js';

document.createElement('bdw-dataset-search').pageSise = 20;
