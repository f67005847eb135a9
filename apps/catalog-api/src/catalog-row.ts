import { CATEGORY_GROUPS, TAG_NATIONAL_PRIORITY, TAG_STANDARD } from './categories.js';

/** One row of the data.go.kr dataset list, by its Korean column names. */
export type ListRow = Record<
  | '목록키'
  | '목록유형'
  | '목록명'
  | '목록설명'
  | '조회수'
  | '분류체계'
  | '기관코드'
  | '기관명'
  | '국가중점여부'
  | '표준데이터여부'
  | '목록.등록일'
  | '목록.수정일'
  | '목록.URL',
  string
>;

/** A catalogue package as stored (one row of `packages`, plus its tags and formats). */
export interface PackageRecord {
  id: string;
  name: string;
  title: string;
  notes: string;
  url: string | null;
  orgName: string;
  groupName: string | null;
  listType: string;
  created: string | null;
  modified: string | null;
  views: number;
  licenseId: string | null;
  tags: string[];
  formats: string[];
}

export function orgName(code: string): string {
  return `org-${code
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, '-')}`;
}

function isoDate(value: string): string | null {
  return /^\d{4}-\d\d-\d\d$/.test(value.trim()) ? `${value.trim()}T00:00:00` : null;
}

/**
 * Maps a data.go.kr list row to a package: 목록키 → id, a stable `datago-<목록키>` name,
 * 목록설명 with `<br/>` as newlines, 기관 → organisation, 분류체계 → group, 목록유형 →
 * resource format, 조회수 → views, 국가중점/표준데이터 → tags (and extras).
 * `copy` > 0 makes a distinct replica for scale benchmarks.
 */
export function packageFromRow(row: ListRow, copy = 0): PackageRecord {
  const suffix = copy > 0 ? `-${copy}` : '';
  const key = row['목록키'].trim();
  const tags: string[] = [];
  if (row['국가중점여부'] === 'Y') tags.push(TAG_NATIONAL_PRIORITY);
  if (row['표준데이터여부'] === 'Y') tags.push(TAG_STANDARD);
  const views = Number.parseInt(row['조회수'].replace(/,/g, ''), 10);
  const listType = row['목록유형'].trim().toUpperCase() || 'FILE';
  return {
    id: `${key}${suffix}`,
    name: `datago-${key}${suffix}`,
    title: row['목록명'].trim(),
    notes: row['목록설명'].replace(/<br\s*\/?>/gi, '\n').trim(),
    url: row['목록.URL'].trim() || null,
    orgName: orgName(row['기관코드']),
    groupName: CATEGORY_GROUPS[row['분류체계'].trim()]?.name ?? null,
    listType,
    created: isoDate(row['목록.등록일']),
    modified: isoDate(row['목록.수정일']) ?? isoDate(row['목록.등록일']),
    views: Number.isFinite(views) ? views : 0,
    licenseId: null,
    tags,
    formats: [listType],
  };
}
