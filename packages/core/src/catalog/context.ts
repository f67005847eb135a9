import { createContext } from '@lit/context';
import type { CkanClient } from '../ckan/CkanClient.js';

/** The catalogue client shared by `<bdw-catalog>` with the widgets inside it. */
export const catalogContext = createContext<CkanClient | undefined>(Symbol.for('bdw-catalog'));
