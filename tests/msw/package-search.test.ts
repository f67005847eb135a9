import { describe, expect, it } from 'vitest';
import all from '../fixtures/catalog-api/package_search_default.json' with { type: 'json' };
import parking from '../fixtures/catalog-api/package_search_parking.json' with { type: 'json' };
import transport from '../fixtures/catalog-api/package_search_parking_transport.json' with { type: 'json' };
import { answerPackageSearch, parseFq, recordsOf, type PackageSearchResponse } from './package-search.js';

const responses = [all, parking, transport] as PackageSearchResponse[];
const records = recordsOf(...responses);
const ask = (params: Record<string, string>) =>
  answerPackageSearch(
    records,
    new URL(`https://catalog.example/api/3/action/package_search?${new URLSearchParams(params)}`),
    responses[1]!,
  ).result;

describe('package_search from recorded records', () => {
  it('reads fq as @bdw/core writes it', () => {
    expect(parseFq('organization:("a b" OR "c") AND groups:"x"')).toEqual([
      ['organization', ['a b', 'c']],
      ['groups', ['x']],
    ]);
  });

  it('answers each query with the records that match it', () => {
    const q = '주차';
    const expected = records.filter(
      (d) => `${d.title} ${d.notes ?? ''}`.includes(q) || d.tags?.some((t) => t.name.includes(q)),
    );
    const answer = ask({ q, rows: '100' });
    expect(answer.count).toBeGreaterThan(0);
    expect(answer.count).toBeLessThan(records.length);
    expect(answer.results.map((d) => d.id).sort()).toEqual(expected.map((d) => d.id).sort());
  });

  it('filters by fq, pages by start and rows, and counts facets over what matched', () => {
    const group = 'transport-logistics';
    const inGroup = records.filter((d) => d.groups?.some((g) => g.name === group));
    const answer = ask({ fq: `groups:"${group}"`, rows: '2', start: '1', 'facet.field': '["groups"]' });
    expect(answer.count).toBe(inGroup.length);
    expect(answer.results).toHaveLength(Math.min(2, inGroup.length - 1));
    expect(answer.search_facets['groups']!.items.find((i) => i.name === group)!.count).toBe(inGroup.length);
  });
});
