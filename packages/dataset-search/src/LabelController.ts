import { CkanClient, type FacetField, type SearchBackend } from '@bdw/core';
import type { ReactiveControllerHost } from 'lit';

const key = (field: string, value: string) => `${field}\u0000${value}`;
/** Fields whose values the catalogue can name (tags and formats are their own names). */
const NAMED = ['organization', 'groups', 'license_id'];

/**
 * Display names of facet values (`org-3330000` → `부산광역시 해운대구`), for chips and facets. Learnt from every
 * facet the widget receives; a value still unnamed once its search is done (a filter from the URL that no facet
 * lists) is looked up with `organization_show`, `group_show` or `license_list` (code loaded only then). The
 * filter keeps the raw value.
 */
export class LabelController {
  private readonly names = new Map<string, string>();
  private readonly asked = new Set<string>();

  constructor(private readonly host: ReactiveControllerHost) {}

  /** The display name of a value, or the value itself while it is unknown. */
  label(field: string, value: string): string {
    return this.names.get(key(field, value)) ?? value;
  }

  /** Remembers the display names of facet items (`search_facets[…].items[].display_name`) and of other matches. */
  learn(facets: Record<string, FacetField> | undefined, extra: { field: string; name: string; label: string }[] = []) {
    for (const facet of Object.values(facets ?? {})) {
      for (const item of facet.items) this.remember(facet.field, item.name, item.displayName);
    }
    for (const { field, name, label } of extra) this.remember(field, name, label);
  }

  private remember(field: string, value: string, label: string): void {
    if (label && label !== value) this.names.set(key(field, value), label);
  }

  /** Asks the catalogue for the names of values still unknown (once per value); a failure keeps the raw value. */
  resolve(backend: SearchBackend | undefined, filters: Record<string, string[]>): void {
    if (!(backend instanceof CkanClient)) return;
    const unknown = Object.entries(filters).flatMap(([field, values]) =>
      NAMED.includes(field)
        ? values.filter((v) => !this.names.has(key(field, v)) && !this.asked.has(key(field, v))).map((v) => [field, v])
        : [],
    );
    if (!unknown.length) return;
    for (const [field, value] of unknown) this.asked.add(key(field!, value!));
    void import('./label-lookup.js').then(({ lookupLabel }) =>
      unknown.forEach(([field, value]) =>
        lookupLabel(backend, field!, value!).then(
          (name) => {
            if (!name) return;
            this.remember(field!, value!, name);
            this.host.requestUpdate();
          },
          () => undefined,
        ),
      ),
    );
  }
}
