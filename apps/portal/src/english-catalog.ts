import {
  CkanClient,
  type CallOptions,
  type Dataset,
  type FacetItem,
  type SearchQuery,
  type SearchResult,
} from '@bdw/core';

/**
 * data.go.kr's three list types, which the catalogue gives as resource formats (`FILE` shown as 파일데이터 …),
 * named in English.
 */
export const FORMAT_NAMES_EN: Readonly<Record<string, string>> = {
  FILE: 'File data',
  API: 'Open API',
  STD: 'Standard data',
};

/** The two tags the catalogue itself gives (국가중점데이터, 표준데이터); other tags are the publishers' words. */
export const TAG_NAMES_EN: Readonly<Record<string, string>> = {
  국가중점데이터: 'National priority data',
  표준데이터: 'Standard data',
};

/** English names of categories (the catalogue's groups carry them as their description) and formats. */
export function englishNames(groups: readonly { name: string; description: string }[]) {
  const groupNames = new Map(groups.filter((g) => g.description).map((g) => [g.name, g.description]));
  return {
    group: (name: string, korean: string) => groupNames.get(name) ?? korean,
    format: (format: string, shown = format) => FORMAT_NAMES_EN[format] ?? shown,
    tag: (tag: string, shown = tag) => TAG_NAMES_EN[tag] ?? shown,
  };
}

export type EnglishNames = ReturnType<typeof englishNames>;

/** A search result with its category and format names (facets and each dataset's groups) in English. */
export function inEnglish(result: SearchResult, names: EnglishNames): SearchResult {
  const facets = Object.fromEntries(
    Object.entries(result.facets).map(([key, facet]) => {
      const rename = {
        groups: (item: FacetItem) => names.group(item.name, item.displayName),
        res_format: (item: FacetItem) => names.format(item.name, item.displayName),
        tags: (item: FacetItem) => names.tag(item.name, item.displayName),
      }[facet.field];
      return [key, rename ? { ...facet, items: facet.items.map((i) => ({ ...i, displayName: rename(i) })) } : facet];
    }),
  );
  return { ...result, facets, items: result.items.map((d) => datasetInEnglish(d, names)) };
}

export function datasetInEnglish(dataset: Dataset, names: EnglishNames): Dataset {
  return {
    ...dataset,
    groups: dataset.groups.map((g) => ({ ...g, title: names.group(g.name, g.title) })),
    tags: dataset.tags.map((tag) => ({ ...tag, displayName: names.tag(tag.name, tag.displayName) })),
  };
}

/**
 * The catalogue as an English reader sees it: every search answers with English category and format names, so
 * the widgets' facets, chips and the catalogue map show them. Names come from one `group_list` call.
 */
export class EnglishCatalogClient extends CkanClient {
  private names?: Promise<EnglishNames>;

  private englishNames(): Promise<EnglishNames> {
    this.names ??= this.groupList().then(englishNames, () => englishNames([]));
    return this.names;
  }

  override async packageSearch(query: SearchQuery = {}, options?: CallOptions): Promise<SearchResult> {
    const [result, names] = await Promise.all([super.packageSearch(query, options), this.englishNames()]);
    return inEnglish(result, names);
  }

  override async packageShow(id: string, options?: CallOptions): Promise<Dataset> {
    const [dataset, names] = await Promise.all([super.packageShow(id, options), this.englishNames()]);
    return datasetInEnglish(dataset, names);
  }
}
