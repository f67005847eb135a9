import '@bdw/council-agenda/bdw-council-agenda.js';
import './site.js';
