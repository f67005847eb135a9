import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DB } from '../src/paths.js';
import { readCatalogRows, seed } from '../src/seed.js';
import { SHIPPED_DATASETS } from '../src/shipped.js';
import { startTestApi, type TestApi } from './server.js';

/**
 * Lucene/Solr syntax in q and fq over HTTP, each count computed independently: a brute-force scan of the seed
 * rows (substring match, as the bigram/unigram index must give), a direct SQL count, or set identities.
 */
let api: TestApi;
let db: Database.Database;
let texts: { title: string; all: string; org: string }[];
const TOTAL = 61_366;

beforeAll(async () => {
  seed(DEFAULT_DB);
  api = await startTestApi();
  db = new Database(DEFAULT_DB, { readonly: true });
  const norm = (s: string) => s.normalize('NFKC').toLowerCase();
  texts = [
    ...readCatalogRows().map((row) => {
      const tags = `${row['국가중점여부'] === 'Y' ? '국가중점데이터' : ''} ${row['표준데이터여부'] === 'Y' ? '표준데이터' : ''}`;
      return {
        title: norm(row['목록명']),
        all: norm(`${row['목록명']} ${row['목록설명']} ${row['기관명']} ${tags}`),
        org: `org-${row['기관코드'].trim()}`,
      };
    }),
    ...SHIPPED_DATASETS.map((d) => ({
      title: norm(d.title),
      all: norm(`${d.title} ${d.notes} ${d.orgTitle} ${d.tags.join(' ')}`),
      org: `org-${d.orgCode}`,
    })),
  ];
});
afterAll(async () => {
  db.close();
  await api.close();
});

async function search(params: Record<string, string>) {
  const res = await fetch(`${api.url}/api/3/action/package_search?${new URLSearchParams({ rows: '0', ...params })}`);
  return {
    status: res.status,
    body: (await res.json()) as { result: { count: number }; error: Record<string, string> },
  };
}
async function count(q: string, fq?: string): Promise<number> {
  const { status, body } = await search({ q, ...(fq === undefined ? {} : { fq }) });
  expect(status, JSON.stringify(body)).toBe(200);
  return body.result.count;
}
const brute = (keep: (t: { title: string; all: string; org: string }) => boolean) => texts.filter(keep).length;
const sql = (query: string, ...args: unknown[]) => (db.prepare(query).get(...args) as { n: number }).n;

