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

/** The real rows repeated up to `size` rows, numbered (a stand-in for a large table, made the same way each time). */
export async function manyAccidents(size: number): Promise<Record<string, unknown>[]> {
  const real = await accidents();
  return Array.from({ length: size }, (_, i) => ({ 번호: i + 1, ...real[i % real.length] }));
}
