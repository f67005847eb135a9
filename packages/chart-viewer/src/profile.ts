import { cellAt } from '@bdw/core/data';
import { cellText, coerce, isPlaceholder } from '@bdw/core/data';
import type { Column, ColumnType, Table } from './types.js';

/**
 * What a column is for, as an analyst reads a table before charting it: a time axis, an identifier,
 * a code, a coordinate, a phone number, a constant, a measure (something to add up or average), a
 * grouping category, or a label (one distinct name per row).
 */
export type ColumnRole =
  'time' | 'id' | 'code' | 'coordinate' | 'phone' | 'constant' | 'measure' | 'category' | 'label';

export interface ColumnProfile {
  name: string;
  type: ColumnType;
  role: ColumnRole;
  /** Distinct non-empty values in the sample (counted up to `DISTINCT_CAP`). */
  distinct: number;
  /** Non-empty, non-placeholder cells in the sample. */
  present: number;
  /** Sum of absolute values (numbers), to rank measures of one family. */
  magnitude: number;
  /** The header says it is a count, amount or quantity (인구수, 금액, 건수, count…). */
  measureName: boolean;
  /** The header says it is a rate or an average, which is averaged rather than added up. */
  rateName: boolean;
  /** The header names a region (시군구, 구·군, 지역, region…): the category people group by first. */
  regionName: boolean;
}

/** Rows looked at to profile a table: enough for the roles, cheap on a million rows. */
export const PROFILE_ROWS = 5000;
const DISTINCT_CAP = 2000;

// Header patterns. They are hints read together with the values, never alone, except for the
// unambiguous ones (a column named 위도 is a coordinate whatever its values).
const ID_NAME = /^(순번|번호|연번|일련번호|순서|no\.?|num|id|_id|fid|objectid|seq|idx|index|rownum)$|(_id|_seq|_no)$/i;
const ID_SUFFIX = /[a-z]Id$|ID$/;
const CODE_NAME = /코드|code|(^|_)cd$|^cd_|^(sgg|sido|sigungu|emd|adm_?cd|bjd|hjd|pnu|zip)$|우편번호/i;
const COORDINATE_NAME =
  /위도|경도|좌표|latitude|longitude|^(lat|lng|lon|long|x|y|xcoord|ycoord)$|utm|(^|_)tm_?[xy]$|_[xy]$|[xy]좌표|epsg|wgs84/i;
const PHONE_NAME = /전화|연락처|팩스|phone|tel$|^tel|fax/i;
const PHONE_VALUE = /^\(?0\d{1,3}\)?[-. )]?\d{3,4}[-. ]\d{4}$/;
const MEASURE_NAME =
  /(수|인구|금액|액|량|인원|개수|면적|합계|총계|득표|점수|가격|요금|비용|예산|매출|생산|소비|거리|길이|무게|count|amount|total|sum|population|number|qty|quantity|value|votes?|voters?|price|cost|area|length|weight|size)$|popu|vote|cnt|amt|qty/i;
const RATE_NAME = /(비율|률|율|비중|평균|rate|ratio|pct|percent|share|mean|avg|average)$/i;
const REGION_NAME =
  /시군구|구군|구·군|시·군·구|지역|행정구역|자치구|시도|(^|_)(구|군|시|동)$|district|region|area|sgg|sido|city/i;
const NAME_LIKE = /(명|이름|명칭|name|nm|title)$/i;

/** Whether integer values run 1, 2, 3… (or any start) by one, as a sequence number does. */
function isSequence(values: number[]): boolean {
  if (values.length < 3) return false;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.every((v, i) => Number.isInteger(v) && (i === 0 || v - sorted[i - 1]! === 1));
}

/** Whether integers all have the same number of digits (5 or more) and are distinct: administrative codes. */
function looksLikeCode(values: number[], distinct: number): boolean {
  if (values.length < 2 || distinct < values.length) return false;
  const length = String(Math.trunc(Math.abs(values[0]!))).length;
  return length >= 5 && values.every((v) => Number.isInteger(v) && String(Math.abs(v)).length === length);
}

/** Profiles one column from the first `PROFILE_ROWS` rows. */
function profileColumn(table: Table, index: number, column: Column): ColumnProfile {
  const key = table.keys[index]!;
  const rows = table.rows.length > PROFILE_ROWS ? table.rows.slice(0, PROFILE_ROWS) : table.rows;
  const seen = new Set<string>();
  const numbers: number[] = [];
  let present = 0;
  let phones = 0;
  let magnitude = 0;
  const numeric = column.type === 'number' || column.type === 'percent';
  for (const row of rows) {
    const cell = cellAt(row, key);
    const text = cellText(cell);
    if (text === '' || isPlaceholder(cell)) continue;
    present++;
    if (seen.size < DISTINCT_CAP) seen.add(text);
    if (PHONE_VALUE.test(text)) phones++;
    if (numeric) {
      const value = coerce(cell, column.type);
      if (typeof value === 'number') {
        numbers.push(value);
        magnitude += Math.abs(value);
      }
    }
  }
  const name = column.name;
  const distinct = seen.size;
  const profile = {
    name,
    type: column.type,
    distinct,
    present,
    magnitude,
    measureName: MEASURE_NAME.test(name),
    rateName: RATE_NAME.test(name) || column.type === 'percent',
    regionName: REGION_NAME.test(name),
  };
  return { ...profile, role: roleOf(profile, numbers, phones) };
}

function roleOf(p: Omit<ColumnProfile, 'role'>, numbers: number[], phones: number): ColumnRole {
  if (COORDINATE_NAME.test(p.name) && p.type !== 'category') return 'coordinate';
  if (PHONE_NAME.test(p.name) || (p.present > 0 && phones / p.present > 0.8)) return 'phone';
  if (p.present > 1 && p.distinct === 1) return 'constant';
  if (p.type === 'period' || p.type === 'date') return 'time';
  if (CODE_NAME.test(p.name)) return 'code';
  const numeric = p.type === 'number' || p.type === 'percent';
  if ((ID_NAME.test(p.name) || ID_SUFFIX.test(p.name)) && (!numeric || p.distinct === p.present)) return 'id';
  if (numeric) {
    if (!p.measureName && p.distinct === p.present && isSequence(numbers)) return 'id';
    if (!p.measureName && looksLikeCode(numbers, p.distinct)) return 'code';
    return 'measure';
  }
  return p.distinct === p.present ? 'label' : 'category';
}

/** Profiles every typed column of a table. */
export function profileTable(table: Table, columns: readonly Column[]): ColumnProfile[] {
  return columns.map((column, index) => profileColumn(table, index, column));
}

/** Whether a label column's header says it names the row (이름, 명칭, …명, name). */
export const isNameLike = (name: string): boolean => NAME_LIKE.test(name);
