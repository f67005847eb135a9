import { fillCode } from './layout.js';
import { snippets } from './snippets.js';

fillCode(snippets);
