import { CkanClient, DEFAULT_TIMEOUT_MS, actionRoot } from '../ckan/CkanClient.js';

const clients = new Map<string, CkanClient>();

/**
 * One client per API address and timeout, so that widgets pointing at the same
 * API share it instead of each making its own.
 */
export function clientFor(api: string, timeoutMs = DEFAULT_TIMEOUT_MS): CkanClient {
  const key = `${actionRoot(api)}|${timeoutMs}`;
  let client = clients.get(key);
  if (!client) {
    client = new CkanClient({ baseUrl: api, timeoutMs });
    clients.set(key, client);
  }
  return client;
}
