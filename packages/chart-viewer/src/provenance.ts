import type { CkanClient } from '@bdw/core';

/** Who published the data and under which licence: the line under a published chart. */
export interface Provenance {
  source: string;
  license: string;
}

/**
 * The source (organisation, else dataset title) and licence of a datastore resource, read from its
 * dataset (`resource_show` → `package_show`). Empty strings when the portal does not say: the
 * chart is still drawn, only without the line.
 */
export async function resourceProvenance(
  client: CkanClient,
  resourceId: string,
  signal?: AbortSignal,
): Promise<Provenance> {
  const options = signal ? { signal } : {};
  const resource = (await client.action('resource_show', { id: resourceId }, options)) as { package_id?: unknown };
  const packageId = typeof resource?.package_id === 'string' ? resource.package_id : '';
  if (!packageId) return { source: '', license: '' };
  const dataset = await client.packageShow(packageId, options);
  return {
    source: dataset.organization?.title || dataset.title,
    license: dataset.license?.title ?? '',
  };
}
