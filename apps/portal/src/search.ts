import '@bdw/dataset-search/bdw-dataset-search.js';
import { rememberSearch } from './last-search.js';
import './site.js';

// Every state of the search (the first one, each change, back and forward) is where "back to results" leads.
rememberSearch();
document.addEventListener('bdw-search', () => rememberSearch());
window.addEventListener('popstate', () => rememberSearch());
// Choosing a result: the address as it is then (an out-of-range page the widget corrected in place included).
document.addEventListener('bdw-dataset-select', () => rememberSearch());
