import { isRecord, type CkanClient } from '@bdw/core';

/** The actions that name one value of a facet, and how to read the name from their result. */
const LOOKUPS: Record<string, (client: CkanClient, value: string) => Promise<string | undefined>> = {
  organization: (client, id) => client.action('organization_show', { id }).then(title),
  groups: (client, id) => client.action('group_show', { id }).then(title),
  license_id: async (client, id) => {
    const list = await client.action('license_list');
    const found = Array.isArray(list) ? list.filter(isRecord).find((l) => l['id'] === id) : undefined;
    return found ? title(found) : undefined;
  },
};

function title(result: unknown): string | undefined {
  if (!isRecord(result)) return undefined;
  const name = result['display_name'] ?? result['title'];
  return typeof name === 'string' && name.trim() ? name : undefined;
}

/**
 * The display name of one facet value from the catalogue: `organization_show` / `group_show` → `display_name` or
 * `title`; `license_list` → the licence's `title`. `undefined` when the catalogue does not name it.
 */
export function lookupLabel(client: CkanClient, field: string, value: string): Promise<string | undefined> {
  return LOOKUPS[field]?.(client, value) ?? Promise.resolve(undefined);
}
