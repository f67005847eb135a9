import { fileURLToPath } from 'node:url';

/** `apps/catalog-api/`, whether running from src (vitest) or dist. */
const appRoot = new URL('../', import.meta.url);

export const DATA_DIR = fileURLToPath(new URL('data/', appRoot));
export const FILES_DIR = fileURLToPath(new URL('data/files/', appRoot));
export const CATALOG_CSV_GZ = fileURLToPath(new URL('data/datago_national_dataset_list_20220630.csv.gz', appRoot));
/** Where the built database lives by default (git-ignored). */
export const DEFAULT_DB = fileURLToPath(new URL('.data/catalog.db', appRoot));
