import { translate, type Lang, type MessageTable } from '@bdw/core';
import { DataError } from './errors.js';

/** What the map says about a `<bdw-view>` it is in (loaded with the map engine: only maps in a view need it). */
const table = {
  ko: {
    rowCount: '건수',
    selection: '선택: {names}',
    selectionNone: '지역을 누르거나 Enter 키를 누르면 보기의 자료를 그 지역으로 거릅니다.',
    points: '조건에 맞는 지점',
    pointsLimited: '조건에 맞는 {total}행 중 처음 {shown}행만 지점으로 표시합니다.',
    noRows: '보기의 조건에 맞는 지점이 없습니다.',
    error: '보기의 자료를 불러오지 못했습니다. 조건을 바꾸면 다시 시도합니다.',
    join: 'join 속성은 「지도 속성:보기 열」 형식이어야 합니다 (예: SGGNM:발생지시군구). 받은 값: {detail}',
    noLatLon: '보기의 표에서 위도·경도 열을 찾을 수 없습니다 (열: {detail}). lat, lon 속성으로 열을 지정하세요.',
  },
  en: {
    rowCount: 'Rows',
    selection: 'Selected: {names}',
    selectionNone: 'Click an area or press Enter on it to filter the view to that area.',
    points: 'Matching points',
    pointsLimited: 'Only the first {shown} of the {total} matching rows are shown as points.',
    noRows: 'No point matches the view’s filters.',
    error: 'The view’s data could not be loaded. Changing a filter tries again.',
    join: 'The join attribute must be “feature property:view field” (e.g. SGGNM:발생지시군구); it is: {detail}',
    noLatLon:
      'No latitude and longitude fields were found in the view’s table (fields: {detail}). Name them with the lat and lon attributes.',
  },
} satisfies MessageTable<string>;

export type ViewMessageKey = keyof (typeof table)['ko'];

/** A data error about the view (a malformed `join`, no coordinate fields) in the UI's language, else `null`. */
export function viewErrorMessage(lang: Lang, error: unknown): string | null {
  if (!(error instanceof DataError)) return null;
  const key = error.reason === 'join' ? 'join' : error.reason === 'noViewColumns' ? 'noLatLon' : null;
  return key ? viewMessage(lang, key, { detail: error.detail ?? '' }) : null;
}

export function viewMessage(lang: Lang, key: ViewMessageKey, params?: Record<string, string | number>): string {
  return translate(table, lang, key, params);
}
