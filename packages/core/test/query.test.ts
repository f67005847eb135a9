import { describe, expect, it } from 'vitest';
import { buildFq, ckanSort, datastoreSearchParams, packageSearchParams, quoteFq } from '../src/ckan/query.js';

describe('buildFq', () => {
  it('ORs values within a facet and ANDs across facets', () => {
    expect(buildFq({ organization: ['busan', 'haeundae'], groups: ['교통물류'] })).toBe(
      'organization:("busan" OR "haeundae") AND groups:"교통물류"',
    );
  });

  it('drops empty facets and duplicate values', () => {
    expect(buildFq({ organization: [], res_format: ['CSV', 'CSV', ''] })).toBe('res_format:"CSV"');
    expect(buildFq({})).toBe('');
    expect(buildFq(undefined)).toBe('');
  });

  it('escapes quotes and backslashes so a value cannot close its clause', () => {
    expect(quoteFq('a "b" \\ c')).toBe('"a \\"b\\" \\\\ c"');
    expect(buildFq({ tags: ['x") OR (*:*'] })).toBe('tags:"x\\") OR (*:*"');
  });

  it('rejects a field name that is not a plain Solr field', () => {
    expect(() => buildFq({ 'tags:x OR y': ['1'] })).toThrow(RangeError);
  });
});

describe('packageSearchParams', () => {
  it('turns page and page size into rows and start', () => {
    expect(packageSearchParams({ q: ' 주차 ', page: 3, pageSize: 10 })).toEqual({ q: '주차', rows: '10', start: '20' });
  });

  it('asks for facets as a JSON list with a limit', () => {
    const params = packageSearchParams({ facetFields: ['organization', 'groups'], facetLimit: 10 });
    expect(params['facet.field']).toBe('["organization","groups"]');
    expect(params['facet.limit']).toBe('10');
  });

  it('maps friendly sorts to CKAN sort expressions and passes others through', () => {
    expect(ckanSort('newest')).toBe('metadata_modified desc');
    expect(ckanSort('relevance')).toBe('score desc, metadata_modified desc');
    expect(ckanSort('views')).toBe('views_recent desc');
    expect(ckanSort('title')).toBe('title_string asc');
    expect(ckanSort('name desc')).toBe('name desc');
    expect(packageSearchParams({ sort: 'title' })['sort']).toBe('title_string asc');
  });

  it('clamps a page below 1 and a negative page size', () => {
    expect(packageSearchParams({ page: -4, pageSize: -1 })).toMatchObject({ rows: '0', start: '0' });
  });
});

describe('datastoreSearchParams', () => {
  it('serialises filters as JSON and fields as a list', () => {
    expect(
      datastoreSearchParams({
        resourceId: 'r1',
        filters: { 구: '해운대구' },
        fields: ['a', 'b'],
        limit: 5,
        offset: 10,
      }),
    ).toEqual({ resource_id: 'r1', filters: '{"구":"해운대구"}', fields: 'a,b', limit: '5', offset: '10' });
  });
});
