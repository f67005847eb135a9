import { describe, expect, it } from 'vitest';
import {
  ckanDate,
  isRecord,
  normalizeDataset,
  normalizeDatastorePage,
  normalizeFacets,
} from '../src/ckan/normalize.js';
import { allFixtures, fixture } from './fixtures.js';

type Raw = Record<string, unknown>;

/** Every raw package in every recorded response (package_show results and package_search results). */
function recordedPackages(): [string, Raw][] {
  return allFixtures().flatMap((file) => {
    const { result } = fixture(file);
    if (isRecord(result) && Array.isArray(result['results'])) {
      return (result['results'] as Raw[]).map((pkg, i): [string, Raw] => [`${file}#${i}`, pkg]);
    }
    if (isRecord(result) && 'resources' in result) return [[file, result]];
    return [];
  });
}

describe('normalizeDataset on every recorded package', () => {
  const packages = recordedPackages();

  it('finds the recorded packages', () => {
    // 3 package_show + 3 search results (demo.ckan.org), 1 package_show + 4 search results (CKAN 2.8)
    expect(packages.length).toBe(11);
  });

  it.each(packages)('%s keeps title, notes, organisation, tags, groups, resources and dates', (_, raw) => {
    const dataset = normalizeDataset(raw);
    expect(dataset.id).toBe(raw['id']);
    expect(dataset.name).toBe(raw['name']);
    expect(dataset.title).toBe(raw['title'] || raw['name']);
    expect(dataset.notes).toBe(raw['notes'] ?? '');
    const org = raw['organization'] as Raw | null;
    expect(dataset.organization?.name ?? null).toBe(org ? org['name'] : null);
    expect(dataset.organization?.title ?? null).toBe(org ? org['title'] : null);
    expect(dataset.tags.map((t) => t.name)).toEqual((raw['tags'] as Raw[]).map((t) => t['name']));
    expect(dataset.groups.map((g) => g.name)).toEqual((raw['groups'] as Raw[]).map((g) => g['name']));
    const resources = raw['resources'] as Raw[];
    expect(dataset.resources).toHaveLength(resources.length);
    dataset.resources.forEach((resource, i) => {
      const rawResource = resources[i]!;
      expect(resource.url).toBe(rawResource['url']);
      expect(resource.format).toBe(String(rawResource['format']).toUpperCase());
      // CKAN 2.8 records sizes as strings ("51654"); the model has numbers.
      expect(resource.size).toBe(rawResource['size'] == null ? null : Number(rawResource['size']));
    });
    expect(dataset.metadataCreated).toBe(new Date(`${String(raw['metadata_created']).slice(0, 23)}Z`).toISOString());
    expect(dataset.metadataModified).toBe(new Date(`${String(raw['metadata_modified']).slice(0, 23)}Z`).toISOString());
  });

  it('reads a demo.ckan.org package field by field', () => {
    const raw = fixture('demo-ckan-org-2017/62513382-3b26-4bc8-9096-40b6ce8383c0.json').result;
    const dataset = normalizeDataset(raw);
    expect(dataset).toMatchObject({
      name: '100-validated-species-of-plants',
      title: '100 Validated Species of Plants',
      license: { id: 'other-open', title: 'Other (Open)', isOpen: true },
      metadataModified: '2017-08-05T03:19:33.886Z',
      organization: null,
      url: null,
    });
    expect(dataset.tags.map((t) => t.displayName)).toEqual(['flower', 'image recognition', 'machine learning']);
    expect(dataset.resources[0]).toMatchObject({
      format: 'CSV',
      name: 'validated_100_species.csv',
      datastoreActive: false,
    });
  });

  it('reads a CKAN 2.8 datastore resource and its organisation', () => {
    const dataset = normalizeDataset(fixture('datopian-ckan28/package_show.json').result);
    expect(dataset.organization).toMatchObject({ name: 'test_org_00', title: 'Test Organization' });
    expect(dataset.resources.some((r) => r.datastoreActive)).toBe(true);
    expect(dataset.author).toBe('Energinet');
  });

  it('turns a hostile or empty record into a complete, empty dataset instead of throwing', () => {
    for (const raw of [null, 42, 'x', [], { tags: 'nope', resources: [null, 1], organization: 'x', extras: {} }]) {
      const dataset = normalizeDataset(raw);
      expect(dataset.title).toBe('');
      expect(dataset.tags).toEqual([]);
      expect(dataset.resources).toEqual([]);
      expect(dataset.organization).toBeNull();
    }
  });

  it('reads views from tracking_summary, views, or extras', () => {
    expect(normalizeDataset({ tracking_summary: { total: 12, recent: 3 } }).views).toBe(12);
    expect(normalizeDataset({ views: '1,234' }).views).toBe(1234);
    expect(normalizeDataset({ extras: [{ key: 'views', value: '7' }] }).views).toBe(7);
    expect(normalizeDataset({}).views).toBeNull();
  });
});

