import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

/** The real 2020 fatal accident table as shipped with the catalogue, and its rows as papaparse reads them. */
export const ACCIDENTS_CSV = readFileSync(
  new URL('../../../apps/catalog-api/data/files/busan_fatal_traffic_accidents_2020.csv', import.meta.url),
  'utf8',
);

export const accidentRows = (): Record<string, string>[] =>
  Papa.parse<Record<string, string>>(ACCIDENTS_CSV.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
