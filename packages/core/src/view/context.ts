import { createContext } from '@lit/context';
import type { DataEngine, EngineField } from '../data/engine/types.js';
import type { ViewFilters } from '../data/filters.js';

/**
 * What `<bdw-view>` shares with the widgets inside it: one table (its engine) and one filter state. A widget with no
 * data source of its own reads the view's rows and filters, and changes the filters when a person clicks a bar, a map
 * feature or a facet value; every other widget of the view follows.
 */
export interface DataView {
  /** `null` until the view has a source (and while a new one is being opened). */
  readonly engine: DataEngine | null;
  /** Why the view's table could not be opened (`null` while it opens or once it is open): widgets show it too. */
  readonly error: unknown;
  /** The view's fields, once known (`[]` before). */
  readonly fields: readonly EngineField[];
  readonly filters: ViewFilters;
  /** Increases on every change of the engine or the filters: widgets compare it to know when to query again. */
  readonly revision: number;
  /** The view's language (`ko`/`en`), for the chips and for widgets that have no `lang` of their own. */
  readonly lang: string;
  /**
   * Sets the filters as a person did: the view updates every widget and fires `bdw-filter-change`. `origin` is the
   * widget the change came from.
   */
  setFilters(filters: ViewFilters, origin?: Element): void;
  /** Toggles one value of a field (a bar, a map feature, a facet value) as a person did. */
  toggle(field: string, value: string, origin?: Element): void;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export const viewContext = createContext<DataView | undefined>(Symbol.for('bdw-view'));
