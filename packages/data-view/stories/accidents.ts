import Papa from 'papaparse';

/**
 * The real 2020 fatal traffic accidents in Busan (apps/catalog-api/data/files, 100 rows, 23 columns; 도로교통공단 via
 * data.go.kr 15070340), fetched from Storybook's static `/files/` as the catalogue serves it.
 */
export const ACCIDENTS_CSV = './files/busan_fatal_traffic_accidents_2020.csv';

let rows: Promise<Record<string, string>[]> | null = null;

export function accidents(): Promise<Record<string, string>[]> {
  rows ??= fetch(ACCIDENTS_CSV)
    .then((response) => response.text())
    .then((text) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data);
  return rows;
}

/**
 * The real rows repeated up to `size` rows and numbered, with five of their columns (a stand-in for a large table,
 * made the same way each time; all 23 columns of a million rows would take the story seconds to build).
 */
export async function manyAccidents(size: number): Promise<Record<string, unknown>[]> {
  const real = await accidents();
  return Array.from({ length: size }, (_, i) => {
    const row = real[i % real.length]!;
    return {
      번호: i + 1,
      발생년월일시: row['발생년월일시'],
      발생지시군구: row['발생지시군구'],
      사고유형: row['사고유형'],
      사망자수: Number(row['사망자수']),
    };
  });
}
