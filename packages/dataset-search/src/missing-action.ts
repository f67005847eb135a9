import { ApiError, CkanClient } from '@bdw/core';

/**
 * A failure meaning "this portal has no such action" rather than "the portal is down": CKAN answers an unknown
 * action with 400 (`success: false`), other servers 404 or 405, some a page that is not JSON.
 */
export function isMissingAction(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  if (error.kind === 'ckan' || error.kind === 'invalid-json') return true;
  return error.status !== null && [400, 403, 404, 405, 501].includes(error.status);
}

/** Actions a portal lacks, per client: asked once, then the widget falls back. */
const missing = new WeakMap<CkanClient, Set<string>>();

/**
 * Calls an optional action (`package_autocomplete`, `organization_autocomplete`…): its result, or `undefined` when
 * the backend is not a CKAN client or the portal lacks the action (remembered). Other failures are thrown.
 */
export async function optionalAction(
  backend: unknown,
  action: string,
  params: Record<string, string>,
  signal: AbortSignal,
): Promise<unknown> {
  if (!(backend instanceof CkanClient) || missing.get(backend)?.has(action)) return undefined;
  try {
    return await backend.action(action, params, { signal });
  } catch (error) {
    if (!isMissingAction(error)) throw error;
    missing.set(backend, (missing.get(backend) ?? new Set()).add(action));
    return undefined;
  }
}
