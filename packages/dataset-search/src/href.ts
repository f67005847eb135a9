import type { Dataset } from '@bdw/core';

/**
 * A result link from a template such as `/dataset/{name}` or `https://x.kr/d?id={id}`.
 * Values are URL-encoded; only http(s) and relative links are produced.
 */
export function datasetHref(template: string | undefined, dataset: Dataset): string | null {
  if (!template) return null;
  const href = template.replace(/\{(id|name)\}/g, (_, key: 'id' | 'name') => encodeURIComponent(dataset[key]));
  return /^(https?:\/\/|\/|\.{0,2}\/|\?|#)/i.test(href) || !/^[a-z][\w+.-]*:/i.test(href) ? href : null;
}
