import { fillUrlTemplate, type Dataset } from '@bdw/core';

/**
 * A result link from a template such as `/dataset/{name}` or `https://x.kr/d?id={id}`, by core's URL
 * policy: values are percent-encoded, and only http(s) and relative links are produced (an obfuscated
 * `java\tscript:` template is refused as the browser would read it).
 */
export function datasetHref(template: string | undefined, dataset: Dataset): string | null {
  // No base: a relative template stays relative, the same on the server and in the browser (hydration).
  return fillUrlTemplate(template, { id: dataset.id, name: dataset.name }, { base: undefined });
}