describe('normalizeFacets', () => {
  it('keeps every facet count of a recorded demo.ckan.org search', () => {
    const facets = normalizeFacets(fixture('demo-ckan-org-2017/packages.json').result as Raw);
    expect(facets['res_format']?.items).toEqual([
      { name: 'CSV', displayName: 'CSV', count: 2 },
      { name: 'PDF', displayName: 'PDF', count: 1 },
    ]);
    expect(facets['organization']?.items).toEqual([{ name: 'sdb', displayName: 'SDB', count: 1 }]);
    expect(facets['groups']?.items).toEqual([]);
  });

  it('keeps display names from search_facets of CKAN 2.8', () => {
    const facets = normalizeFacets(fixture('datopian-ckan28/package_search_facets.json').result as Raw);
    expect(Object.keys(facets).sort()).toEqual(['groups', 'license_id', 'organization', 'res_format', 'tags']);
    expect(facets['organization']?.items).toEqual([
      { name: 'test_org_00', displayName: 'Test Organization', count: 2 },
    ]);
  });

  it('falls back to plain facets (name → count) when search_facets is absent', () => {
    const facets = normalizeFacets({ facets: { tags: { b: 1, a: 5, c: 1 } } });
    expect(facets['tags']?.items.map((i) => `${i.name}:${i.count}`)).toEqual(['a:5', 'b:1', 'c:1']);
  });
});

describe('normalizeDatastorePage', () => {
  it('reads fields, records, total and the echoed limit of a recorded datastore_search', () => {
    const page = normalizeDatastorePage(fixture('datopian-ckan28/datastore_search_gdp_limit5.json').result as Raw, {
      resourceId: 'x',
      offset: 0,
      limit: 100,
    });
    expect(page.total).toBe(11507);
    expect(page.limit).toBe(5);
    expect(page.records).toHaveLength(5);
    expect(page.fields.map((f) => `${f.id}:${f.type}`)).toEqual([
      '_id:int',
      'Country Name:text',
      'Country Code:text',
      'Year:float8',
      'Value:float8',
    ]);
    expect(page.fields[4]?.description).toBe('GDP in current USD');
    expect(page.resourceId).toBe('42c7a4f1-f755-450f-9b5b-31b6085b9b19');
  });
});

describe('ckanDate', () => {
  it.each([
    ['2019-06-10T13:09:12.713162', '2019-06-10T13:09:12.713Z'],
    ['2019-06-10T13:09:12', '2019-06-10T13:09:12.000Z'],
    ['2019-06-10T13:09:12+09:00', '2019-06-10T04:09:12.000Z'],
    ['2022-06-30', '2022-06-30T00:00:00.000Z'],
    ['', null],
    ['not a date', null],
    [null, null],
  ])('%s → %s', (input, expected) => {
    expect(ckanDate(input)).toBe(expected);
  });
});

describe('keys from data', () => {
  it('keeps extras and facets named __proto__ or constructor as entries, never as the prototype', () => {
    const raw = JSON.parse(
      '{"id":"a","name":"a","extras":[{"key":"__proto__","value":"x"},{"key":"constructor","value":"y"}]}',
    ) as unknown;
    const dataset = normalizeDataset(raw);
    expect(Object.keys(dataset.extras)).toEqual(['__proto__', 'constructor']);
    expect(dataset.extras['__proto__']).toBe('x');
    expect(dataset.extras['toString']).toBeUndefined();
    const facets = normalizeFacets(JSON.parse('{"facets":{"__proto__":{"a":1},"toString":{"b":2}}}') as Raw);
    expect(Object.keys(facets)).toEqual(['__proto__', 'toString']);
    expect(facets['constructor']).toBeUndefined();
    expect(facets['__proto__']?.items).toEqual([{ name: 'a', displayName: 'a', count: 1 }]);
  });
});
