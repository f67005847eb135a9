import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATEGORY_GROUPS } from '../src/categories.js';
import { orgName, type ListRow } from '../src/catalog-row.js';
import { DEFAULT_DB } from '../src/paths.js';
import { searchPackages, type SearchRequest } from '../src/search.js';
import { readCatalogRows, seed } from '../src/seed.js';
import { SHIPPED_DATASETS } from '../src/shipped.js';

let db: Database.Database;
let rows: ListRow[];

beforeAll(() => {
  seed(DEFAULT_DB);
  db = new Database(DEFAULT_DB, { readonly: true });
  rows = readCatalogRows();
});
afterAll(() => db.close());

const request = (overrides: Partial<SearchRequest>): SearchRequest => ({
  q: '',
  fq: [],
  sort: '',
  rows: 10,
  start: 0,
  facetFields: [],
  facetLimit: -1,
  facetMinCount: 1,
  ...overrides,
});

/** What a search for a Hangul word must match: the word as a substring of title, notes, organisation or tags. */
function bruteForce(word: string, keep: (row: ListRow) => boolean = () => true): ListRow[] {
  return rows.filter((row) => {
    const tags = `${row['국가중점여부'] === 'Y' ? '국가중점데이터' : ''} ${row['표준데이터여부'] === 'Y' ? '표준데이터' : ''}`;
    const text = `${row['목록명']} ${row['목록설명']} ${row['기관명']} ${tags}`.normalize('NFKC').toLowerCase();
    return text.includes(word) && keep(row);
  });
}

function countBy(list: ListRow[], key: (row: ListRow) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of list) counts[key(row)] = (counts[key(row)] ?? 0) + 1;
  return counts;
}

const shippedMatching = (word: string) =>
  SHIPPED_DATASETS.filter((d) => `${d.title} ${d.notes} ${d.orgTitle} ${d.tags.join(' ')}`.includes(word));

describe('Korean recall (Hangul bigrams)', () => {
  it.each([
    ['주차', '공영주차장'],
    ['방사선', '환경방사선'],
    ['버스', '시내버스'],
  ])('%s finds %s', (query, compound) => {
    const hits = searchPackages(db, request({ q: query, rows: 1000 }));
    expect(hits.count).toBeGreaterThan(0);
    const titles = (
      db
        .prepare(
          'SELECT p.title, t.notes FROM packages p JOIN package_text t ON t.package = p.rowid WHERE p.rowid IN (SELECT value FROM json_each(?))',
        )
        .all(JSON.stringify(hits.rowids)) as { title: string; notes: string }[]
    ).map((r) => `${r.title} ${r.notes}`);
    expect(titles.some((t) => t.includes(compound))).toBe(true);
  });

  it.each(['주차', '방사선', '관광', '미세먼지', '부산'])(
    'count and organisation facet for %s equal a brute-force count over the seed',
    (word) => {
      const hits = searchPackages(db, request({ q: word, facetFields: ['organization', 'groups'] }));
      const expected = bruteForce(word);
      const shipped = shippedMatching(word);
      expect(hits.count).toBe(expected.length + shipped.length);
      const orgCounts = countBy(expected, (row) => orgName(row['기관코드']));
      for (const d of shipped) {
        const name = orgName(d.orgCode);
        orgCounts[name] = (orgCounts[name] ?? 0) + 1;
      }
      expect(Object.fromEntries(hits.facets.get('organization')!.map((f) => [f.value, f.count]))).toEqual(orgCounts);
    },
  );

  it('ranks a title match above a notes-only match', () => {
    const hits = searchPackages(db, request({ q: '환경방사선', rows: 5 }));
    const first = db.prepare('SELECT title FROM packages WHERE rowid = ?').get(hits.rowids[0]) as { title: string };
    expect(first.title).toContain('환경방사선');
  });
});

describe('filters: OR within a facet, AND across facets', () => {
  const transport = CATEGORY_GROUPS['교통물류']!.name;
  const tourism = CATEGORY_GROUPS['문화관광']!.name;
  const busan = orgName('6260000');

  it('ORs values within one field', () => {
    const both = searchPackages(db, request({ fq: [`groups:("${transport}" OR "${tourism}")`] })).count;
    const a = searchPackages(db, request({ fq: [`groups:"${transport}"`] })).count;
    const b = searchPackages(db, request({ fq: [`groups:"${tourism}"`] })).count;
    expect(both).toBe(a + b);
    const expected = rows.filter((r) => ['교통물류', '문화관광'].includes(r['분류체계'])).length;
    const shipped = SHIPPED_DATASETS.filter((d) => d.group === transport || d.group === tourism).length;
    expect(both).toBe(expected + shipped);
  });

  it('ANDs across fields, and facet counts follow the filters', () => {
    const hits = searchPackages(
      db,
      request({ fq: [`organization:"${busan}" AND res_format:(API OR STD)`], facetFields: ['groups', 'res_format'] }),
    );
    const expected = rows.filter((r) => r['기관코드'] === '6260000' && ['API', 'STD'].includes(r['목록유형']));
    expect(hits.count).toBe(expected.length);
    const groups = countBy(expected, (r) => CATEGORY_GROUPS[r['분류체계']]!.name);
    expect(Object.fromEntries(hits.facets.get('groups')!.map((f) => [f.value, f.count]))).toEqual(groups);
    expect(Object.fromEntries(hits.facets.get('res_format')!.map((f) => [f.value, f.count]))).toEqual(
      countBy(expected, (r) => r['목록유형']),
    );
  });

  it('combines text and filters', () => {
    const hits = searchPackages(db, request({ q: '주차', fq: [`organization:"${busan}"`] }));
    expect(hits.count).toBe(bruteForce('주차', (r) => r['기관코드'] === '6260000').length);
  });

  it('finds nothing for a value no package has, and for a query of punctuation only', () => {
    expect(searchPackages(db, request({ fq: ['tags:"없는태그"'] })).count).toBe(0);
    expect(searchPackages(db, request({ q: '!!!' })).count).toBe(0);
  });
});

describe('sorts and paging', () => {
  it('sorts by newest, most viewed and title', () => {
    const newest = searchPackages(db, request({ sort: 'metadata_modified desc', rows: 3 }));
    const dates = newest.rowids.map(
      (id) => (db.prepare('SELECT modified FROM packages WHERE rowid = ?').get(id) as { modified: string }).modified,
    );
    expect([...dates].sort().reverse()).toEqual(dates);
    const views = searchPackages(db, request({ sort: 'views_recent desc', rows: 1 }));
    const max = (db.prepare('SELECT MAX(views) AS v FROM packages').get() as { v: number }).v;
    expect(
      (db.prepare('SELECT views FROM packages WHERE rowid = ?').get(views.rowids[0]) as { views: number }).views,
    ).toBe(max);
    const titles = searchPackages(db, request({ q: '부산', sort: 'title_string asc', rows: 20 })).rowids.map(
      (id) => (db.prepare('SELECT title FROM packages WHERE rowid = ?').get(id) as { title: string }).title,
    );
    expect([...titles].sort()).toEqual(titles);
  });

  it('pages without overlap', () => {
    const first = searchPackages(db, request({ q: '부산', rows: 10, start: 0 })).rowids;
    const second = searchPackages(db, request({ q: '부산', rows: 10, start: 10 })).rowids;
    expect(first).toHaveLength(10);
    expect(second.some((id) => first.includes(id))).toBe(false);
  });
});
