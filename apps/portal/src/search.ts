import '@bdw/dataset-search/bdw-dataset-search.js';
import './site.js';