describe('Lucene query syntax in q', () => {
  it('OR: 주차 OR 버스 is the union (≥ each, ≤ their sum, = a brute-force count)', async () => {
    const [parking, bus, either] = await Promise.all([count('주차'), count('버스'), count('주차 OR 버스')]);
    expect(parking).toBe(475);
    expect(bus).toBe(643);
    expect(either).toBeGreaterThanOrEqual(Math.max(parking, bus));
    expect(either).toBeLessThanOrEqual(parking + bus);
    expect(either).toBe(brute((t) => t.all.includes('주차') || t.all.includes('버스')));
    expect(await count('주차 || 버스')).toBe(either);
  });

  it('plain words and AND: every word (today’s behaviour), = a brute-force count', async () => {
    const both = brute((t) => t.all.includes('주차') && t.all.includes('버스'));
    expect(await count('주차 버스')).toBe(both);
    expect(await count('주차 AND 버스')).toBe(both);
    expect(await count('+주차 +버스')).toBe(both);
  });

  it('NOT and -: -주차 + 주차 = the total', async () => {
    const without = await count('-주차');
    expect(without + 475).toBe(TOTAL);
    expect(await count('NOT 주차')).toBe(without);
    expect(await count('버스 -주차')).toBe(brute((t) => t.all.includes('버스') && !t.all.includes('주차')));
    expect(await count('버스 AND NOT 주차')).toBe(await count('버스 -주차'));
    expect(await count('-(주차 OR 버스)')).toBe(TOTAL - (await count('주차 OR 버스')));
  });

  it('fielded text: title:주차 ≤ 주차, = titles containing it', async () => {
    const title = await count('title:주차');
    expect(title).toBeLessThanOrEqual(475);
    expect(title).toBe(brute((t) => t.title.includes('주차')));
    expect(await count('notes:주차 AND -title:주차')).toBeLessThanOrEqual(475 - title);
    expect(await count('title:(주차 OR 버스)')).toBe(
      brute((t) => t.title.includes('주차') || t.title.includes('버스')),
    );
  });

  it('exact fields: tags, res_format, organization, groups, name, license_id, dataset_type', async () => {
    expect(await count('tags:국가중점데이터')).toBe(
      sql("SELECT COUNT(*) AS n FROM package_tags WHERE tag = '국가중점데이터'"),
    );
    expect(await count('res_format:CSV')).toBe(sql("SELECT COUNT(*) AS n FROM package_formats WHERE format = 'CSV'"));
    expect(await count('res_format:(API OR STD)')).toBe(
      sql("SELECT COUNT(DISTINCT package) AS n FROM package_formats WHERE format IN ('API', 'STD')"),
    );
    expect(await count('organization:org-6260000 AND 주차')).toBe(
      brute((t) => t.org === 'org-6260000' && t.all.includes('주차')),
    );
    expect(await count('groups:"transport-logistics"')).toBe(
      sql("SELECT COUNT(*) AS n FROM packages WHERE group_name = 'transport-logistics'"),
    );
    expect(await count('name:datago-1500*')).toBe(
      sql("SELECT COUNT(*) AS n FROM packages WHERE name LIKE 'datago-1500%'"),
    );
    expect(await count('license_id:cc-by-4.0')).toBe(
      sql("SELECT COUNT(*) AS n FROM packages WHERE license_id = 'cc-by-4.0'"),
    );
    expect(await count('dataset_type:dataset')).toBe(TOTAL);
    expect(await count('dataset_type:harvest')).toBe(0);
  });

  it('phrases, parentheses, *:*, prefix wildcards and date ranges', async () => {
    expect(await count('*:*')).toBe(TOTAL);
    // A phrase: its words adjacent (so at least every text with "주차장 현황" verbatim), within AND of its words.
    const phrase = await count('"주차장 현황"');
    expect(phrase).toBeLessThanOrEqual(await count('주차장 현황'));
    expect(phrase).toBeGreaterThanOrEqual(brute((t) => t.all.includes('주차장 현황')));
    expect(brute((t) => t.all.includes('주차장 현황'))).toBeGreaterThan(0);
    expect(await count('(주차 OR 버스) AND organization:org-6260000')).toBe(
      brute((t) => t.org === 'org-6260000' && (t.all.includes('주차') || t.all.includes('버스'))),
    );
    expect(await count('주차*')).toBe(475);
    // A lone syllable with * is a prefix on the bigrams (followed by another syllable); without, any position.
    expect(await count('물*')).toBeLessThan(await count('물'));
    expect(await count('cctv*')).toBeGreaterThanOrEqual(await count('cctv'));
    expect(await count('metadata_modified:[2020-01-01T00:00:00Z TO *]')).toBe(
      sql("SELECT COUNT(*) AS n FROM packages WHERE modified >= '2020-01-01T00:00:00'"),
    );
    expect(await count('metadata_created:[* TO NOW]')).toBe(
      sql('SELECT COUNT(*) AS n FROM packages WHERE created IS NOT NULL'),
    );
  });

  it('keeps plain input plain: punctuation finds nothing, a stray dash or slash is a word separator', async () => {
    expect(await count('!!!')).toBe(0);
    expect(await count('주차 - 버스')).toBe(await count('주차 버스'));
    expect(await count('주차^2')).toBe(475);
    // Half-typed input without a colon (as CKAN's dismax reads it): plain words, not an error.
    expect(await count('"주차')).toBe(475);
    expect(await count('(주차 버스')).toBe(await count('주차 버스'));
  });

  it('normalises the query: NFD (macOS) and full-width text find the same', async () => {
    expect(await count('주차'.normalize('NFD'))).toBe(475);
    expect(await count('ＣＣＴＶ')).toBe(await count('cctv'));
  });
});

describe('Lucene query syntax in fq and fq_list', () => {
  it('accepts what CKAN clients send: +dataset_type:dataset, name:…, OR lists, text', async () => {
    expect(await count('', '+dataset_type:dataset')).toBe(TOTAL);
    expect(await count('', 'name:datago-15000000')).toBe(1);
    expect(await count('주차', '+dataset_type:dataset +organization:org-6260000')).toBe(
      brute((t) => t.org === 'org-6260000' && t.all.includes('주차')),
    );
    expect(await count('', '-tags:국가중점데이터')).toBe(TOTAL - (await count('tags:국가중점데이터')));
    expect(await count('', 'title:주차')).toBe(await count('title:주차'));
    const { body } = await search({ fq_list: JSON.stringify(['res_format:API', 'tags:표준데이터']) });
    expect(body.result.count).toBe(
      sql(`SELECT COUNT(*) AS n FROM package_formats f JOIN package_tags t ON t.package = f.package
           WHERE f.format = 'API' AND t.tag = '표준데이터'`),
    );
  });
});

describe('what SQLite cannot express is a 409 Search Error naming the problem, never a silent 0', () => {
  it.each([
    ['주차~', 'fuzzy'],
    ['"부산 주차"~3', 'proximity'],
    ['/주차.*/', 'regular expressions'],
    ['주?차', 'wildcards'],
    ['*주차', 'wildcards'],
    ['secret:x', 'cannot search on the field "secret"'],
    ['title:(주차', 'cannot parse'],
    ['views:[1 TO 10]', 'ranges are supported only on'],
    ['metadata_modified:[yesterday TO *]', 'cannot read the date'],
  ])('q=%s', async (q, problem) => {
    const { status, body } = await search({ q });
    expect(status).toBe(409);
    expect(body.error['__type']).toBe('Search Error');
    expect(body.error['message']).toContain(problem);
  });
});
