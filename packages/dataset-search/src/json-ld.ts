import { safeUrl, setJsonLdText, type Dataset } from '@bdw/core';

/** schema.org `Dataset` entries for the results on screen (search engines do not read shadow DOM). */
export function datasetJsonLd(datasets: readonly Dataset[], href: (d: Dataset) => string | null): object {
  return {
    '@context': 'https://schema.org',
    '@graph': datasets.map((dataset) => {
      const url = href(dataset);
      const license = safeUrl(dataset.license?.url);
      return {
        '@type': 'Dataset',
        name: dataset.title,
        description: dataset.notes.slice(0, 5000) || dataset.title,
        identifier: dataset.id,
        ...(url ? { url } : {}),
        ...(dataset.metadataModified ? { dateModified: dataset.metadataModified } : {}),
        ...(dataset.metadataCreated ? { dateCreated: dataset.metadataCreated } : {}),
        ...(dataset.organization ? { creator: { '@type': 'Organization', name: dataset.organization.title } } : {}),
        ...(license ? { license } : {}),
        keywords: dataset.tags.map((t) => t.name),
        distribution: dataset.resources
          .map((r) => ({ r, url: safeUrl(r.url) }))
          .filter((d) => d.url !== null)
          .map(({ r, url }) => ({ '@type': 'DataDownload', encodingFormat: r.format, contentUrl: url })),
      };
    }),
  };
}

/** Writes (or removes) the JSON-LD script in the host's light DOM, as text only. */
export function writeJsonLd(host: HTMLElement, data: object | null): void {
  let script = host.querySelector<HTMLScriptElement>(':scope > script[data-bdw-jsonld]');
  if (!data) {
    script?.remove();
    return;
  }
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.dataset['bdwJsonld'] = '';
    host.append(script);
  }
  // `<` escaped so that a title such as `</script>` cannot end the script element.
  setJsonLdText(script, JSON.stringify(data).replace(/</g, '\\u003c'));
}
